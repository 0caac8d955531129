import { beforeEach, describe, expect, it } from 'vitest';
import { putMerchant } from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import { runExpiryJob } from '../../shared/application/jobs/expiry.js';
import { getMember } from '../../shared/application/members.js';
import { demoMerchants } from '../../local/demo-data.js';
import { freshDeps } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { expectLedgerMatchesBalance, expiriesOf, redeemReward, reverse, transactionIdOf } from '../helpers/jobs.js';
import { enrolWithPoints, fruitShopEarn, loadDemoProgram, rawItem } from '../helpers/program.js';

const START = '2027-03-15T10:00:00.000Z';
const RELEASE = '2027-03-29T10:00:00.000Z';

/** The fruit shop holds its earns for 14 days; the demo program expires points 24 months after the day they became spendable. */
describe('Pending points (DynamoDB Local)', () => {
  let deps: Deps;
  let clock: FakeClock;
  let tableName: string;

  beforeEach(async () => {
    ({ deps, clock, tableName } = await freshDeps(START));
    await loadDemoProgram(deps);
    await putMerchant(deps, { ...demoMerchants.find((m) => m.merchantId === 'fruit-shop')!, holdDays: 14 });
    await enrolWithPoints(deps, 'm1', 0);
  });

  it('holds an earn for 14 days, refuses to spend it meanwhile, and lets it be spent after without any job', async () => {
    const earn = await fruitShopEarn(deps, 'm1', 'buy', 100_000);
    expect(earn.status).toBe(201);
    expect(earn.body).toMatchObject({ points: 1_000, balances: { points: 0, green: 0 } });
    expect(await getMember(deps, 'm1')).toMatchObject({
      balances: { points: 0, pending: 1_000 },
      pending: [{ points: 1_000, availableAt: RELEASE }],
    });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');

    clock.set('2027-03-29T09:59:59.999Z');
    const early = await redeemReward(deps, 'm1', 'too-early', 'voucher-50');
    expect(early).toMatchObject({ status: 409, body: { code: 'insufficient_points' } });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');

    clock.set(RELEASE);
    // Spendable as read, though nothing has written the member since the earn.
    expect(await getMember(deps, 'm1')).toMatchObject({ balances: { points: 1_000, pending: 0 }, pending: [] });
    expect(await rawItem(deps, tableName, { pk: 'MEMBER#m1', sk: 'MEMBER' })).toMatchObject({
      pts: 0,
      pnd: [{ p: 1_000 }],
    });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');

    const spend = await redeemReward(deps, 'm1', 'on-time', 'voucher-50');
    expect(spend).toMatchObject({ status: 201, body: { balances: { points: 0 } } });
    const stored = await rawItem(deps, tableName, { pk: 'MEMBER#m1', sk: 'MEMBER' });
    expect(stored).toMatchObject({ pts: 0, cr: 1_000, db: 1_000 });
    expect(stored).not.toHaveProperty('pnd');
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('a refund within the hold takes the pending points back: all recovered, no debt', async () => {
    await enrolWithPoints(deps, 'm2', 300);
    const earn = await fruitShopEarn(deps, 'm2', 'buy', 50_000);
    clock.set('2027-03-20T10:00:00.000Z');

    const refund = await reverse(deps, 'refund', transactionIdOf(earn));

    expect(refund).toMatchObject({
      status: 201,
      body: { points: 500, recoveredPoints: 500, unrecoveredPoints: 0, balances: { points: 300 } },
    });
    const member = await deps.members.get('m2');
    expect(member).toMatchObject({ debts: [], pending: [], balances: { points: 300 } });
    expect(await getMember(deps, 'm2')).toMatchObject({ balances: { points: 300, pending: 0 } });
    await expectLedgerMatchesBalance(deps, tableName, 'm2');
  });

  it('the expiry job never expires pending points and dates released points from when they became spendable', async () => {
    await fruitShopEarn(deps, 'm1', 'buy', 100_000);

    // 24 months after the posting day: an unheld earn would expire here, this one does not.
    clock.set('2029-03-15T00:00:00.000Z');
    expect(await runExpiryJob(deps, new Date('2029-03-15T00:00:00.000Z'))).toMatchObject({ changed: 0 });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');

    clock.set('2029-03-20T10:00:00.000Z');
    await fruitShopEarn(deps, 'm1', 'late-buy', 20_000);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');

    clock.set('2029-03-29T00:00:00.000Z');
    const due = await runExpiryJob(deps, new Date('2029-03-29T00:00:00.000Z'));

    expect(due).toMatchObject({ processed: 1, changed: 1 });
    // The 1,000 released on 2027-03-29 expire; the 200 of the later earn are still pending and untouched.
    expect(await expiriesOf(deps, tableName, 'm1')).toEqual([
      { expiresFor: '2029-03-29T00:00:00.000Z', points: 1_000, balanceAfter: 200 },
    ]);
    expect(await getMember(deps, 'm1')).toMatchObject({
      balances: { points: 0, pending: 200 },
      pending: [{ points: 200, availableAt: '2029-04-03T10:00:00.000Z' }],
    });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });
});
