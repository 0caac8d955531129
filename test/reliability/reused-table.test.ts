import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolMember } from '../../shared/application/members.js';
import { localClient } from '../helpers/dynamo.js';
import { adjust } from '../helpers/jobs.js';
import { scanTable } from '../helpers/reliability.js';
import { ReusedTable } from '../helpers/reused-table.js';
import { readSnapshot } from '../helpers/table-snapshot.js';

/**
 * The deep property run reuses one table per lane instead of creating and
 * deleting one per case: each case must still start from an empty table.
 */
describe('Class: ReusedTable', () => {
  let client: DynamoDBClient;
  let table: ReusedTable;

  beforeAll(async () => {
    client = localClient();
    table = await ReusedTable.create(client);
  });

  afterAll(async () => {
    await table.drop();
    client.destroy();
  });

  it('gives each case an empty table, whatever the case before it wrote', async () => {
    // Arrange: a case that leaves members, entries (activity index items) and remembered answers, more than one batch of them.
    const first = await table.fresh('2027-03-15T10:00:00.000Z');
    for (const memberId of ['a', 'b', 'c']) {
      await enrolMember(first.deps, memberId, null);
      for (let i = 0; i < 12; i++) await adjust(first.deps, memberId, `${memberId}-${i}`, 10);
    }
    expect((await scanTable(client, table.tableName)).length).toBeGreaterThan(25);

    // Act
    const second = await table.fresh('2027-03-15T10:00:00.000Z');

    // Assert
    expect(await scanTable(client, second.tableName)).toEqual([]);
    const snapshot = await readSnapshot(client, second.tableName, ['a', 'b', 'c'], ['box']);
    expect([...snapshot.members.values()]).toEqual([null, null, null]);
    expect(snapshot.activity.size).toBe(0);
    expect(await second.deps.members.get('a')).toBeNull();
  });

  it('gives each case a clock of its own', async () => {
    const first = await table.fresh('2027-03-15T10:00:00.000Z');
    first.clock.advanceDays(40);

    const second = await table.fresh('2027-03-15T10:00:00.000Z');

    expect(second.clock.now().toISOString()).toBe('2027-03-15T10:00:00.000Z');
  });
});
