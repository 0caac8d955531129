import { beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { RouteInput } from '../../functions/http/route.js';
import { listRewards } from '../../shared/application/catalog.js';
import { getProgram, putProgram } from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { runExpiryJob } from '../../shared/application/jobs/expiry.js';
import { getMember } from '../../shared/application/members.js';
import { listAllRewards } from '../../shared/application/operator-reads.js';
import { redeem } from '../../shared/application/redeem.js';
import { currentRules, rulesAsOf } from '../../shared/application/rules.js';
import { demoProgram, demoRewards } from '../../local/demo-data.js';
import { freshDeps } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { expectLedgerMatchesBalance, expiriesOf, redeemReward } from '../helpers/jobs.js';
import { enrolWithPoints, fruitShopEarn, loadDemoProgram } from '../helpers/program.js';
import { routeNamed } from '../helpers/routes.js';

const START = '2027-03-15T10:00:00.000Z';
/** START + 14 days: when a change made at START with 14 days' notice applies. */
const EFFECTIVE = '2027-03-29T10:00:00.000Z';
const JUST_BEFORE = '2027-03-29T09:59:59.999Z';
const PAGE = { limit: 100, cursor: null };

const voucher = demoRewards.find((reward) => reward.rewardId === 'voucher-50')!;
const { rewardId: _id, ...voucherBody } = voucher;

/** A route's answer as the HTTP edge sends it: status and parsed body. */
async function callRoute(deps: Deps, name: string, raw: unknown, params: Record<string, string> = {}) {
  const route = routeNamed(name);
  const body = z.parse(route.body!, raw);
  const answer = await route.run({ deps, params, body } as unknown as RouteInput<never, never, never>);
  return { status: answer.statusCode, body: JSON.parse(answer.body as string) };
}

const putVoucher = (deps: Deps, costPoints: number) =>
  callRoute(deps, 'put-reward', { ...voucherBody, costPoints }, { rewardId: 'voucher-50' });

function payBill(deps: Deps, memberId: string, key: string, amountMinor: number) {
  const body = { memberId, payment: { amountMinor } };
  return redeem(deps, {
    caller: { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k' },
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/redemptions', body),
    ...body,
  });
}

const pointsOf = (outcome: { body: unknown }) => (outcome.body as { points: number }).points;

describe('Notice before a change that hurts members (DynamoDB Local)', () => {
  let deps: Deps;
  let clock: FakeClock;
  let tableName: string;

  beforeEach(async () => {
    ({ deps, clock, tableName } = await freshDeps(START));
    await loadDemoProgram(deps);
    await putProgram(deps, { ...demoProgram, noticeDays: 14 });
    await enrolWithPoints(deps, 'm1', 20_000);
  });

  it('answers a price rise with 202 and its date, charges the old price until then and the new one from then', async () => {
    // Act
    const put = await putVoucher(deps, 1_500);

    // Assert: accepted for later, the old price everywhere meanwhile
    const change = { effectiveAt: EFFECTIVE, path: 'rewards.voucher-50.costPoints', from: 1_000, to: 1_500 };
    expect(put).toEqual({ status: 202, body: { effectiveAt: EFFECTIVE, upcoming: [change] } });
    const before = await currentRules(deps);
    expect(before.rewards.find((reward) => reward.rewardId === 'voucher-50')?.costPoints).toBe(1_000);
    expect(before.upcoming).toEqual([change]);
    const catalog = await listRewards(deps, 'm1', PAGE);
    expect(catalog.items.find((reward) => reward.rewardId === 'voucher-50')?.costPoints).toBe(1_000);
    expect((await listAllRewards(deps, PAGE)).items.find((r) => r.rewardId === 'voucher-50')).toMatchObject({
      costPoints: 1_000,
      upcoming: [change],
    });
    clock.set(JUST_BEFORE);
    expect(pointsOf(await redeemReward(deps, 'm1', 'old-price', 'voucher-50'))).toBe(1_000);

    // Assert: the new price on its date, with no write in between
    clock.set(EFFECTIVE);
    expect(pointsOf(await redeemReward(deps, 'm1', 'new-price', 'voucher-50'))).toBe(1_500);
    const after = await currentRules(deps);
    expect(after.rewards.find((reward) => reward.rewardId === 'voucher-50')?.costPoints).toBe(1_500);
    expect(after.upcoming).toEqual([]);
    expect((await deps.members.get('m1'))?.balances.points).toBe(20_000 - 1_000 - 1_500);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('keeps the first date when the operator sends the same rise again, and shows the page of any moment as it was', async () => {
    // Arrange
    await putVoucher(deps, 1_500);
    clock.set('2027-03-20T00:00:00.000Z');

    // Act
    const again = await putVoucher(deps, 1_500);

    // Assert
    expect(again).toMatchObject({ status: 202, body: { effectiveAt: EFFECTIVE } });
    clock.set('2027-04-01T00:00:00.000Z');
    const then = JSON.parse(await rulesAsOf(deps, new Date(JUST_BEFORE)));
    const later = JSON.parse(await rulesAsOf(deps, new Date(EFFECTIVE)));
    const voucherOf = (page: { rewards: { rewardId: string; costPoints: number }[] }) =>
      page.rewards.find((reward) => reward.rewardId === 'voucher-50')?.costPoints;
    expect([voucherOf(then), then.upcoming.length]).toEqual([1_000, 1]);
    expect([voucherOf(later), later.upcoming.length]).toEqual([1_500, 0]);
  });

  it('never applies a rise reverted before its date: the revert is saved at once with 200', async () => {
    // Arrange
    await putVoucher(deps, 1_500);
    clock.set('2027-03-20T00:00:00.000Z');

    // Act
    const revert = await putVoucher(deps, 1_000);

    // Assert
    expect(revert.status).toBe(200);
    expect(revert.body).not.toHaveProperty('upcoming');
    clock.set('2027-04-01T00:00:00.000Z');
    expect(pointsOf(await redeemReward(deps, 'm1', 'after-revert', 'voucher-50'))).toBe(1_000);
    expect((await currentRules(deps)).upcoming).toEqual([]);
  });

  it('applies a price cut at once', async () => {
    // Act
    const cut = await putVoucher(deps, 800);

    // Assert
    expect(cut).toMatchObject({ status: 200, body: { costPoints: 800 } });
    expect(pointsOf(await redeemReward(deps, 'm1', 'cheaper', 'voucher-50'))).toBe(800);
  });

  it('prices payments at the old rate until a rate rise takes effect, and lowering the notice in the same PUT does not skip it', async () => {
    // Act
    const put = await callRoute(deps, 'put-program', { ...demoProgram, paymentPointsPerUnit: 80, noticeDays: 0 });

    // Assert
    expect(put).toEqual({
      status: 202,
      body: {
        effectiveAt: EFFECTIVE,
        upcoming: [{ effectiveAt: EFFECTIVE, path: 'program.paymentPointsPerUnit', from: 60, to: 80 }],
      },
    });
    expect(await getProgram(deps)).toMatchObject({ paymentPointsPerUnit: 60, noticeDays: 0 });
    clock.set(JUST_BEFORE);
    expect(pointsOf(await payBill(deps, 'm1', 'bill-before', 10_000))).toBe(6_000);
    clock.set(EFFECTIVE);
    expect(pointsOf(await payBill(deps, 'm1', 'bill-after', 10_000))).toBe(8_000);
    expect(await getProgram(deps)).not.toHaveProperty('upcoming');
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it("shows the member's points expiring on the old dates until a shorter expiry takes effect, which the expiry job then applies", async () => {
    // Arrange
    await enrolWithPoints(deps, 'm2', 0);
    await fruitShopEarn(deps, 'm2', 'buy', 100_000);

    // Act
    const put = await callRoute(deps, 'put-program', { ...demoProgram, expiryMonths: 12, noticeDays: 14 });

    // Assert
    expect(put).toMatchObject({ status: 202, body: { effectiveAt: EFFECTIVE } });
    clock.set(JUST_BEFORE);
    expect((await getMember(deps, 'm2')).expiring).toEqual([{ points: 1_000, expiresAt: '2029-03-15T00:00:00.000Z' }]);
    clock.set(EFFECTIVE);
    expect((await getMember(deps, 'm2')).expiring).toEqual([{ points: 1_000, expiresAt: '2028-03-15T00:00:00.000Z' }]);
    // The expiry job takes the shorter expiry from its date on: a year after the earn the points go.
    clock.set('2028-03-15T00:00:00.000Z');
    await runExpiryJob(deps, clock.now());
    expect(await expiriesOf(deps, tableName, 'm2')).toEqual([
      { expiresFor: '2028-03-15T00:00:00.000Z', points: 1_000, balanceAfter: 0 },
    ]);
  });
});
