import { randomUUID } from 'node:crypto';
import {
  BatchWriteItemCommand,
  DeleteTableCommand,
  ScanCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { adminKeyFromValue } from '../../shared/adapters/admin-key.js';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { dynamoDeps } from '../../shared/adapters/dynamodb/index.js';
import { rulesVersions } from '../../shared/adapters/dynamodb/rules-versions.js';
import type { Deps } from '../../shared/application/deps.js';
import { TEST_ADMIN_KEY } from './dynamo.js';
import { FakeClock } from './fake-clock.js';

type Key = Record<string, AttributeValue>;

/** BatchWriteItem's limit. */
const BATCH = 25;
/** Emptying that still finds items after this many passes is a bug, not slowness. */
const MAX_PASSES = 5;

/**
 * One table that a property run reuses for all its generated cases, emptied
 * before each case, instead of a table created and deleted per case. On
 * DynamoDB Local, CreateTable and DeleteTable slow down with every table it
 * has held (a delete took 5 ms at first, 100 ms to 1 s after 3,000 tables on
 * a busy 2-core machine), and a DeleteTable whose answer comes after the
 * client's request timeout is retried by the SDK, which then finds no table:
 * ResourceNotFoundException, the error that stopped the deep run of
 * 2026-12-03 in its cleanup.
 */
export class ReusedTable {
  private constructor(
    readonly client: DynamoDBClient,
    readonly tableName: string,
  ) {}

  static async create(client: DynamoDBClient): Promise<ReusedTable> {
    const tableName = `jifen-reused-${randomUUID()}`;
    await createTable(client, tableName);
    return new ReusedTable(client, tableName);
  }

  /**
   * An empty table with fresh deps and a clock of their own. Emptying comes
   * first, not after a case, so no cleanup can replace a failing case's own
   * error, and a case never sees what an earlier (possibly failed) one left.
   */
  async fresh(now: string): Promise<{ deps: Deps; clock: FakeClock; tableName: string }> {
    await this.empty();
    const clock = new FakeClock(now);
    // Optimistic-concurrency retries back off for real, but briefly: races still interleave.
    const deps = dynamoDeps({
      client: this.client,
      tableName: this.tableName,
      adminKey: adminKeyFromValue(TEST_ADMIN_KEY),
      rulesVersions,
      clock,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / 5)),
    });
    return { deps, clock, tableName: this.tableName };
  }

  /** Deletes every item; returns once a consistent scan finds none. */
  async empty(): Promise<void> {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const keys = await this.allKeys();
      if (keys.length === 0) return;
      const batches: Key[][] = [];
      for (let i = 0; i < keys.length; i += BATCH) batches.push(keys.slice(i, i + BATCH));
      // Items DynamoDB leaves unprocessed are found again by the next pass's scan.
      await Promise.all(
        batches.map((batch) =>
          this.client.send(
            new BatchWriteItemCommand({
              RequestItems: { [this.tableName]: batch.map((Key) => ({ DeleteRequest: { Key } })) },
            }),
          ),
        ),
      );
    }
    throw new Error(`table ${this.tableName} still holds items after ${MAX_PASSES} passes of emptying`);
  }

  async drop(): Promise<void> {
    await this.client.send(new DeleteTableCommand({ TableName: this.tableName }));
  }

  private async allKeys(): Promise<Key[]> {
    const keys: Key[] = [];
    let start: Key | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          ConsistentRead: true,
          ProjectionExpression: 'pk, sk',
          ExclusiveStartKey: start,
        }),
      );
      keys.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return keys;
  }
}
