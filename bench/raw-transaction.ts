/**
 * DynamoDB Local's own speed for the write at the heart of an earn: a 2-item
 * TransactWriteItems (an entry keyed by its idempotency key, put only if new,
 * and the member's balance ADDed), sent straight from the SDK by concurrent
 * clients, with no HTTP server and no handler in between. The HTTP scenarios
 * of the same run are divided by it.
 */
import { TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { createDynamoDbClient, LOCAL_REQUEST_TIMEOUT_MS } from '../shared/adapters/dynamodb/client.js';
import { keys } from '../shared/adapters/dynamodb/keys.js';
import { LOCAL_CLIENT_CONFIG } from '../local/dynamodb-local.js';
import { memberId } from './http-fixture.js';

export interface RawRun {
  /** Transactions that committed. */
  committed: number;
  errors: number;
  /** Each committed transaction's latency, ms. */
  latenciesMs: number[];
  seconds: number;
}

/** Runs `clients` loops of 2-item transactions for `seconds`, each on the next member of the fixture. */
export async function runRawTransactions(options: {
  endpoint: string;
  tableName: string;
  clients: number;
  seconds: number;
  runId: string;
}): Promise<RawRun> {
  const client = createDynamoDbClient({ ...LOCAL_CLIENT_CONFIG, endpoint: options.endpoint }, LOCAL_REQUEST_TIMEOUT_MS);
  const latenciesMs: number[] = [];
  let committed = 0;
  let errors = 0;
  let counter = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const n = counter++;
      const command = new TransactWriteItemsCommand({
        TransactItems: [
          {
            Put: {
              TableName: options.tableName,
              Item: marshall({
                ...keys.transaction(`raw-${options.runId}-${n}`),
                mem: memberId(n),
                pts: 123,
                at: new Date().toISOString(),
              }),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: options.tableName,
              Key: marshall(keys.member(memberId(n))),
              UpdateExpression: 'ADD pts :points',
              ExpressionAttributeValues: marshall({ ':points': 123 }),
            },
          },
        ],
      });
      const sent = performance.now();
      try {
        await client.send(command);
        latenciesMs.push(performance.now() - sent);
        committed++;
      } catch {
        errors++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.clients }, loop));
  } finally {
    client.destroy();
  }
  return { committed, errors, latenciesMs, seconds: (performance.now() - started) / 1000 };
}
