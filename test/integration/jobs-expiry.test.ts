import { beforeEach, describe, expect, it } from 'vitest';
import { putProgram } from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import { transactionIdFor } from '../../shared/application/idempotency.js';
import { expiryKey, runExpiryJob } from '../../shared/application/jobs/expiry.js';
import { getMember, setFrozen } from '../../shared/application/members.js';
import { demoProgram } from '../../local/demo-data.js';
import { freshDeps } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import {
  SimulatedCrash,
  adjust,
  crashAfterWrites,
  expectLedgerMatchesBalance,
  expiriesOf,
  redeemReward,
  reverse,
  transactionIdOf,
} from '../helpers/jobs.js';
import { enrolWithPoints, fruitShopEarn, loadDemoProgram } from '../helpers/program.js';

/** The demo program expires points 24 months after the day they were posted, at 00:00 UTC. */
describe('Job: expiry (DynamoDB Local)', () => {
  let deps: Deps;
  let clock: FakeClock;
  let tableName: string;

  beforeEach(async () => {
    ({ deps, clock, tableName } = await freshDeps('2027-03-15T10:00:00.000Z'));
    await loadDemoProgram(deps);
  });

  async function runAt(asOf: string, options: { pageSize?: number } = {}, on: Deps = deps) {
    clock.set(asOf);
    return runExpiryJob(on, new Date(asOf), options);
  }

  it('expires points at 00:00 UTC 24 months after the posting day, once', async () => {
    await enrolWithPoints(deps, 'm1', 1_000);

    const early = await runAt('2029-03-14T23:59:59.999Z');
    const due = await runAt('2029-03-15T00:00:00.000Z');
    const rerun = await runAt('2029-03-15T00:00:00.000Z');

    expect(early).toEqual({ job: 'expiry', asOf: '2029-03-14T23:59:59.999Z', processed: 0, changed: 0 });
    expect(due).toEqual({ job: 'expiry', asOf: '2029-03-15T00:00:00.000Z', processed: 1, changed: 1 });
    expect(rerun).toMatchObject({ processed: 0, changed: 0 });
    expect(await expiriesOf(deps, tableName, 'm1')).toEqual([
      { expiresFor: '2029-03-15T00:00:00.000Z', points: 1_000, balanceAfter: 0 },
    ]);
    expect((await getMember(deps, 'm1')).balances.points).toBe(0);
    expect((await deps.members.get('m1'))!.oldestOpenLot).toBeNull();
    // one entry per member and due date, ever: its id is derived from both
    const id = transactionIdFor('system', expiryKey('m1', '2029-03-15T00:00:00.000Z'));
    expect(await deps.ledger.getEntry(id)).toMatchObject({
      type: 'expiry',
      owner: 'system',
      merchantId: null,
      delta: -1_000,
    });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('never expires anything while a refund holds the balance below zero, and later earns fill the hole first', async () => {
    // Arrange: 1,000 points spent, then their purchase refunded: the balance is −1,000
    await enrolWithPoints(deps, 'm1', 0);
    const purchase = await fruitShopEarn(deps, 'm1', 'buy', 100_000);
    await redeemReward(deps, 'm1', 'spend', 'voucher-50');
    await reverse(deps, 'refund', transactionIdOf(purchase));
    clock.set('2027-04-01T10:00:00.000Z');
    await fruitShopEarn(deps, 'm1', 'later', 150_000);

    // Act: past the first purchase's expiry date, then past the later one's
    const first = await runAt('2029-03-20T00:00:00.000Z');
    const second = await runAt('2029-04-02T00:00:00.000Z');

    // Assert: the hole took 1,000 of the 1,500 later points; only the other 500 expire, on their own date
    expect(first.changed).toBe(0);
    expect(second.changed).toBe(1);
    expect(await expiriesOf(deps, tableName, 'm1')).toEqual([
      { expiresFor: '2029-04-01T00:00:00.000Z', points: 500, balanceAfter: 0 },
    ]);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('expires oldest first, after redemptions have consumed the oldest points', async () => {
    await enrolWithPoints(deps, 'm1', 1_000); // lot A, 2027-03-15
    clock.set('2027-06-10T09:00:00.000Z');
    await fruitShopEarn(deps, 'm1', 'earn-b', 50_000); // lot B: 500
    clock.set('2027-07-01T12:00:00.000Z');
    await redeemReward(deps, 'm1', 'box', 'gift-box'); // 500 of A
    const wash = await redeemReward(deps, 'm1', 'wash', 'fruit-washing'); // 300 more of A: 200 left
    clock.set('2027-08-01T08:00:00.000Z');
    await reverse(deps, 'wash-back', transactionIdOf(wash)); // given back: lot C, 300, posted today

    expect((await getMember(deps, 'm1')).expiring).toEqual([
      { points: 200, expiresAt: '2029-03-15T00:00:00.000Z' },
      { points: 500, expiresAt: '2029-06-10T00:00:00.000Z' },
      { points: 300, expiresAt: '2029-08-01T00:00:00.000Z' },
    ]);

    const first = await runAt('2029-03-15T02:00:00.000Z');
    const pointerAfterFirst = (await deps.members.get('m1'))!.oldestOpenLot;
    const second = await runAt('2029-06-10T02:00:00.000Z');
    const third = await runAt('2029-08-01T02:00:00.000Z');

    expect([first.changed, second.changed, third.changed]).toEqual([1, 1, 1]);
    expect(pointerAfterFirst?.startsWith('2027-06-10T09:00:00.000Z#')).toBe(true);
    expect(await expiriesOf(deps, tableName, 'm1')).toEqual([
      { expiresFor: '2029-03-15T00:00:00.000Z', points: 200, balanceAfter: 800 },
      { expiresFor: '2029-06-10T00:00:00.000Z', points: 500, balanceAfter: 300 },
      { expiresFor: '2029-08-01T00:00:00.000Z', points: 300, balanceAfter: 0 },
    ]);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('run late, posts one entry per due date, oldest first, and leaves what is not due yet', async () => {
    await enrolWithPoints(deps, 'm1', 1_000);
    clock.set('2027-04-02T10:00:00.000Z');
    await fruitShopEarn(deps, 'm1', 'april', 20_000);
    clock.set('2027-05-20T10:00:00.000Z');
    await fruitShopEarn(deps, 'm1', 'may', 30_000);
    clock.set('2027-09-01T10:00:00.000Z');
    await fruitShopEarn(deps, 'm1', 'september', 10_000);

    const late = await runAt('2029-06-01T00:00:00.000Z');
    const rerun = await runAt('2029-06-01T00:00:00.000Z');

    expect(late).toMatchObject({ processed: 1, changed: 1 });
    expect(rerun).toMatchObject({ processed: 0, changed: 0 });
    // balanceAfter proves the posting order: the oldest date was taken first
    expect(await expiriesOf(deps, tableName, 'm1')).toEqual([
      { expiresFor: '2029-03-15T00:00:00.000Z', points: 1_000, balanceAfter: 600 },
      { expiresFor: '2029-04-02T00:00:00.000Z', points: 200, balanceAfter: 400 },
      { expiresFor: '2029-05-20T00:00:00.000Z', points: 300, balanceAfter: 100 },
    ]);
    const member = await getMember(deps, 'm1');
    expect(member.balances.points).toBe(100);
    expect(member.expiring).toEqual([{ points: 100, expiresAt: '2029-09-01T00:00:00.000Z' }]);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('finishes a run interrupted half-way without expiring anything twice', async () => {
    const members = ['m1', 'm2', 'm3'];
    for (const id of members) await enrolWithPoints(deps, id, 100);
    clock.set('2027-04-15T10:00:00.000Z');
    for (const id of members) await adjust(deps, id, `april-${id}`, 40);
    clock.set('2027-10-15T10:00:00.000Z');
    for (const id of members) await adjust(deps, id, `october-${id}`, 7);

    // Two due dates per member, one member a page: the crash comes after the second member's first entry is stored.
    await expect(
      runAt('2029-05-01T00:00:00.000Z', { pageSize: 1 }, crashAfterWrites(deps, 3, 'commit')),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    const resumed = await runAt('2029-05-01T00:00:00.000Z', { pageSize: 1 });
    const again = await runAt('2029-05-01T00:00:00.000Z', { pageSize: 1 });

    expect(resumed).toMatchObject({ processed: 2, changed: 2 });
    expect(again).toMatchObject({ processed: 0, changed: 0 });
    for (const id of members) {
      expect(await expiriesOf(deps, tableName, id)).toEqual([
        { expiresFor: '2029-03-15T00:00:00.000Z', points: 100, balanceAfter: 47 },
        { expiresFor: '2029-04-15T00:00:00.000Z', points: 40, balanceAfter: 7 },
      ]);
      await expectLedgerMatchesBalance(deps, tableName, id);
    }
  });

  it('posts each due date once when two runs race', async () => {
    const members = ['m1', 'm2', 'm3', 'm4'];
    for (const id of members) await enrolWithPoints(deps, id, 250);

    clock.set('2029-03-16T00:00:00.000Z');
    const asOf = new Date('2029-03-16T00:00:00.000Z');
    const [a, b] = await Promise.all([
      runExpiryJob(deps, asOf, { pageSize: 2 }),
      runExpiryJob(deps, asOf, { pageSize: 2 }),
    ]);

    expect(a.changed + b.changed).toBe(members.length);
    for (const id of members) {
      expect(await expiriesOf(deps, tableName, id)).toEqual([
        { expiresFor: '2029-03-15T00:00:00.000Z', points: 250, balanceAfter: 0 },
      ]);
    }
  });

  it('expires points of a frozen member too', async () => {
    await enrolWithPoints(deps, 'm1', 300);
    await setFrozen(deps, 'm1', true, 'under review');

    const result = await runAt('2029-03-15T00:00:00.000Z');

    expect(result.changed).toBe(1);
    expect(await getMember(deps, 'm1')).toMatchObject({ balances: { points: 0 }, frozen: true });
  });

  it('expires every lot posted in the same millisecond, whatever their transaction ids', async () => {
    await enrolWithPoints(deps, 'm1', 1_000);
    // An earn in the same millisecond whose position sorts before the seed's, though it was posted after it.
    const seedId = transactionIdFor('admin', 'seed-m1');
    const key = Array.from({ length: 64 }, (_, i) => `tie-${i}`).find(
      (k) => transactionIdFor('fruit-shop', k) < seedId,
    )!;
    await fruitShopEarn(deps, 'm1', key, 12_300);

    const result = await runAt('2029-03-15T00:00:00.000Z');

    expect(result.changed).toBe(1);
    expect(await expiriesOf(deps, tableName, 'm1')).toEqual([
      { expiresFor: '2029-03-15T00:00:00.000Z', points: 1_123, balanceAfter: 0 },
    ]);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('finds lots whose expiry date clamps to a month end (31 March + 11 months = 29 February 2028)', async () => {
    await putProgram(deps, { ...demoProgram, expiryMonths: 11 });
    clock.set('2027-03-31T18:00:00.000Z');
    await enrolWithPoints(deps, 'm1', 400);

    const before = await runAt('2028-02-28T23:59:59.999Z');
    const due = await runAt('2028-02-29T00:00:00.000Z');

    expect(before).toMatchObject({ processed: 0, changed: 0 });
    expect(due).toMatchObject({ processed: 1, changed: 1 });
    expect(await expiriesOf(deps, tableName, 'm1')).toEqual([
      { expiresFor: '2028-02-29T00:00:00.000Z', points: 400, balanceAfter: 0 },
    ]);
  });

  it('does nothing when the program has no expiry', async () => {
    await putProgram(deps, { ...demoProgram, expiryMonths: null });
    await enrolWithPoints(deps, 'm1', 500);

    const result = await runAt('2035-01-01T00:00:00.000Z');

    expect(result).toEqual({ job: 'expiry', asOf: '2035-01-01T00:00:00.000Z', processed: 0, changed: 0 });
    expect((await getMember(deps, 'm1')).balances.points).toBe(500);
  });
});
