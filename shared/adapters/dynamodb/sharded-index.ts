import { QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { ValidationError } from '../../domain/errors.js';
import type { Page } from '../../ports/member-store.js';
import { call, type TableRef } from './client.js';
import type { IndexDefinition } from './table-definition.js';
import { INDEX_SHARDS } from './table-definition.js';

interface ShardCursor {
  shard: number;
  start?: Record<string, AttributeValue>;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string): T {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString()) as T;
  } catch {
    throw new ValidationError([{ path: 'cursor', message: 'is not a cursor this list issued' }]);
  }
}

/**
 * Pages through a sparse index spread over shards, shard by shard, for members
 * (or other items, `idOf` their key) whose sort key is at or below `upTo`. A
 * job holds one page in memory at a time.
 */
export async function queryShardedIndex(
  table: TableRef,
  index: IndexDefinition,
  partitionOf: (shard: number) => string,
  upTo: string,
  cursor: string | null,
  limit: number,
  idOf: (pk: string) => string = (pk) => pk.replace(/^MEMBER#/, ''),
): Promise<Page<string>> {
  let position: ShardCursor = cursor ? decodeCursor<ShardCursor>(cursor) : { shard: 0 };
  while (position.shard < INDEX_SHARDS) {
    const { shard, start } = position;
    const page = await call(() =>
      table.client.send(
        new QueryCommand({
          TableName: table.tableName,
          IndexName: index.indexName,
          KeyConditionExpression: '#pk = :pk AND #sk <= :upTo',
          ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
          ExpressionAttributeValues: marshall({ ':pk': partitionOf(shard), ':upTo': upTo }),
          ExclusiveStartKey: start,
          Limit: limit,
        }),
      ),
    );
    const items = (page.Items ?? []).map((item) => idOf(unmarshall(item).pk as string));
    const next: ShardCursor = page.LastEvaluatedKey ? { shard, start: page.LastEvaluatedKey } : { shard: shard + 1 };
    const more = next.shard < INDEX_SHARDS;
    if (items.length > 0) return { items, nextCursor: more ? encodeCursor(next) : null };
    position = next;
  }
  return { items: [], nextCursor: null };
}
