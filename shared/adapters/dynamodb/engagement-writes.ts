import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Movement } from '../../ports/ledger-store.js';
import { entryToItem } from './entry-codec.js';
import { keys } from './keys.js';

type Engagement = NonNullable<Movement['engagement']>;

/**
 * A task completion's writes on the member's own items: the completion count,
 * conditional on the count read (so concurrent completions are decided one at a
 * time and never pass the limit), and each badge or set, put only if absent (so
 * each is awarded, and a set's prize paid, once).
 */
export function engagementWrites(tableName: string, engagement: Engagement): TransactWriteItem[] {
  const { memberId } = engagement;
  const { before, after } = engagement.count;
  const key =
    engagement.count.of === 'task'
      ? keys.memberTaskCount(memberId, engagement.count.id)
      : keys.memberEarnCount(memberId, engagement.count.id);
  const count: TransactWriteItem = {
    Put: {
      TableName: tableName,
      Item: marshall({ ...key, period: after.period, n: after.inPeriod, ever: after.ever }),
      ...(before === null
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: '#period = :period AND n = :n AND ever = :ever',
            ExpressionAttributeNames: { '#period': 'period' },
            ExpressionAttributeValues: marshall({
              ':period': before.period,
              ':n': before.inPeriod,
              ':ever': before.ever,
            }),
          }),
    },
  };
  const once = (key: { pk: string; sk: string }, at: string): TransactWriteItem => ({
    Put: { TableName: tableName, Item: marshall({ ...key, at }), ConditionExpression: 'attribute_not_exists(pk)' },
  });
  return [
    count,
    ...engagement.badges.map((badge) => once(keys.memberBadge(memberId, badge.badgeId), badge.awardedAt)),
    ...engagement.sets.map((set) => once(keys.memberSet(memberId, set.setId), set.completedAt)),
  ];
}

/** Entries posted beside the movement's own (a set's prize), each new. */
export function extraEntryPuts(tableName: string, movement: Movement): TransactWriteItem[] {
  return (movement.extraEntries ?? []).map((entry) => ({
    Put: {
      TableName: tableName,
      Item: marshall(
        { ...keys.transaction(entry.transactionId), ...entryToItem(entry, movement.outcome) },
        { removeUndefinedValues: true },
      ),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  }));
}
