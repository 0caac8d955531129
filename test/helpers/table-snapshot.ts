import { BatchGetItemCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { activityPartition, keys } from '../../shared/adapters/dynamodb/keys.js';
import { memberFromItem } from '../../shared/adapters/dynamodb/member-codec.js';
import { ACTIVITY_INDEX } from '../../shared/adapters/dynamodb/table-definition.js';
import type { Member } from '../../shared/domain/member.js';

type Item = Record<string, AttributeValue>;

export interface TableSnapshot {
  /** Each asked-for member as the member store decodes it, or null when not enrolled. */
  members: Map<string, Member | null>;
  /** Each asked-for reward's raw stock item, or null. */
  stock: Map<string, Record<string, unknown> | null>;
  /** Every activity-index entry, by member id (the part of `MEMBER#<id>` partitions after the prefix). */
  activity: Map<string, Record<string, unknown>[]>;
}

/**
 * The items a model check compares, in two requests: a consistent BatchGetItem
 * of the member and stock items and a scan of the whole activity index. Made
 * for a table that holds one test case (see ReusedTable); the per-member reads
 * it replaces (a GetItem and an index Query each) were most of the property
 * run's requests to DynamoDB Local.
 */
export async function readSnapshot(
  client: DynamoDBClient,
  tableName: string,
  memberIds: readonly string[],
  stockRewardIds: readonly string[],
): Promise<TableSnapshot> {
  const memberKeys = memberIds.map((id) => keys.member(id));
  const stockKeys = stockRewardIds.map((id) => keys.stock(id));
  const [items, entries] = await Promise.all([
    batchGet(client, tableName, [...memberKeys, ...stockKeys]),
    scanIndex(client, tableName),
  ]);
  const find = (key: { pk: string; sk: string }) =>
    items.find((item) => item.pk === key.pk && item.sk === key.sk) ?? null;
  const members = new Map(memberIds.map((id, i) => [id, mapNullable(find(memberKeys[i]!), memberFromItem)]));
  const stock = new Map(stockRewardIds.map((id, i) => [id, find(stockKeys[i]!)]));
  const activity = new Map<string, Record<string, unknown>[]>();
  const prefix = activityPartition('');
  for (const entry of entries) {
    const partition = String(entry[ACTIVITY_INDEX.partitionKey]);
    if (!partition.startsWith(prefix))
      throw new Error(`activity entry outside a member partition: ${JSON.stringify(entry)}`);
    const memberId = partition.slice(prefix.length);
    activity.set(memberId, [...(activity.get(memberId) ?? []), entry]);
  }
  return { members, stock, activity };
}

function mapNullable<T, U>(value: T | null, map: (value: T) => U): U | null {
  return value === null ? null : map(value);
}

async function batchGet(
  client: DynamoDBClient,
  tableName: string,
  wanted: { pk: string; sk: string }[],
): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  let pending: Item[] = wanted.map((key) => marshall(key));
  while (pending.length > 0) {
    const { Responses, UnprocessedKeys } = await client.send(
      new BatchGetItemCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
    );
    found.push(...(Responses?.[tableName] ?? []).map((item) => unmarshall(item)));
    pending = UnprocessedKeys?.[tableName]?.Keys ?? [];
  }
  return found;
}

async function scanIndex(client: DynamoDBClient, tableName: string): Promise<Record<string, unknown>[]> {
  const entries: Record<string, unknown>[] = [];
  let start: Item | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: tableName, IndexName: ACTIVITY_INDEX.indexName, ExclusiveStartKey: start }),
    );
    entries.push(...(page.Items ?? []).map((item) => unmarshall(item)));
    start = page.LastEvaluatedKey;
  } while (start);
  return entries;
}
