import { describe, expect, it } from 'vitest';
import { openDebt, recovery, repayDebts, type Debt } from '../../../shared/domain/debts.js';
import type { LedgerEntry } from '../../../shared/domain/ledger.js';
import { settleMovement, type MovementMoneyInput } from '../../../shared/domain/movement-settlement.js';
import type { SettlingParty } from '../../../shared/domain/settlement.js';

const shop: SettlingParty = {
  merchantId: 'fruit-shop',
  rates: { issuePricePerThousandMinor: 2_000, reimbursementPerThousandMinor: 1_600 },
};
const hotel: SettlingParty = {
  merchantId: 'hotel',
  rates: { issuePricePerThousandMinor: 2_500, reimbursementPerThousandMinor: 1_800 },
};
const debt = (merchantId: string, points: number, ratePerThousand = 2_000): Debt => ({
  merchantId,
  ratePerThousand,
  points,
  transactionId: `tx-${merchantId}`,
});

function input(overrides: Partial<MovementMoneyInput>): MovementMoneyInput {
  return {
    type: 'earn',
    transactionId: 'tx-new',
    basis: { issuer: shop, honourer: null },
    balanceName: 'points',
    credit: 0,
    debit: 0,
    balanceBefore: 0,
    debts: [],
    ...overrides,
  };
}

const earnEntry = (points: number): LedgerEntry => ({
  transactionId: 'tx-earn',
  type: 'earn',
  memberId: 'm1',
  merchantId: 'fruit-shop',
  owner: 'fruit-shop',
  balanceName: 'points',
  points,
  delta: points,
  balance: points,
  reference: 'r',
  createdAt: '2027-07-01T00:00:00.000Z',
  occurredAt: '2027-07-01T00:00:00.000Z',
  lotCumulative: points,
  details: { amountMinor: points * 100 },
  reversedPoints: 0,
  reversedAmountMinor: 0,
  rulesVersion: 1,
  settlement: [
    { merchantId: 'fruit-shop', side: 'issued', points, ratePerThousand: 2_000 },
    // A repayment the earn made is not its own: a refund of the earn leaves it alone.
    { merchantId: 'hotel', side: 'issued', points: -50, ratePerThousand: 2_500, repaid: true },
  ],
});

describe('Domain: debts', () => {
  it('recovers what a non-negative balance held, and nothing from a negative one', () => {
    expect(recovery(400, 1_000)).toEqual({ recovered: 400, unrecovered: 600 });
    expect(recovery(5_000, 1_000)).toEqual({ recovered: 1_000, unrecovered: 0 });
    expect(recovery(-200, 1_000)).toEqual({ recovered: 0, unrecovered: 1_000 });
  });

  it('repays the oldest debt first and keeps what is left of the rest', () => {
    const { debts, repayments } = repayDebts([debt('a', 300), debt('b', 500)], 600);
    expect(repayments).toEqual([
      { merchantId: 'a', ratePerThousand: 2_000, points: 300 },
      { merchantId: 'b', ratePerThousand: 2_000, points: 300 },
    ]);
    expect(debts).toEqual([debt('b', 200)]);
  });

  it('joins a new debt to the newest one only when issuer and rate are the same', () => {
    expect(openDebt([debt('a', 100)], { ...debt('a', 50), transactionId: 'later' })).toEqual([debt('a', 150)]);
    expect(openDebt([debt('a', 100)], debt('a', 50, 1_000))).toEqual([debt('a', 100), debt('a', 50, 1_000)]);
    expect(openDebt([debt('a', 100), debt('b', 1)], debt('a', 50))).toEqual([
      debt('a', 100),
      debt('b', 1),
      debt('a', 50),
    ]);
  });
});

describe('Domain: who owes whom for a movement', () => {
  it('issues an earn to its merchant at the issue price', () => {
    expect(settleMovement(input({ credit: 700 })).lines).toEqual([
      { merchantId: 'fruit-shop', side: 'issued', points: 700, ratePerThousand: 2_000 },
    ]);
  });

  it('settles both sides of a game play, never netted', () => {
    const money = settleMovement(
      input({ type: 'game', basis: { issuer: shop, honourer: shop }, credit: 50, debit: 10, balanceBefore: 10 }),
    );
    expect(money.lines).toEqual([
      { merchantId: 'fruit-shop', side: 'issued', points: 50, ratePerThousand: 2_000 },
      { merchantId: 'fruit-shop', side: 'honoured', points: 10, ratePerThousand: 1_600 },
    ]);
  });

  it("settles nothing for the program's own kinds, nor for green points", () => {
    expect(
      settleMovement(input({ type: 'adjustment', basis: { issuer: shop, honourer: shop }, credit: 100 })).lines,
    ).toEqual([]);
    expect(settleMovement(input({ balanceName: 'green', credit: 100 })).lines).toEqual([]);
  });

  it("credits a refund's issuer with what it recovers and leaves the rest a debt at the earn's rate", () => {
    const money = settleMovement(
      input({ type: 'reversal', basis: { reverses: earnEntry(1_000) }, debit: 1_000, balanceBefore: 400 }),
    );
    expect(money.lines).toEqual([{ merchantId: 'fruit-shop', side: 'issued', points: -400, ratePerThousand: 2_000 }]);
    expect(money.debts).toEqual([
      { merchantId: 'fruit-shop', ratePerThousand: 2_000, points: 600, transactionId: 'tx-new' },
    ]);
    expect(money.recovery).toEqual({ recoveredPoints: 400, unrecoveredPoints: 600 });
  });

  it('repays debts with any credit, a refund of a spend too, after its own lines', () => {
    const redemption: LedgerEntry = {
      ...earnEntry(300),
      type: 'redemption',
      delta: -300,
      settlement: [{ merchantId: 'hotel', side: 'honoured', points: 300, ratePerThousand: 1_800 }],
    };
    const money = settleMovement(
      input({
        type: 'reversal',
        basis: { reverses: redemption },
        credit: 300,
        balanceBefore: -200,
        debts: [debt('fruit-shop', 200)],
      }),
    );
    expect(money.lines).toEqual([
      { merchantId: 'hotel', side: 'honoured', points: -300, ratePerThousand: 1_800 },
      { merchantId: 'fruit-shop', side: 'issued', points: -200, ratePerThousand: 2_000, repaid: true },
    ]);
    expect(money.debts).toEqual([]);
    expect(money.recovery).toEqual({ recoveredPoints: 300, unrecoveredPoints: 0 });
  });

  it('leaves the debts as they were when the movement credits nothing', () => {
    const money = settleMovement(
      input({
        type: 'redemption',
        basis: { issuer: null, honourer: hotel },
        debit: 100,
        balanceBefore: 500,
        debts: [],
      }),
    );
    expect(money.debts).toBeUndefined();
    expect(money.lines).toEqual([{ merchantId: 'hotel', side: 'honoured', points: 100, ratePerThousand: 1_800 }]);
  });
});
