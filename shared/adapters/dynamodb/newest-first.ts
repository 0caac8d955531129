import { createHash } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { ValidationError } from '../../domain/errors.js';
import type { Page } from '../../ports/member-store.js';
import { call, type TableRef } from './client.js';
import { decodeCursor, encodeCursor } from './sharded-index.js';
import type { IndexDefinition } from './table-definition.js';

/**
 * Where a partition's next page starts: past a sort key (below it newest
 * first, above it oldest first), at its first entry, or nowhere (it is read to the end).
 */
type Position = { below: string } | 'newest' | 'done';

/** Newest first (by sort key, descending) unless a list asks for oldest first. */
export type ListOrder = 'newestFirst' | 'oldestFirst';

interface Cursor {
  /** Which partitions the positions are of, so a cursor of another list is refused. */
  of: string;
  positions: Position[];
}

type Item = Record<string, unknown>;

/**
 * Pages newest first, by sort key, through several partitions of an index at
 * once (the shards of a sparse list): a page reads up to `limit` entries from
 * each partition not yet read to its end and keeps the newest `limit` of them
 * all. Sort keys are unique within a partition. The cursor holds each
 * partition's position. `oldestFirst` pages the other way, the same way.
 */
export async function queryNewestFirst(
  table: TableRef,
  index: IndexDefinition,
  partitions: readonly string[],
  page: { limit: number; cursor: string | null },
  order: ListOrder = 'newestFirst',
): Promise<Page<Item>> {
  const of = createHash('sha256')
    .update(`${order}\n${partitions.join('\n')}`)
    .digest('base64url')
    .slice(0, 12);
  const positions = page.cursor
    ? positionsFrom(page.cursor, of, partitions.length)
    : partitions.map((): Position => 'newest');
  const reads = await Promise.all(
    partitions.map((partition, i) => readBelow(table, index, partition, positions[i]!, page.limit, order)),
  );
  const sortKey = (item: Item) => item[index.sortKey] as string;
  const first = order === 'newestFirst' ? 1 : -1;
  const newest = reads
    .flatMap((read, from) => read.items.map((item) => ({ item, from })))
    .sort((a, b) => (sortKey(a.item) < sortKey(b.item) ? first : -first))
    .slice(0, page.limit);
  const next = positions.map((position, i): Position => {
    const taken = newest.filter((entry) => entry.from === i);
    if (taken.length === reads[i]!.items.length && !reads[i]!.more) return 'done';
    return taken.length > 0 ? { below: sortKey(taken.at(-1)!.item) } : position;
  });
  return {
    items: newest.map((entry) => entry.item),
    nextCursor: next.every((position) => position === 'done')
      ? null
      : encodeCursor({ of, positions: next } satisfies Cursor),
  };
}

async function readBelow(
  table: TableRef,
  index: IndexDefinition,
  partition: string,
  position: Position,
  limit: number,
  order: ListOrder,
): Promise<{ items: Item[]; more: boolean }> {
  if (position === 'done') return { items: [], more: false };
  const below = position === 'newest' ? null : position.below;
  const past = order === 'newestFirst' ? '<' : '>';
  const result = await call(() =>
    table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        IndexName: index.indexName,
        KeyConditionExpression: below === null ? '#pk = :pk' : `#pk = :pk AND #sk ${past} :below`,
        ExpressionAttributeNames: { '#pk': index.partitionKey, ...(below !== null && { '#sk': index.sortKey }) },
        ExpressionAttributeValues: marshall({ ':pk': partition, ...(below !== null && { ':below': below }) }),
        ScanIndexForward: order === 'oldestFirst',
        Limit: limit,
      }),
    ),
  );
  return { items: (result.Items ?? []).map((item) => unmarshall(item)), more: result.LastEvaluatedKey !== undefined };
}

function positionsFrom(cursor: string, of: string, count: number): Position[] {
  const decoded = decodeCursor<Cursor>(cursor);
  const isPosition = (value: unknown) =>
    value === 'newest' ||
    value === 'done' ||
    (typeof value === 'object' &&
      value !== null &&
      Object.keys(value).length === 1 &&
      typeof (value as { below?: unknown }).below === 'string' &&
      (value as { below: string }).below.length > 0 &&
      (value as { below: string }).below.length <= 1024);
  const valid =
    typeof decoded === 'object' &&
    decoded !== null &&
    decoded.of === of &&
    Array.isArray(decoded.positions) &&
    decoded.positions.length === count &&
    decoded.positions.every(isPosition);
  if (!valid) throw new ValidationError([{ path: 'cursor', message: 'is not a cursor this list issued' }]);
  return decoded.positions;
}
