import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { breachOf, flagIdOf, type Flag, type FlagStatus } from '../../domain/flags.js';
import type { VelocityRule } from '../../domain/velocity.js';
import { FLAG_SK_PREFIX, flagsPartition, keys, shardOf } from './keys.js';
import { UpdateBuilder } from './update-builder.js';

/**
 * A flag is the item `MEMBER#<memberId>` / `FLAG#<day>#<rule>`, holding nothing
 * but its entry in the tierReview index: `g3pk` = `FLAGS#<status>#<shard>`,
 * `g3sk` = `<createdAt>#<transactionId>`. Its keys say all that a list shows, so
 * a list reads the (keys-only) index and never the items.
 */
export function flagIndexKeys(flag: Pick<Flag, 'memberId' | 'status' | 'createdAt' | 'transactionId'>): {
  g3pk: string;
  g3sk: string;
} {
  return { g3pk: flagsPartition(flag.status, shardOf(flag.memberId)), g3sk: `${flag.createdAt}#${flag.transactionId}` };
}

/** The item a flag id names; null when it is no flag id. */
export function flagKeyOf(flagId: string): { pk: string; sk: string } | null {
  const breach = breachOf(flagId);
  return breach && keys.flag(breach);
}

export function flagFromItem(item: Record<string, unknown>): Flag {
  const memberId = (item.pk as string).slice('MEMBER#'.length);
  const [day, rule] = (item.sk as string).slice(FLAG_SK_PREFIX.length).split('#') as [string, VelocityRule];
  const sortKey = item.g3sk as string;
  const cut = sortKey.lastIndexOf('#');
  return {
    flagId: flagIdOf({ memberId, rule, day }),
    memberId,
    rule,
    transactionId: sortKey.slice(cut + 1),
    createdAt: sortKey.slice(0, cut),
    status: (item.g3pk as string).split('#')[1] as FlagStatus,
  };
}

/**
 * Opens a flag unless it exists, inside the refusal's transaction: every
 * attribute is set only where absent, so the write never fails, the first
 * refused earn of the day stays the flag's, and a cleared flag stays cleared.
 */
export function flagOpening(tableName: string, flag: Flag): TransactWriteItem {
  const update = new UpdateBuilder();
  for (const [attribute, value] of Object.entries(flagIndexKeys(flag))) {
    const name = update.name(attribute);
    update.setRaw(`${name} = if_not_exists(${name}, ${update.value(value)})`);
  }
  // An opened flag's id is made by flagIdOf, so it always names its item.
  return { Update: { TableName: tableName, Key: marshall(flagKeyOf(flag.flagId)!), ...update.build() } };
}
