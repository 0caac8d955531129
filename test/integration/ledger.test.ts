import { beforeEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../shared/application/deps.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { redeem } from '../../shared/application/redeem.js';
import { reverseTransaction } from '../../shared/application/reverse-transaction.js';
import { getMember, setFrozen } from '../../shared/application/members.js';
import { putReward } from '../../shared/application/configure.js';
import { listRewards } from '../../shared/application/catalog.js';
import { IdempotencyKeyReusedError } from '../../shared/domain/errors.js';
import { freshDeps } from '../helpers/dynamo.js';
import { enrolWithPoints, fruitShopEarn, ledgerOf, loadDemoProgram, rawItem } from '../helpers/program.js';

const fruitShop = { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k' } as const;

function redeemReward(deps: Deps, memberId: string, key: string, rewardId: string, quantity = 1) {
  const body = { memberId, rewardId, quantity };
  return redeem(deps, {
    caller: fruitShop,
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/redemptions', body),
    ...body,
  });
}

function reverse(deps: Deps, key: string, transactionId: string, amountMinor?: number) {
  const body = { transactionId, reason: 'refund', ...(amountMinor !== undefined && { amountMinor }) };
  return reverseTransaction(deps, {
    caller: fruitShop,
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/reversals', body),
    ...body,
  });
}

async function expectLedgerMatchesBalance(deps: Deps, tableName: string, memberId: string) {
  const entries = await ledgerOf(deps, tableName, memberId);
  const member = await getMember(deps, memberId);
  const sum = (balance: string) =>
    entries.filter((e) => e.bal === balance).reduce((s, e) => s + (e.delta as number), 0);
  expect(sum('points')).toBe(member.balances.points);
  expect(sum('green')).toBe(member.balances.green);
}

describe('Ledger on DynamoDB Local', () => {
  let deps: Deps;
  let tableName: string;

  beforeEach(async () => {
    ({ deps, tableName } = await freshDeps());
    await loadDemoProgram(deps);
  });

  it('replays a retried earn with the original answer and moves nothing twice', async () => {
    await enrolWithPoints(deps, 'm1', 0);

    const first = await fruitShopEarn(deps, 'm1', 'earn-1', 2_000);
    const retry = await fruitShopEarn(deps, 'm1', 'earn-1', 2_000);

    expect(first).toMatchObject({ status: 201, replayed: false, body: { points: 20 } });
    expect(retry).toEqual({ ...first, replayed: true });
    expect((await getMember(deps, 'm1')).balances.points).toBe(20);
    expect(await ledgerOf(deps, tableName, 'm1')).toHaveLength(1);
  });

  it('refuses the same key with a different body as idempotency_key_reused', async () => {
    await enrolWithPoints(deps, 'm1', 0);
    await fruitShopEarn(deps, 'm1', 'earn-1', 2_000);

    await expect(fruitShopEarn(deps, 'm1', 'earn-1', 3_000)).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect((await getMember(deps, 'm1')).balances.points).toBe(20);
  });

  it('posts concurrent duplicates of one earn exactly once', async () => {
    await enrolWithPoints(deps, 'm1', 0);

    const results = await Promise.all(Array.from({ length: 8 }, () => fruitShopEarn(deps, 'm1', 'same-key', 10_000)));

    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect((await getMember(deps, 'm1')).balances.points).toBe(100);
  });

  it('lets exactly 3 of 10 concurrent 300-point redemptions spend 1,000 points', async () => {
    await enrolWithPoints(deps, 'm1', 1_000);

    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => redeemReward(deps, 'm1', `wash-${i}`, 'fruit-washing')),
    );

    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409).map((r) => (r.body as { code: string }).code)).toEqual(
      Array(7).fill('insufficient_points'),
    );
    expect((await getMember(deps, 'm1')).balances.points).toBe(100);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('sells exactly 3 units of a stock of 3 to 6 concurrent buyers', async () => {
    await putReward(deps, {
      rewardId: 'limited-box',
      name: 'Limited box',
      kind: 'item',
      costPoints: 100,
      valueMinor: 1_000,
      balance: 'points',
      stock: 3,
      merchantId: 'fruit-shop',
      conditions: 'Three boxes only.',
      creditOnly: false,
      priorityWindowHours: 0,
      active: true,
    });
    for (let i = 0; i < 6; i++) await enrolWithPoints(deps, `buyer-${i}`, 1_000);

    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => redeemReward(deps, `buyer-${i}`, `box-${i}`, 'limited-box')),
    );

    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(
      results.filter((r) => r.status === 409).every((r) => (r.body as { code: string }).code === 'out_of_stock'),
    ).toBe(true);
    expect(await rawItem(deps, tableName, { pk: 'STOCK#limited-box', sk: 'STOCK' })).toMatchObject({
      left: 0,
      sold: 3,
    });
  });

  it("keeps what was sold when the operator changes a reward's stock", async () => {
    const box = {
      rewardId: 'seasonal-box',
      name: 'Seasonal box',
      kind: 'item' as const,
      costPoints: 100,
      valueMinor: 1_000,
      balance: 'points' as const,
      stock: 5,
      merchantId: 'fruit-shop',
      conditions: 'While stock lasts.',
      creditOnly: false,
      priorityWindowHours: 0,
      active: true,
    };
    await putReward(deps, box);
    await enrolWithPoints(deps, 'm1', 1_000);
    await redeemReward(deps, 'm1', 'box-1', 'seasonal-box');
    await redeemReward(deps, 'm1', 'box-2', 'seasonal-box');

    await putReward(deps, { ...box, stock: 1 });
    const whileOversold = await listRewards(deps, null, { limit: 100, cursor: null });
    const refused = await redeemReward(deps, 'm1', 'box-3', 'seasonal-box');
    await putReward(deps, { ...box, stock: 4 });
    const restocked = await deps.config.stockLeft(['seasonal-box']);

    expect(whileOversold.items.find((reward) => reward.rewardId === 'seasonal-box')?.stock).toBe(0);
    expect(refused).toMatchObject({ status: 409, body: { code: 'out_of_stock' } });
    expect(restocked.get('seasonal-box')).toBe(2);
  });

  it('reverses a redemption once, returning points and stock', async () => {
    await enrolWithPoints(deps, 'm1', 1_000);
    const redemption = await redeemReward(deps, 'm1', 'box', 'gift-box');
    const transactionId = (redemption.body as { transactionId: string }).transactionId;

    const first = await reverse(deps, 'rev-1', transactionId);
    const second = await reverse(deps, 'rev-2', transactionId);

    expect(first).toMatchObject({ status: 201, body: { points: 500, balances: { points: 1_000 } } });
    expect(second).toMatchObject({ status: 409, body: { code: 'already_reversed' } });
    expect(await rawItem(deps, tableName, { pk: 'STOCK#gift-box', sk: 'STOCK' })).toMatchObject({ left: 100, sold: 0 });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('reverses partial amounts so they add up exactly to the original', async () => {
    await enrolWithPoints(deps, 'm1', 0);
    const earn = await fruitShopEarn(deps, 'm1', 'earn', 9_999);
    const transactionId = (earn.body as { transactionId: string }).transactionId;

    const parts = [await reverse(deps, 'p1', transactionId, 1_000), await reverse(deps, 'p2', transactionId, 2_500)];
    const rest = await reverse(deps, 'p3', transactionId);
    const beyond = await reverse(deps, 'p4', transactionId, 1);

    const reversed = [...parts, rest].map((r) => (r.body as { points: number }).points);
    // floor(99 × 1,000 / 9,999) = 9; floor(99 × 3,500 / 9,999) − 9 = 25; the rest is 65.
    expect(reversed).toEqual([9, 25, 65]);
    expect(beyond).toMatchObject({ status: 409, body: { code: 'already_reversed' } });
    expect((await getMember(deps, 'm1')).balances.points).toBe(0);
  });

  it('decides a refusal again when what it was read from moved: a reversal racing a partial reversal', async () => {
    await enrolWithPoints(deps, 'm1', 0);
    const earn = await fruitShopEarn(deps, 'm1', 'earn', 13_643);
    const transactionId = (earn.body as { transactionId: string }).transactionId;
    // The full reversal reads the original, then a partial reversal commits before it reads the member.
    let raced = false;
    const ledger = Object.assign(Object.create(Object.getPrototypeOf(deps.ledger)), deps.ledger, {
      getEntry: async (id: string) => {
        const entry = await deps.ledger.getEntry(id);
        if (!raced) {
          raced = true;
          await reverse(deps, 'partial', transactionId, 545);
        }
        return entry;
      },
    });

    const full = await reverse({ ...deps, ledger }, 'full', transactionId);

    // 136 points earned, 5 taken back by the partial: the full reversal takes the other 131, it is not refused.
    expect(full).toMatchObject({ status: 201, body: { points: 131, balances: { points: 0 } } });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('takes a refund back even when the points are spent: earn → spend → refund leaves no free points', async () => {
    // Arrange: 99 points at the fruit shop, spent at once on a 99-point payment
    await enrolWithPoints(deps, 'm1', 0);
    const purchase = await fruitShopEarn(deps, 'm1', 'buy', 9_999);
    const paymentBody = { memberId: 'm1', payment: { amountMinor: 165 } };
    const payment = await redeem(deps, {
      caller: fruitShop,
      idempotencyKey: 'pay',
      requestHash: requestHash('POST /v1/redemptions', paymentBody),
      ...paymentBody,
    });

    // Act: the purchase is returned
    const refund = await reverse(deps, 'refund', (purchase.body as { transactionId: string }).transactionId);
    const spendWhileNegative = await redeemReward(deps, 'm1', 'spend', 'fruit-washing');
    const refill = await fruitShopEarn(deps, 'm1', 'next-buy', 50_000);

    // Assert
    expect(payment).toMatchObject({ status: 201, body: { points: 99, balances: { points: 0 } } });
    expect(refund).toMatchObject({ status: 201, body: { points: 99, balances: { points: -99 } } });
    expect((await getMember(deps, 'm1')).balances.points).toBe(-99 + 500);
    expect(spendWhileNegative).toMatchObject({ status: 409, body: { code: 'insufficient_points' } });
    expect(refill).toMatchObject({ status: 201, body: { points: 500, balances: { points: 401 } } });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('refuses every movement on a frozen member and remembers the refusal', async () => {
    await enrolWithPoints(deps, 'm1', 1_000);
    await setFrozen(deps, 'm1', true, 'suspicious velocity');

    const earn = await fruitShopEarn(deps, 'm1', 'frozen-earn', 5_000);
    const spend = await redeemReward(deps, 'm1', 'frozen-spend', 'fruit-washing');
    await setFrozen(deps, 'm1', false, 'cleared');
    const retried = await fruitShopEarn(deps, 'm1', 'frozen-earn', 5_000);

    expect(earn).toMatchObject({ status: 403, body: { code: 'member_frozen' } });
    expect(spend).toMatchObject({ status: 403, body: { code: 'member_frozen' } });
    expect(retried).toMatchObject({ status: 403, replayed: true });
    expect((await getMember(deps, 'm1')).balances.points).toBe(1_000);
  });

  it('keeps the ledger summing to the balance through mixed movements', async () => {
    await enrolWithPoints(deps, 'm1', 2_000);
    await fruitShopEarn(deps, 'm1', 'e1', 12_345);
    const spent = await redeemReward(deps, 'm1', 'r1', 'voucher-50');
    await reverse(deps, 'rv1', (spent.body as { transactionId: string }).transactionId);
    await redeemReward(deps, 'm1', 'r2', 'gift-box', 2);

    const member = await getMember(deps, 'm1');
    expect(member.balances.points).toBe(2_000 + 123 - 1_000 + 1_000 - 1_000);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });
});
