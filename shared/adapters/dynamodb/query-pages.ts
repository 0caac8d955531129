import { QueryCommand, type AttributeValue, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ValidationError } from '../../domain/errors.js';
import type { Page } from '../../ports/member-store.js';
import { call, type TableRef } from './client.js';
import { decodeCursor, encodeCursor } from './sharded-index.js';

/** One query of a list, and how to recognise the keys it hands out as cursors. */
export interface ListQuery {
  input: Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>;
  /** The attributes of a returned item's key (table and index keys). */
  keyNames: readonly string[];
  /** Whether a key from a cursor lies within this query, so a foreign cursor is the client's mistake, not a 500. */
  ownsKey: (key: Record<string, string>) => boolean;
}

/**
 * Reads a query page after page until `limit` items have passed its filter or
 * it ends: a filtered view still answers full pages. The cursor is the key the
 * next page starts after.
 */
export async function queryFullPage(
  table: TableRef,
  query: ListQuery,
  page: { limit: number; cursor: string | null },
): Promise<Page<Record<string, unknown>>> {
  const items: Record<string, unknown>[] = [];
  let start = page.cursor ? startKey(page.cursor, query) : undefined;
  do {
    const result = await call(() =>
      table.client.send(
        new QueryCommand({
          ...query.input,
          TableName: table.tableName,
          Limit: page.limit - items.length,
          ExclusiveStartKey: start,
        }),
      ),
    );
    items.push(...(result.Items ?? []).map((item) => unmarshall(item)));
    start = result.LastEvaluatedKey;
  } while (start && items.length < page.limit);
  return { items, nextCursor: start ? encodeCursor(start) : null };
}

/** A cursor is only ever a key of this query, each part a non-empty string. */
function startKey(cursor: string, query: ListQuery): Record<string, AttributeValue> {
  const key = decodeCursor<Record<string, Record<string, unknown>>>(cursor);
  const isStringKey = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { S?: unknown }).S === 'string' &&
    (value as { S: string }).S.length > 0 &&
    (value as { S: string }).S.length <= 1024;
  const valid =
    typeof key === 'object' &&
    key !== null &&
    Object.keys(key).length === query.keyNames.length &&
    query.keyNames.every((name) => isStringKey(key[name])) &&
    query.ownsKey(Object.fromEntries(query.keyNames.map((name) => [name, key[name]!.S as string])));
  if (!valid) throw new ValidationError([{ path: 'cursor', message: 'is not a cursor this list issued' }]);
  return key as unknown as Record<string, AttributeValue>;
}
