import { BatchGetItemCommand, type AttributeValue, type BatchGetItemCommandOutput } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { call, type TableRef } from './client.js';

export type ItemKey = { pk: string; sk: string };

/** DynamoDB's limit of keys per BatchGetItem. */
const BATCH_KEYS = 100;

/**
 * The items of `wanted` that exist, unmarshalled, strongly consistent, in as
 * few BatchGetItem calls as DynamoDB allows (keys it leaves unprocessed are
 * asked again). Items come back in no particular order.
 */
export async function batchGetItems(table: TableRef, wanted: readonly ItemKey[]): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const unique = [...new Map(wanted.map((key) => [`${key.pk}|${key.sk}`, key])).values()];
  for (let i = 0; i < unique.length; i += BATCH_KEYS) {
    let requested: Record<string, AttributeValue>[] | undefined = unique
      .slice(i, i + BATCH_KEYS)
      .map((key) => marshall(key));
    while (requested && requested.length > 0) {
      const keysToGet: Record<string, AttributeValue>[] = requested;
      const result: BatchGetItemCommandOutput = await call(() =>
        table.client.send(
          new BatchGetItemCommand({ RequestItems: { [table.tableName]: { Keys: keysToGet, ConsistentRead: true } } }),
        ),
      );
      for (const item of result.Responses?.[table.tableName] ?? []) items.push(unmarshall(item));
      requested = result.UnprocessedKeys?.[table.tableName]?.Keys;
    }
  }
  return items;
}
