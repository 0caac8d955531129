import { randomUUID } from 'node:crypto';
import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Deps, Outcome } from '../../shared/application/deps.js';
import { statusOf } from '../../shared/application/problem.js';
import { DomainError } from '../../shared/domain/errors.js';

/** Whether the deep reliability run (`npm run test:deep`) asked for many more cases. */
export const DEEP = process.env.JIFEN_DEEP === '1' || process.env.JIFEN_DEEP === 'true';

/** The DynamoDB client and table behind deps built by `freshDeps()` (the stores keep them as `table`). */
export function tableOf(deps: Deps): { client: DynamoDBClient; tableName: string } {
  return (deps.ledger as unknown as { table: { client: DynamoDBClient; tableName: string } }).table;
}

/** Every item of a (small) table, sorted by key, for before/after comparisons. */
export async function scanTable(client: DynamoDBClient, tableName: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
}

/** A use case's answer, or the typed refusal it threw, in one shape the tests can compare. */
export type Answer =
  | { kind: 'outcome'; status: number; body: any; replayed: boolean }
  | { kind: 'thrown'; status: number; code: string };

export async function answerOf(run: () => Promise<Outcome>): Promise<Answer> {
  try {
    const outcome = await run();
    return { kind: 'outcome', status: outcome.status, body: outcome.body, replayed: outcome.replayed };
  } catch (error) {
    if (error instanceof DomainError) return { kind: 'thrown', status: statusOf(error.code), code: error.code };
    throw error;
  }
}

/** A DynamoDB item key as `pk|sk`. */
export function keyOf(key: Record<string, AttributeValue> | undefined): string {
  if (!key) return '?';
  const plain = unmarshall(key);
  return `${String(plain.pk)}|${String(plain.sk)}`;
}

export interface RecordedWrite {
  command: string;
  keys: string[];
  /** Which kind of item each write was: Put / Update / Delete / ConditionCheck (ConditionCheck writes nothing). */
  actions: string[];
}

/**
 * Records the key of every item each write command touches, through a
 * middleware on the real client (no mock: DynamoDB Local still does the work).
 * Returns the log and a function that removes the middleware.
 */
export function recordWrites(client: DynamoDBClient): { writes: RecordedWrite[]; stop: () => void } {
  const writes: RecordedWrite[] = [];
  const name = `record-writes-${randomUUID()}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = (context as { commandName?: string }).commandName ?? '?';
      const input = args.input as Record<string, any>;
      if (command === 'TransactWriteItemsCommand') {
        const items = (input.TransactItems ?? []) as Record<string, any>[];
        const keys: string[] = [];
        const actions: string[] = [];
        for (const item of items) {
          const [action, spec] = Object.entries(item)[0]!;
          actions.push(action);
          keys.push(action === 'Put' ? keyOf({ pk: spec.Item.pk, sk: spec.Item.sk }) : keyOf(spec.Key));
        }
        writes.push({ command, keys, actions });
      } else if (command === 'PutItemCommand') {
        writes.push({ command, keys: [keyOf({ pk: input.Item.pk, sk: input.Item.sk })], actions: ['Put'] });
      } else if (command === 'UpdateItemCommand' || command === 'DeleteItemCommand') {
        writes.push({
          command,
          keys: [keyOf(input.Key)],
          actions: [command === 'UpdateItemCommand' ? 'Update' : 'Delete'],
        });
      } else if (command === 'BatchWriteItemCommand') {
        writes.push({ command, keys: ['(batch)'], actions: ['BatchWrite'] });
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { writes, stop: () => void client.middlewareStack.remove(name) };
}

/** One read command: the item keys it asked for (`pk|sk`), or for a query the partition and sort-key prefix it named. */
export interface RecordedRead {
  command: string;
  keys: string[];
}

/**
 * Records what every read command asks for, through a middleware on the real
 * client, as `recordWrites` does for writes: GetItem and BatchGetItem by item
 * key, Query by its `:pk` (and `:prefix`) values.
 */
export function recordReads(client: DynamoDBClient): { reads: RecordedRead[]; stop: () => void } {
  const reads: RecordedRead[] = [];
  const name = `record-reads-${randomUUID()}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = (context as { commandName?: string }).commandName ?? '?';
      const input = args.input as Record<string, any>;
      if (command === 'GetItemCommand') reads.push({ command, keys: [keyOf(input.Key)] });
      else if (command === 'BatchGetItemCommand') {
        const keys = Object.values(
          input.RequestItems as Record<string, { Keys: Record<string, AttributeValue>[] }>,
        ).flatMap((request) => request.Keys.map(keyOf));
        reads.push({ command, keys });
      } else if (command === 'QueryCommand') {
        const values = unmarshall(input.ExpressionAttributeValues ?? {});
        reads.push({ command, keys: [`${String(values[':pk'])}|${String(values[':prefix'] ?? '*')}`] });
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { reads, stop: () => void client.middlewareStack.remove(name) };
}
