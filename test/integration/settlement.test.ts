import { beforeEach, describe, expect, it } from 'vitest';
import { putMerchant, putProgram } from '../../shared/application/configure.js';
import type { Caller, Deps } from '../../shared/application/deps.js';
import { earnPoints } from '../../shared/application/earn-points.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { enrolMember } from '../../shared/application/members.js';
import { redeem } from '../../shared/application/redeem.js';
import { reverseTransaction } from '../../shared/application/reverse-transaction.js';
import { merchantStatement } from '../../shared/application/settlement.js';
import { MerchantNotFoundError } from '../../shared/domain/errors.js';
import type { Merchant } from '../../shared/domain/program.js';
import { demoMerchants, demoProgram } from '../../local/demo-data.js';
import { freshDeps } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { transactionIdOf } from '../helpers/jobs.js';
import { loadDemoProgram } from '../helpers/program.js';

const fruitShop: Caller = { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k' };
const JULY = { from: '2027-07-01T00:00:00Z', to: '2027-08-01T00:00:00Z' };
const AUGUST = { from: '2027-08-01T00:00:00Z', to: '2027-09-01T00:00:00Z' };

function earn(deps: Deps, key: string, amountMinor: number, caller: Caller = fruitShop, merchantId?: string) {
  const body = { memberId: 'm1', amountMinor, reference: key, ...(merchantId && { merchantId }) };
  return earnPoints(deps, { caller, idempotencyKey: key, requestHash: requestHash('POST /v1/earn', body), ...body });
}

function refund(deps: Deps, key: string, transactionId: string, amountMinor?: number) {
  const body = { transactionId, reason: 'returned', ...(amountMinor !== undefined && { amountMinor }) };
  return reverseTransaction(deps, {
    caller: fruitShop,
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/reversals', body),
    ...body,
  });
}

function redeemReward(deps: Deps, key: string, rewardId: string, caller: Caller = fruitShop) {
  const body = { memberId: 'm1', rewardId, quantity: 1 };
  return redeem(deps, { caller, idempotencyKey: key, requestHash: requestHash('POST /v1/redemptions', body), ...body });
}

function withRates(merchantId: string, issue: number, reimbursement: number): Merchant {
  const merchant = demoMerchants.find((candidate) => candidate.merchantId === merchantId)!;
  return {
    ...merchant,
    settlement: { issuePricePerThousandMinor: issue, reimbursementPerThousandMinor: reimbursement },
  };
}

/** The demo program without default rates: the fruit shop pays 20 CNY per 1,000 points issued, the hotel is paid 16 per 1,000 honoured. */
async function settlingProgram(): Promise<{ deps: Deps; clock: FakeClock }> {
  const fresh = await freshDeps('2027-07-03T09:00:00.000Z');
  await loadDemoProgram(fresh.deps);
  await Promise.all([
    putProgram(fresh.deps, {
      ...demoProgram,
      settlement: { issuePricePerThousandMinor: 0, reimbursementPerThousandMinor: 0 },
    }),
    putMerchant(fresh.deps, withRates('fruit-shop', 2_000, 0)),
    putMerchant(fresh.deps, withRates('lakeside-hotel', 0, 1_600)),
    enrolMember(fresh.deps, 'm1', null),
  ]);
  return fresh;
}

describe('Settlement statements from the ledger (DynamoDB Local)', () => {
  let deps: Deps;
  let clock: FakeClock;
  beforeEach(async () => ({ deps, clock } = await settlingProgram()));

  it('bills the worked month: 12,345 points issued, 345 refunded, floor(12,000 × 2,000 / 1,000) = 24,000 fen', async () => {
    // Arrange
    const purchase = await earn(deps, 'receipt-1', 1_234_500);
    clock.set('2027-07-20T15:00:00.000Z');
    await refund(deps, 'refund-1', transactionIdOf(purchase), 34_500);

    // Act
    const { statement, days } = await merchantStatement(deps, 'fruit-shop', JULY);

    // Assert
    expect(statement).toEqual({
      merchantId: 'fruit-shop',
      ...JULY,
      currency: 'CNY',
      issued: { points: 12_000, amountMinor: 24_000 },
      honoured: { points: 0, amountMinor: 0 },
      netMinor: -24_000,
    });
    expect(days.map((day) => [day.day, day.issued.points, day.issued.valueThousandths])).toEqual([
      ['2027-07-03', 12_345, 24_690_000n],
      ['2027-07-20', -345, -690_000n],
    ]);
  });

  it('reimburses the reward’s merchant, whichever merchant’s key redeemed it', async () => {
    // Arrange: 30,000 points from the fruit shop, spent on the hotel's free night through the fruit shop's key
    await earn(deps, 'receipt-1', 3_000_000);
    await redeemReward(deps, 'night-1', 'free-night');

    // Act
    const hotel = await merchantStatement(deps, 'lakeside-hotel', JULY);
    const shop = await merchantStatement(deps, 'fruit-shop', JULY);

    // Assert: 30,000 × 1,600 / 1,000 = 48,000 fen owed to the hotel
    expect(hotel.statement).toMatchObject({
      issued: { points: 0 },
      honoured: { points: 30_000, amountMinor: 48_000 },
      netMinor: 48_000,
    });
    expect(shop.statement).toMatchObject({
      issued: { points: 30_000, amountMinor: 60_000 },
      honoured: { points: 0, amountMinor: 0 },
    });
  });

  it('settles each entry at the rate in force when it was posted: a rate change never re-prices the past', async () => {
    // Arrange
    const first = await earn(deps, 'receipt-1', 100_000);
    await putMerchant(deps, withRates('fruit-shop', 3_000, 0));
    await earn(deps, 'receipt-2', 100_000);
    clock.set('2027-07-04T09:00:00.000Z');
    await refund(deps, 'refund-1', transactionIdOf(first));

    // Act
    const { statement } = await merchantStatement(deps, 'fruit-shop', JULY);

    // Assert: +1,000 at 2,000, +1,000 at 3,000, −1,000 at the first earn's 2,000
    expect(statement.issued).toEqual({ points: 1_000, amountMinor: 3_000 });
  });

  it('puts a refund in the period it was posted in, and counts [from, to) to the millisecond', async () => {
    // Arrange
    const purchase = await earn(deps, 'receipt-1', 50_000);
    clock.set('2027-08-01T00:00:00.000Z');
    await refund(deps, 'refund-1', transactionIdOf(purchase));

    // Act
    const july = await merchantStatement(deps, 'fruit-shop', JULY);
    const august = await merchantStatement(deps, 'fruit-shop', AUGUST);
    const justBefore = await merchantStatement(deps, 'fruit-shop', {
      from: '2027-07-03T09:00:00.001+00:00',
      to: '2027-08-01T08:00:00+08:00',
    });

    // Assert
    expect(july.statement.issued).toEqual({ points: 500, amountMinor: 1_000 });
    expect(august.statement.issued).toEqual({ points: -500, amountMinor: -1_000 });
    expect(justBefore.statement.issued).toEqual({ points: 0, amountMinor: 0 });
  });

  it('floors a negative period toward minus infinity, once over the period', async () => {
    // Arrange: 3 points at 1,500 per 1,000 = 4.5 fen; refunding 1 point is −1.5 fen
    await putMerchant(deps, withRates('fruit-shop', 1_500, 0));
    const purchase = await earn(deps, 'receipt-1', 300);
    clock.set('2027-08-02T09:00:00.000Z');
    await refund(deps, 'refund-1', transactionIdOf(purchase), 100);

    // Act
    const july = await merchantStatement(deps, 'fruit-shop', JULY);
    const august = await merchantStatement(deps, 'fruit-shop', AUGUST);

    // Assert
    expect(july.statement.issued).toEqual({ points: 3, amountMinor: 4 });
    expect(august.statement.issued).toEqual({ points: -1, amountMinor: -2 });
  });

  it('settles neither the operator’s adjustments nor green points, and an operator’s earn is issued by the merchant it names', async () => {
    // Arrange
    await putMerchant(deps, {
      ...withRates('fruit-shop', 2_000, 0),
      earnRules: [{ kind: 'spend', points: 1, perMinor: 100, balance: 'green' }],
    });
    await earn(deps, 'green-1', 10_000);
    await putMerchant(deps, withRates('fruit-shop', 2_000, 0));
    await earn(deps, 'admin-1', 20_000, { kind: 'admin' }, 'fruit-shop');

    // Act
    const { statement } = await merchantStatement(deps, 'fruit-shop', JULY);

    // Assert
    expect(statement.issued).toEqual({ points: 200, amountMinor: 400 });
  });

  it('refuses a statement for a merchant the program does not have', async () => {
    await expect(merchantStatement(deps, 'nobody', JULY)).rejects.toBeInstanceOf(MerchantNotFoundError);
  });
});
