import { GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Transfer } from '../../domain/transfers.js';
import type { Page } from '../../ports/member-store.js';
import type { TransferStore } from '../../ports/transfer-store.js';
import { batchGetItems } from './batch-get.js';
import { call, isConditionFailure, translateError, type TableRef } from './client.js';
import { keys, partnerPendingPartition, TRANSFER_PK_PREFIX, transfersDuePartition } from './keys.js';
import { queryNewestFirst } from './newest-first.js';
import { queryShardedIndex } from './sharded-index.js';
import { INDEX_SHARDS, LOTS_INDEX, TIER_REVIEW_INDEX } from './table-definition.js';
import { transferEnding, transferFromItem } from './transfer-item.js';

const SHARDS = Array.from({ length: INDEX_SHARDS }, (_, shard) => shard);

export class DynamoTransferStore implements TransferStore {
  constructor(private readonly table: TableRef) {}

  async get(transferId: string): Promise<Transfer | null> {
    const { Item } = await call(() =>
      this.table.client.send(
        new GetItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.transfer(transferId)),
          ConsistentRead: true,
        }),
      ),
    );
    return Item ? transferFromItem(unmarshall(Item)) : null;
  }

  async confirm(confirmed: Transfer): Promise<'confirmed' | 'stale'> {
    const { Update } = transferEnding(this.table.tableName, confirmed);
    try {
      await this.table.client.send(new UpdateItemCommand(Update!));
      return 'confirmed';
    } catch (error) {
      if (isConditionFailure(error) || (error instanceof Error && error.name === 'TransactionConflictException'))
        return 'stale';
      return translateError(error, 'write');
    }
  }

  async pendingOf(partnerId: string, page: { limit: number; cursor: string | null }): Promise<Page<Transfer>> {
    const partitions = SHARDS.map((shard) => partnerPendingPartition(partnerId, shard));
    const found = await queryNewestFirst(this.table, LOTS_INDEX, partitions, page, 'oldestFirst');
    const items = await batchGetItems(
      this.table,
      found.items.map((item) => ({ pk: item.pk as string, sk: item.sk as string })),
    );
    const byId = new Map(items.map((item) => [item.pk as string, transferFromItem(item)]));
    // A transfer that ended between the index read and the item read has left the list.
    const transfers = found.items.flatMap((item) => {
      const transfer = byId.get(item.pk as string);
      return transfer && transfer.status === 'pending' ? [transfer] : [];
    });
    return { items: transfers, nextCursor: found.nextCursor };
  }

  dueToExpire(asOf: string, cursor: string | null, limit: number): Promise<Page<string>> {
    return queryShardedIndex(this.table, TIER_REVIEW_INDEX, transfersDuePartition, asOf, cursor, limit, (pk) =>
      pk.slice(TRANSFER_PK_PREFIX.length),
    );
  }
}
