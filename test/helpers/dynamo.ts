import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { adminKeyFromValue } from '../../shared/adapters/admin-key.js';
import { createDynamoDbClient, LOCAL_REQUEST_TIMEOUT_MS } from '../../shared/adapters/dynamodb/client.js';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { dynamoDeps } from '../../shared/adapters/dynamodb/index.js';
import { rulesVersions } from '../../shared/adapters/dynamodb/rules-versions.js';
import type { Deps } from '../../shared/application/deps.js';
import { LOCAL_CLIENT_CONFIG } from '../../local/dynamodb-local.js';
import { FakeClock } from './fake-clock.js';
import { tablesOfThisFile } from './tables-made.js';

export const TEST_ADMIN_KEY = 'test-admin-key-0123456789';

/** A client of the run's DynamoDB Local. */
export function localClient(): DynamoDBClient {
  return createDynamoDbClient({ ...LOCAL_CLIENT_CONFIG, endpoint: inject('dynamoEndpoint') }, LOCAL_REQUEST_TIMEOUT_MS);
}

/**
 * A new table on the run's DynamoDB Local, dropped when the test file ends:
 * DynamoDB Local slows down with every table it holds (the same work took
 * 60 % longer with 900 tables held than with none, and no longer at all with
 * 800 made and dropped), and a run makes hundreds.
 */
export async function testTable(client: DynamoDBClient, prefix = 'jifen-test'): Promise<string> {
  const tableName = `${prefix}-${randomUUID()}`;
  await createTable(client, tableName);
  tablesOfThisFile.push(tableName);
  return tableName;
}

/** A fresh table on the run's DynamoDB Local, with a controllable clock. */
export async function freshDeps(
  now = '2027-03-15T10:00:00.000Z',
): Promise<{ deps: Deps; clock: FakeClock; tableName: string }> {
  const client = localClient();
  const tableName = await testTable(client);
  const clock = new FakeClock(now);
  const deps = dynamoDeps({
    client,
    tableName,
    adminKey: adminKeyFromValue(TEST_ADMIN_KEY),
    rulesVersions,
    clock,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  });
  return { deps, clock, tableName };
}
