import type { Game } from '../shared/domain/games.js';
import type { Merchant, Program, Promotion, Reward, Tier } from '../shared/domain/program.js';

/** The worked numbers of the product brief, as `npm start -- --demo` loads them and the tests use them. */
export const demoProgram: Program = {
  name: 'Jifen Coalition',
  currency: 'CNY',
  paymentPointsPerUnit: 60,
  expiryMonths: 24,
  tierWindowMonths: 12,
  limits: {},
  disclosure: {
    en: 'Points are earned at partner merchants and expire 24 months after the day they are posted, oldest first. Points cannot be exchanged for cash.',
    zh: '积分在合作商户消费获得，自入账之日起24个月后按先进先出到期，积分不可兑换现金。',
  },
  // The brief: a partner pays 20 CNY per 1,000 points it awards and is paid 16 CNY per 1,000 it honours.
  settlement: { issuePricePerThousandMinor: 2_000, reimbursementPerThousandMinor: 1_600 },
  creditPerks: { earnMultiplier: 1.2, redemptionDiscountPercent: 10 },
};

export const demoTiers: Tier[] = [
  { id: 'basic', name: 'Basic', qualification: {} },
  { id: 'silver', name: 'Silver', qualification: { nights: 10, spendMinor: 2_000_000 } },
  { id: 'gold', name: 'Gold', qualification: { nights: 25, spendMinor: 5_000_000 } },
];

export const demoMerchants: Merchant[] = [
  {
    merchantId: 'fruit-shop',
    name: 'Fresh Fruit Shop',
    category: 'grocery',
    green: false,
    earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }],
  },
  {
    merchantId: 'lakeside-hotel',
    name: 'Lakeside Hotel',
    category: 'hotel',
    green: false,
    earnRules: [{ kind: 'night', pointsByTier: { basic: 1000, silver: 1200, gold: 1500 } }],
  },
];

const reward = (
  r: Omit<Reward, 'publishedAt' | 'balance' | 'creditOnly' | 'priorityWindowHours' | 'active'> & Partial<Reward>,
) =>
  ({ balance: 'points', creditOnly: false, priorityWindowHours: 0, active: true, ...r }) as Omit<Reward, 'publishedAt'>;

export const demoRewards: Omit<Reward, 'publishedAt'>[] = [
  reward({
    rewardId: 'free-night',
    name: 'Free night, standard room',
    kind: 'night',
    costPoints: 30_000,
    valueMinor: 50_000,
    stock: null,
    merchantId: 'lakeside-hotel',
    conditions:
      'One night in a standard room worth 500 CNY, subject to availability; book 7 days ahead; not valid on public holidays.',
  }),
  reward({
    rewardId: 'room-upgrade',
    name: 'Upgrade standard (300 CNY) to deluxe (500 CNY)',
    kind: 'upgrade',
    costPoints: 5_000,
    valueMinor: 20_000,
    stock: null,
    merchantId: 'lakeside-hotel',
    conditions:
      'Upgrade of one paid night from a 300 CNY standard room to a 500 CNY deluxe room, subject to availability at check-in.',
  }),
  reward({
    rewardId: 'gift-box',
    name: 'Imported fruit gift box',
    kind: 'item',
    costPoints: 500,
    valueMinor: 2_500,
    stock: 100,
    merchantId: 'fruit-shop',
    conditions: 'One imported-fruit gift box worth 25 CNY, collected in store within 14 days; while stock lasts.',
  }),
  reward({
    rewardId: 'voucher-50',
    name: '50 CNY voucher, no minimum spend',
    kind: 'voucher',
    costPoints: 1_000,
    valueMinor: 5_000,
    stock: null,
    merchantId: 'fruit-shop',
    conditions:
      '50 CNY off any purchase at Fresh Fruit Shop, no minimum spend, valid 90 days, not exchangeable for cash.',
  }),
  reward({
    rewardId: 'fruit-washing',
    name: 'Home fruit-washing service',
    kind: 'service',
    costPoints: 300,
    valueMinor: 5_000,
    stock: null,
    merchantId: 'fruit-shop',
    conditions: 'One home fruit-washing visit worth 50 CNY within the city, booked 3 days ahead.',
  }),
];

export const demoPromotions: Promotion[] = [
  {
    promotionId: 'summer-gift-box',
    name: 'Watermelon season: gift box for 400 points',
    startsAt: '2027-06-01T00:00:00Z',
    endsAt: '2027-09-01T00:00:00Z',
    conditions:
      'From 1 June to 31 August 2027 the imported-fruit gift box costs 400 points instead of 500, while stock lasts.',
    effect: { kind: 'rewardPrice', costPoints: 400 },
    scope: { rewardIds: ['gift-box'] },
  },
  {
    promotionId: 'off-season-nights',
    name: 'Off-season award nights',
    startsAt: '2027-11-01T00:00:00Z',
    endsAt: '2028-03-01T00:00:00Z',
    conditions:
      'From 1 November 2027 to 29 February 2028 a free standard-room night costs 25,000 points instead of 30,000.',
    effect: { kind: 'rewardPrice', costPoints: 25_000 },
    scope: { rewardIds: ['free-night'] },
  },
];

/** PRODUCT.md's worked wheel: 10 points a spin; 1 × 500, 5 × 50, 20 × 10, 74 blanks: 9.5 points back a spin on average. */
export const demoGames: Game[] = [
  {
    gameId: 'lucky-wheel',
    name: 'Lucky wheel',
    kind: 'wheel',
    conditions:
      'One spin costs 10 points. 100 tickets: 1 × 500 points, 5 × 50 points, 20 × 10 points, 74 blanks; the urn is committed by the published SHA-256 and revealed when it ends.',
    costPoints: 10,
    prizes: [
      { prizeId: 'grand', name: '500 points', points: 500, count: 1 },
      { prizeId: 'fifty', name: '50 points', points: 50, count: 5 },
      { prizeId: 'ten', name: '10 points', points: 10, count: 20 },
    ],
    blanks: 74,
    startsAt: '2026-01-01T00:00:00Z',
    endsAt: '2028-01-01T00:00:00Z',
  },
];
