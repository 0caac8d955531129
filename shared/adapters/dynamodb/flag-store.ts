import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditRecord } from '../../domain/audit.js';
import { FLAG_STATUSES, type Flag, type FlagStatus } from '../../domain/flags.js';
import type { FlagStore } from '../../ports/flag-store.js';
import type { Page } from '../../ports/member-store.js';
import { call, type TableRef } from './client.js';
import { flagFromItem, flagIndexKeys, flagKeyOf } from './flag-codec.js';
import { FLAG_SK_PREFIX, flagsPartition, keys, shardOf } from './keys.js';
import { queryNewestFirst } from './newest-first.js';
import { queryFullPage } from './query-pages.js';
import { INDEX_SHARDS, TIER_REVIEW_INDEX } from './table-definition.js';
import { settled, writeItems } from './write-items.js';

const SHARDS = Array.from({ length: INDEX_SHARDS }, (_, shard) => shard);

/** Flags by status from their sharded index partitions; a member's flags from the member's own partition. */
export class DynamoFlagStore implements FlagStore {
  constructor(private readonly table: TableRef) {}

  async list(
    filter: { status: FlagStatus | null; memberId: string | null },
    page: { limit: number; cursor: string | null },
  ): Promise<Page<Flag>> {
    const found =
      filter.memberId === null
        ? await queryNewestFirst(
            this.table,
            TIER_REVIEW_INDEX,
            (filter.status === null ? FLAG_STATUSES : [filter.status]).flatMap((status) =>
              SHARDS.map((shard) => flagsPartition(status, shard)),
            ),
            page,
          )
        : await this.ofMember(filter.memberId, filter.status, page);
    return { items: found.items.map(flagFromItem), nextCursor: found.nextCursor };
  }

  /** A member's flags, newest day first: one query of the member's partition, however many flags the program has. */
  private ofMember(memberId: string, status: FlagStatus | null, page: { limit: number; cursor: string | null }) {
    const { pk } = keys.member(memberId);
    return queryFullPage(
      this.table,
      {
        input: {
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :flag)',
          ...(status !== null && { FilterExpression: 'g3pk = :status' }),
          ExpressionAttributeValues: marshall({
            ':pk': pk,
            ':flag': FLAG_SK_PREFIX,
            ...(status !== null && { ':status': flagsPartition(status, shardOf(memberId)) }),
          }),
          ScanIndexForward: false,
          ConsistentRead: true,
        },
        keyNames: ['pk', 'sk'],
        ownsKey: (key) => key.pk === pk && key.sk!.startsWith(FLAG_SK_PREFIX),
      },
      page,
    );
  }

  async clear(flagId: string, audit?: AuditRecord): Promise<Flag | null> {
    const key = flagKeyOf(flagId);
    if (!key) return null;
    const { Item } = await call(() =>
      this.table.client.send(
        new GetItemCommand({ TableName: this.table.tableName, Key: marshall(key), ConsistentRead: true }),
      ),
    );
    if (!Item) return null;
    const cleared: Flag = { ...flagFromItem(unmarshall(Item)), status: 'cleared' };
    const update = {
      TableName: this.table.tableName,
      Key: marshall(key),
      UpdateExpression: 'SET g3pk = :partition',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: marshall({ ':partition': flagIndexKeys(cleared).g3pk }),
    };
    return settled(await writeItems(this.table, [{ Update: update }], audit)).kind === 'written' ? cleared : null;
  }
}
