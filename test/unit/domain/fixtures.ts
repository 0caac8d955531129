import type { Member } from '../../../shared/domain/member.js';
import { NOTHING_RELEASED } from '../../../shared/domain/pending.js';
import type { Merchant, Program, Promotion, Reward, Tier } from '../../../shared/domain/program.js';

/**
 * The worked numbers of PRODUCT.md as plain domain values, built here rather
 * than imported from the demo data so these tests pin the brief, not the demo.
 */

export const program: Program = {
  name: 'Test Coalition',
  currency: 'CNY',
  paymentPointsPerUnit: 60,
  expiryMonths: 24,
  tierWindowMonths: 12,
  limits: {},
  disclosure: { en: 'Test rules.' },
  creditPerks: { earnMultiplier: 1.2, redemptionDiscountPercent: 10 },
  settlement: { issuePricePerThousandMinor: 0, reimbursementPerThousandMinor: 0 },
};

export const tiers: Tier[] = [
  { id: 'basic', name: 'Basic', qualification: {} },
  { id: 'silver', name: 'Silver', qualification: { nights: 10, spendMinor: 2_000_000 } },
  { id: 'gold', name: 'Gold', qualification: { nights: 25, spendMinor: 5_000_000 } },
];

/** 1 point per 1 CNY (100 fen). */
export const fruitShop: Merchant = {
  merchantId: 'fruit-shop',
  name: 'Fresh Fruit Shop',
  category: 'grocery',
  green: false,
  earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }],
};

export const hotel: Merchant = {
  merchantId: 'lakeside-hotel',
  name: 'Lakeside Hotel',
  category: 'hotel',
  green: false,
  earnRules: [{ kind: 'night', pointsByTier: { basic: 1000, silver: 1200, gold: 1500 } }],
};

export const greenGrocer: Merchant = {
  merchantId: 'green-grocer',
  name: 'Green Grocer',
  category: 'grocery',
  green: true,
  earnRules: [{ kind: 'spend', points: 1, perMinor: 100, balance: 'green' }],
};

export function promotion(fields: Pick<Promotion, 'promotionId' | 'effect'> & Partial<Promotion>): Promotion {
  return {
    name: fields.promotionId,
    startsAt: '2027-06-01T00:00:00Z',
    endsAt: '2027-09-01T00:00:00Z',
    conditions: 'Stated conditions.',
    scope: {},
    ...fields,
  };
}

export function reward(fields: Pick<Reward, 'rewardId' | 'costPoints'> & Partial<Reward>): Reward {
  return {
    name: fields.rewardId,
    kind: 'item',
    valueMinor: 2_500,
    balance: 'points',
    stock: null,
    merchantId: 'fruit-shop',
    conditions: 'Stated conditions.',
    creditOnly: false,
    priorityWindowHours: 0,
    active: true,
    publishedAt: '2027-05-01T00:00:00.000Z',
    ...fields,
  };
}

/** An active voucher of the program's own, for the notice and rules page tests. */
export const voucher: Reward = reward({
  rewardId: 'voucher',
  name: 'Voucher',
  kind: 'voucher',
  costPoints: 1_000,
  valueMinor: 1_000,
  merchantId: null,
  conditions: 'One voucher.',
  publishedAt: '2027-01-01T00:00:00Z',
});

export function member(fields: Partial<Member> = {}): Member {
  return {
    memberId: 'm-1',
    balances: { points: 0, green: 0 },
    tierId: 'basic',
    tierSince: '2027-01-01T00:00:00.000Z',
    creditStanding: 'standard',
    frozen: false,
    frozenReason: null,
    creditedTotal: 0,
    debitedTotal: 0,
    debts: [],
    spendCode: null,
    spendCodeFailures: null,
    pending: [],
    released: NOTHING_RELEASED,
    qualifying: {},
    oldestOpenLot: null,
    tierReviewAt: null,
    dailyEarns: null,
    version: 1,
    createdAt: '2027-01-01T00:00:00.000Z',
    ...fields,
  };
}

/** The error a function throws, so its fields can be asserted; fails the test when nothing is thrown. */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, and it returned');
}
