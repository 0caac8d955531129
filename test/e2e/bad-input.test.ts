import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteDeclaration as Route } from '../../functions/http/route.js';
import { routes } from '../helpers/routes.js';
import type { LocalJifen } from '../../local/boot.js';
import { demoPromotions } from '../../local/demo-data.js';
import {
  enrolWithPoints,
  expectProblem,
  freshKey,
  IDEMPOTENT_ROUTES,
  readState,
  seedDemo,
  type DemoSeed,
} from '../helpers/e2e-fixtures.js';
import { startLocalApi, type ApiClient, type ApiResponse } from '../helpers/local-api.js';

/** Who calls: the operator, the fruit shop, the hotel, the exchange partner, nobody, or a raw Authorization header. */
type Auth = 'admin' | 'fruit' | 'hotel' | 'air' | 'none' | { header: string };

interface Case {
  title: string;
  /** Defaults to the route's method. */
  method?: string;
  /** Path parameters; the defaults are valid ones (see DEFAULT_PARAMS). */
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  rawBody?: string;
  /** Defaults by access: admin routes the operator, merchant routes the fruit shop, public routes nobody. */
  auth?: Auth;
  /** On idempotent routes a fresh key is sent unless this says otherwise (`null`: none). */
  idempotencyKey?: string | null;
  /** [status, code, paths that validation errors must name]; a 2xx has no code. */
  expect: [number, string?, string[]?];
}

interface Seed extends DemoSeed {
  aliceEarn: string;
  aliceNight: string;
  aliceRedemption: string;
  aliceAdjustment: string;
  aliceCursor: string;
  /** A pending transfer of alice's to the exchange partner, posted with the fruit shop's key. */
  aliceTransfer: string;
}

/** Valid path parameters, chosen so that a wrongly accepted write would show in the read-back state. */
const DEFAULT_PARAMS: Record<string, string> = {
  merchantId: 'new-merchant',
  keyId: '0123456789abcdef',
  rewardId: 'new-reward',
  promotionId: 'new-promotion',
  memberId: 'alice',
  job: 'tiers',
  taskId: 'new-task',
  badgeId: 'new-badge',
  setId: 'new-set',
  gameId: 'new-game',
  flagId: '2027-03-15.earnsPerMemberPerDay.alice',
  transferId: 'tr_AAAAAAAAAAAAAAAAAAAAAAAA',
  endpointId: 'new-endpoint',
  code: 'validation_failed',
};

const MEMBERS = ['alice', 'bob'];
/** Members that bad requests name but that must never come to exist. */
const ABSENT = ['newbie'];

const long = (n: number) => 'x'.repeat(n);
const now = () => Date.now();
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const DAY = 86_400_000;

const validProgram = {
  name: 'Jifen Coalition',
  currency: 'CNY',
  paymentPointsPerUnit: 60,
  expiryMonths: 24,
  tierWindowMonths: 12,
  disclosure: { en: 'Changed disclosure' },
};
const validMerchant = {
  name: 'New merchant',
  category: 'fuel',
  earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }],
};
const validReward = { name: 'Mug', kind: 'item', costPoints: 100, valueMinor: 1_000, conditions: 'One mug.' };
const validPromotion = {
  name: 'Double points',
  startsAt: '2030-01-01T00:00:00Z',
  endsAt: '2030-02-01T00:00:00Z',
  conditions: 'Double points in January 2030.',
  effect: { kind: 'earnMultiplier', multiplier: 2 },
  scope: {},
};
const validGame = {
  name: 'Wheel',
  kind: 'wheel',
  conditions: 'One spin costs 10 points.',
  costPoints: 10,
  prizes: [{ prizeId: 'ten', name: '10 points', points: 10, count: 2 }],
  blanks: 8,
  startsAt: '2030-01-01T00:00:00Z',
  endsAt: '2030-02-01T00:00:00Z',
};
/** An open game the seed publishes, for refusals that need one. */
const OPEN_GAME = 'open-wheel';
const withPrize = (prize: Record<string, unknown>) => ({
  ...validGame,
  prizes: [{ prizeId: 'p', name: 'Prize', count: 1, ...prize }],
});
const validEarn = { memberId: 'alice', amountMinor: 1_000, reference: 'receipt-1' };
const validAdjustment = { memberId: 'alice', points: 10, reason: 'goodwill' };
const validTask = { name: 'Quiz', conditions: 'Answer all.', points: 10, limit: { count: 1, per: 'day' } };
const validBadge = { name: 'Quizzer', conditions: 'One quiz.', taskId: 'new-task' };
/** The exchange partner the seed configures: at least 3,000 points, in steps of 1,000. */
const AIR = 'sky-air';
const validExchange = {
  currency: 'miles',
  pointsPerUnit: 3,
  minPoints: 3_000,
  incrementPoints: 1_000,
  conditions: 'Miles within 72 hours.',
};
const validTransfer = { memberId: 'alice', partnerId: AIR, points: 3_000, partnerAccount: 'FF-1' };
const withExchange = (exchange: Record<string, unknown>) => ({
  ...validMerchant,
  exchange: { ...validExchange, ...exchange },
});

const invalidMemberIds = (name: string): Case[] => [
  { title: `${name} with a space`, params: { [name]: 'a b' }, expect: [400, 'validation_failed', [name]] },
  { title: `${name} of 129 characters`, params: { [name]: long(129) }, expect: [400, 'validation_failed', [name]] },
  { title: `${name} starting with -`, params: { [name]: '-abc' }, expect: [400, 'validation_failed', [name]] },
  { title: `${name} with a slash`, params: { [name]: 'a/b' }, expect: [400, 'validation_failed', [name]] },
];

const badListQueries: Case[] = [
  { title: 'limit 0', query: 'limit=0', expect: [400, 'validation_failed', ['limit']] },
  { title: 'limit 101', query: 'limit=101', expect: [400, 'validation_failed', ['limit']] },
  { title: 'limit 1.5', query: 'limit=1.5', expect: [400, 'validation_failed', ['limit']] },
  { title: 'limit -1', query: 'limit=-1', expect: [400, 'validation_failed', ['limit']] },
  { title: 'limit abc', query: 'limit=abc', expect: [400, 'validation_failed', ['limit']] },
  { title: 'limit empty', query: 'limit=', expect: [400, 'validation_failed', ['limit']] },
  { title: 'a cursor no list issued', query: 'cursor=not-a-cursor', expect: [400, 'validation_failed', ['cursor']] },
  { title: 'an over-long cursor', query: `cursor=${long(2049)}`, expect: [400, 'validation_failed', ['cursor']] },
  { title: 'an unknown query parameter', query: 'sort=desc', expect: [400, 'validation_failed', ['sort']] },
];

/**
 * Bad input per handler of the route table, beyond the checks every route gets
 * (auth, method, JSON, size, Idempotency-Key). Keyed by handler name: a route
 * added to the table without an entry here fails the coverage test.
 */
const GOOD_WINDOW = 'from=2027-07-01T00:00:00Z&to=2027-08-01T00:00:00Z';

/** A statement's period: both ends required, ISO 8601 with offset, from before to, at most 366 days. [title, query, field named] */
const badStatementWindows: Case[] = (
  [
    ['no window', '', 'to'],
    ['no from', 'to=2027-08-01T00:00:00Z', 'from'],
    ['from not a time', 'from=July&to=2027-08-01T00:00:00Z', 'from'],
    ['a time without offset', 'from=2027-07-01T00:00:00&to=2027-08-01T00:00:00Z', 'from'],
    ['to before from', 'from=2027-08-01T00:00:00Z&to=2027-07-01T00:00:00Z', 'to'],
    ['to equal to from', 'from=2027-08-01T00:00:00Z&to=2027-08-01T00:00:00Z', 'to'],
    ['367 days', 'from=2027-01-01T00:00:00Z&to=2028-01-03T00:00:00Z', 'to'],
    ['an unknown parameter', `${GOOD_WINDOW}&merchantId=hotel`, 'merchantId'],
  ] as const
).map(([title, query, field]) => ({ title, query, expect: [400, 'validation_failed', [field]] }));

/** A cursor holding a table key: what the configuration lists hand out, here one of `sk` in partition `pk`. */
const keyCursor = (pk: string, sk: string) =>
  Buffer.from(JSON.stringify({ pk: { S: pk }, sk: { S: sk } })).toString('base64url');

/** The operator's configuration lists: paged, and each refuses the cursors of the others. */
const badConfigListQueries = (prefix: string): Case[] => [
  ...badListQueries,
  {
    title: 'a cursor of the promotions',
    query: `cursor=${keyCursor('CONFIG', 'PROMO#summer')}`,
    expect: [400, 'validation_failed', ['cursor']],
  },
  {
    title: 'a cursor of another partition',
    query: `cursor=${keyCursor('MEMBER#alice', `${prefix}x`)}`,
    expect: [400, 'validation_failed', ['cursor']],
  },
  {
    title: 'a cursor of the bare prefix',
    query: `cursor=${keyCursor('CONFIG', prefix)}`,
    expect: [400, 'validation_failed', ['cursor']],
  },
];

const cases: Record<string, (seed: Seed) => Case[]> = {
  'get-program': () => [
    { title: 'a Basic scheme', auth: { header: 'Basic dGVzdA==' }, expect: [401, 'unauthenticated'] },
    {
      title: 'a bare key without scheme',
      auth: { header: 'test-admin-key-0123456789' },
      expect: [401, 'unauthenticated'],
    },
    { title: 'Bearer without a key', auth: { header: 'Bearer' }, expect: [401, 'unauthenticated'] },
    { title: 'Bearer with an unknown key', auth: { header: 'Bearer not-a-key' }, expect: [401, 'unauthenticated'] },
    {
      title: 'Bearer with a key and junk',
      auth: { header: 'Bearer test-admin-key-0123456789 junk' },
      expect: [401, 'unauthenticated'],
    },
    { title: 'a Token scheme', auth: { header: 'Token test-admin-key-0123456789' }, expect: [401, 'unauthenticated'] },
    {
      title: 'a merchant key with a wrong secret',
      auth: { header: 'Bearer jf_0123456789abcdef.wrong' },
      expect: [401, 'unauthenticated'],
    },
    { title: 'a truncated merchant key', auth: { header: 'Bearer jf_' }, expect: [401, 'unauthenticated'] },
    { title: 'scheme in lower case', auth: { header: 'bearer test-admin-key-0123456789' }, expect: [200] },
    { title: 'scheme in upper case', auth: { header: 'BEARER test-admin-key-0123456789' }, expect: [200] },
  ],

  'put-program': () => [
    { title: 'an empty body', rawBody: '', expect: [400, 'validation_failed', ['name', 'currency', 'disclosure']] },
    { title: 'name missing', body: { ...validProgram, name: undefined }, expect: [400, 'validation_failed', ['name']] },
    {
      title: 'memberConsent without required',
      body: { ...validProgram, memberConsent: { abovePoints: 10 } },
      expect: [400, 'validation_failed', ['memberConsent.required']],
    },
    {
      title: 'memberConsent abovePoints negative',
      body: { ...validProgram, memberConsent: { required: true, abovePoints: -1 } },
      expect: [400, 'validation_failed', ['memberConsent.abovePoints']],
    },
    { title: 'name a number', body: { ...validProgram, name: 5 }, expect: [400, 'validation_failed', ['name']] },
    { title: 'name blank', body: { ...validProgram, name: '   ' }, expect: [400, 'validation_failed', ['name']] },
    {
      title: 'name of 201 characters',
      body: { ...validProgram, name: long(201) },
      expect: [400, 'validation_failed', ['name']],
    },
    {
      title: 'currency in lower case',
      body: { ...validProgram, currency: 'cny' },
      expect: [400, 'validation_failed', ['currency']],
    },
    {
      title: 'paymentPointsPerUnit negative',
      body: { ...validProgram, paymentPointsPerUnit: -60 },
      expect: [400, 'validation_failed', ['paymentPointsPerUnit']],
    },
    {
      title: 'paymentPointsPerUnit fractional',
      body: { ...validProgram, paymentPointsPerUnit: 1.5 },
      expect: [400, 'validation_failed', ['paymentPointsPerUnit']],
    },
    {
      title: 'paymentPointsPerUnit huge',
      body: { ...validProgram, paymentPointsPerUnit: 1e15 },
      expect: [400, 'validation_failed', ['paymentPointsPerUnit']],
    },
    {
      title: 'paymentPointsPerUnit a string',
      body: { ...validProgram, paymentPointsPerUnit: '60' },
      expect: [400, 'validation_failed', ['paymentPointsPerUnit']],
    },
    {
      title: 'expiryMonths missing',
      body: { ...validProgram, expiryMonths: undefined },
      expect: [400, 'validation_failed', ['expiryMonths']],
    },
    {
      title: 'expiryMonths 0',
      body: { ...validProgram, expiryMonths: 0 },
      expect: [400, 'validation_failed', ['expiryMonths']],
    },
    {
      title: 'tierWindowMonths fractional',
      body: { ...validProgram, tierWindowMonths: 6.5 },
      expect: [400, 'validation_failed', ['tierWindowMonths']],
    },
    {
      title: 'disclosure a string',
      body: { ...validProgram, disclosure: 'text' },
      expect: [400, 'validation_failed', ['disclosure']],
    },
    {
      title: 'disclosure in an unknown language',
      body: { ...validProgram, disclosure: { fr: 'texte' } },
      expect: [400, 'validation_failed', ['fr']],
    },
    {
      title: 'disclosure.en over 10,000 characters',
      body: { ...validProgram, disclosure: { en: long(10_001) } },
      expect: [400, 'validation_failed', ['disclosure.en']],
    },
    {
      title: 'creditPerks.earnMultiplier below 1',
      body: { ...validProgram, creditPerks: { earnMultiplier: 0.5, redemptionDiscountPercent: 0 } },
      expect: [400, 'validation_failed', ['creditPerks.earnMultiplier']],
    },
    {
      title: 'creditPerks.redemptionDiscountPercent 91',
      body: { ...validProgram, creditPerks: { earnMultiplier: 1, redemptionDiscountPercent: 91 } },
      expect: [400, 'validation_failed', ['creditPerks.redemptionDiscountPercent']],
    },
    {
      title: 'an unknown field',
      body: { ...validProgram, logo: 'x.png' },
      expect: [400, 'validation_failed', ['logo']],
    },
    {
      title: 'birthdayBonus without conditions',
      body: { ...validProgram, birthdayBonus: { points: 500 } },
      expect: [400, 'disclosure_required'],
    },
    {
      title: 'birthdayBonus with blank conditions',
      body: { ...validProgram, birthdayBonus: { points: 500, conditions: '  ' } },
      expect: [400, 'disclosure_required'],
    },
    {
      title: 'birthdayBonus points 0',
      body: { ...validProgram, birthdayBonus: { points: 0, conditions: 'yearly' } },
      expect: [400, 'validation_failed', ['birthdayBonus.points']],
    },
    {
      title: 'birthdayBonus points fractional',
      body: { ...validProgram, birthdayBonus: { points: 1.5, conditions: 'yearly' } },
      expect: [400, 'validation_failed', ['birthdayBonus.points']],
    },
    {
      title: 'birthdayBonus points huge',
      body: { ...validProgram, birthdayBonus: { points: 1_000_000_001, conditions: 'yearly' } },
      expect: [400, 'validation_failed', ['birthdayBonus.points']],
    },
    {
      title: 'birthdayBonus with an unknown field',
      body: { ...validProgram, birthdayBonus: { points: 5, conditions: 'yearly', every: 'year' } },
      expect: [400, 'validation_failed', ['every']],
    },
    ...[91, -1, 1.5, '14', null].map((noticeDays) => ({
      title: `noticeDays ${JSON.stringify(noticeDays)}`,
      body: { ...validProgram, noticeDays },
      expect: [400, 'validation_failed', ['noticeDays']] as Case['expect'],
    })),
    {
      title: 'upcoming changes sent back (they are answered, never written)',
      body: {
        ...validProgram,
        upcoming: [{ effectiveAt: '2027-07-01T00:00:00Z', path: 'program.expiryMonths', from: 24, to: 12 }],
      },
      expect: [400, 'validation_failed', ['upcoming']],
    },
  ],

  'put-tiers': () => [
    { title: 'tiers missing', body: {}, expect: [400, 'validation_failed', ['tiers']] },
    { title: 'tiers empty', body: { tiers: [] }, expect: [400, 'validation_failed', ['tiers']] },
    { title: 'tiers an object', body: { tiers: { basic: {} } }, expect: [400, 'validation_failed', ['tiers']] },
    {
      title: 'eleven tiers',
      body: {
        tiers: Array.from({ length: 11 }, (_, i) => ({
          id: `t${i}`,
          name: `T${i}`,
          qualification: i ? { points: i } : {},
        })),
      },
      expect: [400, 'validation_failed', ['tiers']],
    },
    {
      title: 'a tier id in upper case',
      body: { tiers: [{ id: 'Basic', name: 'Basic', qualification: {} }] },
      expect: [400, 'validation_failed', ['tiers.0.id']],
    },
    {
      title: 'a tier name missing',
      body: { tiers: [{ id: 'basic', qualification: {} }] },
      expect: [400, 'validation_failed', ['tiers.0.name']],
    },
    {
      title: 'a negative nights threshold',
      body: {
        tiers: [
          { id: 'basic', name: 'B', qualification: {} },
          { id: 'silver', name: 'S', qualification: { nights: -1 } },
        ],
      },
      expect: [400, 'validation_failed', ['tiers.1.qualification.nights']],
    },
    {
      title: 'a fractional spend threshold',
      body: {
        tiers: [
          { id: 'basic', name: 'B', qualification: {} },
          { id: 'silver', name: 'S', qualification: { spendMinor: 10.5 } },
        ],
      },
      expect: [400, 'validation_failed', ['tiers.1.qualification.spendMinor']],
    },
    {
      title: 'an unknown threshold',
      body: {
        tiers: [
          { id: 'basic', name: 'B', qualification: {} },
          { id: 'silver', name: 'S', qualification: { visits: 3 } },
        ],
      },
      expect: [400, 'validation_failed', ['visits']],
    },
    {
      title: 'a lowest tier with a threshold',
      body: { tiers: [{ id: 'basic', name: 'B', qualification: { nights: 1 } }] },
      expect: [400, 'validation_failed', ['tiers.0.qualification']],
    },
    {
      title: 'a higher tier without a threshold',
      body: {
        tiers: [
          { id: 'basic', name: 'B', qualification: {} },
          { id: 'silver', name: 'S', qualification: {} },
        ],
      },
      expect: [400, 'validation_failed', ['tiers.1.qualification']],
    },
    {
      title: 'a duplicate tier id',
      body: {
        tiers: [
          { id: 'basic', name: 'B', qualification: {} },
          { id: 'basic', name: 'B2', qualification: { nights: 1 } },
        ],
      },
      expect: [400, 'validation_failed', ['tiers.1.id']],
    },
  ],

  'put-merchant': () => [
    ...invalidMemberIds('merchantId').map((c) => ({ ...c, body: validMerchant })),
    ...['admin', 'system', 'program', 'operator', 'Admin'].map(
      (merchantId): Case => ({
        title: `the reserved merchantId ${merchantId}`,
        params: { merchantId },
        body: validMerchant,
        expect: [400, 'validation_failed', ['merchantId']],
      }),
    ),
    {
      title: 'name missing',
      body: { ...validMerchant, name: undefined },
      expect: [400, 'validation_failed', ['name']],
    },
    {
      title: 'category in upper case',
      body: { ...validMerchant, category: 'Fuel' },
      expect: [400, 'validation_failed', ['category']],
    },
    {
      title: 'category of 41 characters',
      body: { ...validMerchant, category: `a${long(40)}` },
      expect: [400, 'validation_failed', ['category']],
    },
    {
      title: 'green a string',
      body: { ...validMerchant, green: 'yes' },
      expect: [400, 'validation_failed', ['green']],
    },
    {
      title: 'earnRules missing',
      body: { ...validMerchant, earnRules: undefined },
      expect: [400, 'validation_failed', ['earnRules']],
    },
    {
      title: 'an unknown rule kind',
      body: { ...validMerchant, earnRules: [{ kind: 'visit', points: 1 }] },
      expect: [400, 'validation_failed', ['earnRules.0.kind']],
    },
    {
      title: 'a spend rule of 0 points',
      body: { ...validMerchant, earnRules: [{ kind: 'spend', points: 0, perMinor: 100 }] },
      expect: [400, 'validation_failed', ['earnRules.0.points']],
    },
    {
      title: 'a fractional perMinor',
      body: { ...validMerchant, earnRules: [{ kind: 'spend', points: 1, perMinor: 0.5 }] },
      expect: [400, 'validation_failed', ['earnRules.0.perMinor']],
    },
    {
      title: 'a tier multiplier below 1',
      body: {
        ...validMerchant,
        earnRules: [{ kind: 'spend', points: 1, perMinor: 100, tierMultipliers: { gold: 0.5 } }],
      },
      expect: [400, 'validation_failed', ['earnRules.0.tierMultipliers.gold']],
    },
    {
      title: 'a night rule without tiers',
      body: { ...validMerchant, earnRules: [{ kind: 'night', pointsByTier: {} }] },
      expect: [400, 'validation_failed', ['earnRules.0.pointsByTier']],
    },
    {
      title: 'an exchange without conditions',
      body: withExchange({ conditions: undefined }),
      expect: [400, 'disclosure_required'],
    },
    {
      title: 'an exchange with blank conditions',
      body: withExchange({ conditions: '  ' }),
      expect: [400, 'disclosure_required'],
    },
    {
      title: 'an exchange of 0 pointsPerUnit',
      body: withExchange({ pointsPerUnit: 0 }),
      expect: [400, 'validation_failed', ['exchange.pointsPerUnit']],
    },
    {
      title: 'an exchange of fractional minPoints',
      body: withExchange({ minPoints: 2.5 }),
      expect: [400, 'validation_failed', ['exchange.minPoints']],
    },
    {
      title: 'an exchange of 0 incrementPoints',
      body: withExchange({ incrementPoints: 0 }),
      expect: [400, 'validation_failed', ['exchange.incrementPoints']],
    },
    {
      title: 'an exchange confirmed within 0 hours',
      body: withExchange({ confirmWithinHours: 0 }),
      expect: [400, 'validation_failed', ['exchange.confirmWithinHours']],
    },
    {
      title: 'an exchange bonus of 0 units',
      body: withExchange({ bonus: { everyPoints: 60_000, units: 0 } }),
      expect: [400, 'validation_failed', ['exchange.bonus.units']],
    },
    {
      title: 'an exchange bonus without everyPoints',
      body: withExchange({ bonus: { units: 5 } }),
      expect: [400, 'validation_failed', ['exchange.bonus.everyPoints']],
    },
    {
      title: 'an exchange without currency',
      body: withExchange({ currency: undefined }),
      expect: [400, 'validation_failed', ['exchange.currency']],
    },
    {
      title: 'an exchange with an unknown field',
      body: withExchange({ rate: 3 }),
      expect: [400, 'validation_failed', ['rate']],
    },
    {
      title: 'a negative night rate',
      body: { ...validMerchant, earnRules: [{ kind: 'night', pointsByTier: { basic: -1 } }] },
      expect: [400, 'validation_failed', ['earnRules.0.pointsByTier.basic']],
    },
    {
      title: 'an unknown rule field',
      body: { ...validMerchant, earnRules: [{ kind: 'spend', points: 1, perMinor: 100, cap: 5 }] },
      expect: [400, 'validation_failed', ['cap']],
    },
    {
      title: 'rules crediting two balances',
      body: {
        ...validMerchant,
        earnRules: [
          { kind: 'spend', points: 1, perMinor: 100 },
          { kind: 'spend', points: 1, perMinor: 100, balance: 'green' },
        ],
      },
      expect: [400, 'validation_failed', ['earnRules']],
    },
    {
      title: 'eleven rules',
      body: {
        ...validMerchant,
        earnRules: Array.from({ length: 11 }, () => ({ kind: 'spend', points: 1, perMinor: 100 })),
      },
      expect: [400, 'validation_failed', ['earnRules']],
    },
    {
      title: 'an unknown field',
      body: { ...validMerchant, address: 'Main St' },
      expect: [400, 'validation_failed', ['address']],
    },
    {
      title: 'holdDays of 91',
      body: { ...validMerchant, holdDays: 91 },
      expect: [400, 'validation_failed', ['holdDays']],
    },
    {
      title: 'holdDays negative',
      body: { ...validMerchant, holdDays: -1 },
      expect: [400, 'validation_failed', ['holdDays']],
    },
    {
      title: 'holdDays fractional',
      body: { ...validMerchant, holdDays: 1.5 },
      expect: [400, 'validation_failed', ['holdDays']],
    },
    {
      title: 'holdDays a string',
      body: { ...validMerchant, holdDays: '14' },
      expect: [400, 'validation_failed', ['holdDays']],
    },
  ],

  'create-merchant-key': () => [
    ...invalidMemberIds('merchantId'),
    { title: 'an unknown merchant', params: { merchantId: 'no-such-merchant' }, expect: [404, 'merchant_not_found'] },
    ...(
      [
        ['expiresAt not a time', 'next year', 'expiresAt'],
        ['expiresAt without offset', '2030-01-01T00:00:00', 'expiresAt'],
        ['expiresAt a number', 1_900_000_000, 'expiresAt'],
        ['expiresAt in the past', '2020-01-01T00:00:00Z', 'expiresAt'],
        ['expiresAt now', iso(now()), 'expiresAt'],
        ['expiresAt a day past 2 years', iso(now() + 732 * DAY), 'expiresAt'],
        ['expiresAt null', null, 'expiresAt'],
      ] as const
    ).map(
      ([title, expiresAt, field]): Case => ({
        title,
        params: { merchantId: 'fruit-shop' },
        body: { expiresAt },
        expect: [400, 'validation_failed', [field]],
      }),
    ),
    {
      title: 'an unknown field',
      params: { merchantId: 'fruit-shop' },
      body: { name: 'till 3' },
      expect: [400, 'validation_failed', ['name']],
    },
  ],

  'get-problem': () => [
    { title: 'a code the catalogue lacks', params: { code: 'no_such_code' }, expect: [404, 'not_found'] },
    { title: 'a code in upper case', params: { code: 'NOT_FOUND' }, expect: [404, 'not_found'] },
    { title: 'a key it does not need', auth: 'admin', expect: [200] },
  ],

  'list-merchant-keys': () => [
    ...invalidMemberIds('merchantId'),
    { title: 'an unknown merchant', params: { merchantId: 'no-such-merchant' }, expect: [404, 'merchant_not_found'] },
    ...badListQueries.map((c) => ({ ...c, params: { merchantId: 'fruit-shop' } })),
    {
      title: "a cursor of another merchant's keys",
      params: { merchantId: 'fruit-shop' },
      query: `cursor=${Buffer.from(JSON.stringify({ pk: { S: 'KEY#0123456789abcdef' }, sk: { S: 'KEY' }, g3pk: { S: 'KEYS#lakeside-hotel' }, g3sk: { S: '2027-01-01T00:00:00.000Z#0123456789abcdef#-' } })).toString('base64url')}`,
      expect: [400, 'validation_failed', ['cursor']],
    },
  ],

  'revoke-key': () => [
    {
      title: 'a key id that is not hex',
      params: { keyId: 'zzzzzzzzzzzzzzzz' },
      expect: [400, 'validation_failed', ['keyId']],
    },
    {
      title: 'a key id of 17 characters',
      params: { keyId: '0123456789abcdef0' },
      expect: [400, 'validation_failed', ['keyId']],
    },
    {
      title: 'a key id in upper case',
      params: { keyId: '0123456789ABCDEF' },
      expect: [400, 'validation_failed', ['keyId']],
    },
    { title: 'an unknown key', params: { keyId: 'fedcba9876543210' }, expect: [404, 'not_found'] },
  ],

  'put-reward': () => [
    ...invalidMemberIds('rewardId').map((c) => ({ ...c, body: validReward })),
    {
      title: 'conditions missing',
      body: { ...validReward, conditions: undefined },
      expect: [400, 'disclosure_required'],
    },
    { title: 'conditions empty', body: { ...validReward, conditions: '' }, expect: [400, 'disclosure_required'] },
    { title: 'conditions blank', body: { ...validReward, conditions: '  \n ' }, expect: [400, 'disclosure_required'] },
    {
      title: 'upcoming changes sent back (they are answered, never written)',
      body: {
        ...validReward,
        upcoming: [{ effectiveAt: '2027-07-01T00:00:00Z', path: 'rewards.new-reward.costPoints', from: 1, to: 2 }],
      },
      expect: [400, 'validation_failed', ['upcoming']],
    },
    {
      title: 'conditions over 4,000 characters',
      body: { ...validReward, conditions: long(4_001) },
      expect: [400, 'validation_failed', ['conditions']],
    },
    {
      title: 'conditions a number',
      body: { ...validReward, conditions: 42 },
      expect: [400, 'validation_failed', ['conditions']],
    },
    { title: 'name missing', body: { ...validReward, name: undefined }, expect: [400, 'validation_failed', ['name']] },
    { title: 'an unknown kind', body: { ...validReward, kind: 'car' }, expect: [400, 'validation_failed', ['kind']] },
    {
      title: 'costPoints 0',
      body: { ...validReward, costPoints: 0 },
      expect: [400, 'validation_failed', ['costPoints']],
    },
    {
      title: 'costPoints negative',
      body: { ...validReward, costPoints: -100 },
      expect: [400, 'validation_failed', ['costPoints']],
    },
    {
      title: 'costPoints fractional',
      body: { ...validReward, costPoints: 99.5 },
      expect: [400, 'validation_failed', ['costPoints']],
    },
    {
      title: 'costPoints huge',
      body: { ...validReward, costPoints: 1e12 },
      expect: [400, 'validation_failed', ['costPoints']],
    },
    {
      title: 'costPoints a string',
      body: { ...validReward, costPoints: '100' },
      expect: [400, 'validation_failed', ['costPoints']],
    },
    {
      title: 'valueMinor negative',
      body: { ...validReward, valueMinor: -1 },
      expect: [400, 'validation_failed', ['valueMinor']],
    },
    {
      title: 'an unknown balance',
      body: { ...validReward, balance: 'gold' },
      expect: [400, 'validation_failed', ['balance']],
    },
    { title: 'stock negative', body: { ...validReward, stock: -1 }, expect: [400, 'validation_failed', ['stock']] },
    { title: 'stock fractional', body: { ...validReward, stock: 2.5 }, expect: [400, 'validation_failed', ['stock']] },
    {
      title: 'an invalid merchantId',
      body: { ...validReward, merchantId: 'a b' },
      expect: [400, 'validation_failed', ['merchantId']],
    },
    {
      title: 'creditOnly a string',
      body: { ...validReward, creditOnly: 'true' },
      expect: [400, 'validation_failed', ['creditOnly']],
    },
    {
      title: 'priorityWindowHours 721',
      body: { ...validReward, priorityWindowHours: 721 },
      expect: [400, 'validation_failed', ['priorityWindowHours']],
    },
    {
      title: 'an unknown field',
      body: { ...validReward, colour: 'red' },
      expect: [400, 'validation_failed', ['colour']],
    },
  ],

  'put-promotion': () => [
    ...invalidMemberIds('promotionId').map((c) => ({ ...c, body: validPromotion })),
    {
      title: 'conditions missing',
      body: { ...validPromotion, conditions: undefined },
      expect: [400, 'disclosure_required'],
    },
    { title: 'conditions empty', body: { ...validPromotion, conditions: '' }, expect: [400, 'disclosure_required'] },
    { title: 'conditions blank', body: { ...validPromotion, conditions: '\t ' }, expect: [400, 'disclosure_required'] },
    {
      title: 'endsAt equal to startsAt',
      body: { ...validPromotion, endsAt: validPromotion.startsAt },
      expect: [400, 'validation_failed', ['endsAt']],
    },
    {
      title: 'endsAt before startsAt',
      body: { ...validPromotion, endsAt: '2029-12-31T23:59:59Z' },
      expect: [400, 'validation_failed', ['endsAt']],
    },
    {
      title: 'endsAt equal in another offset',
      body: { ...validPromotion, endsAt: '2030-01-01T08:00:00+08:00' },
      expect: [400, 'validation_failed', ['endsAt']],
    },
    {
      title: 'startsAt not a time',
      body: { ...validPromotion, startsAt: 'tomorrow' },
      expect: [400, 'validation_failed', ['startsAt']],
    },
    {
      title: 'startsAt without offset',
      body: { ...validPromotion, startsAt: '2030-01-01T00:00:00' },
      expect: [400, 'validation_failed', ['startsAt']],
    },
    {
      title: 'endsAt a number',
      body: { ...validPromotion, endsAt: 1893456000 },
      expect: [400, 'validation_failed', ['endsAt']],
    },
    {
      title: 'effect missing',
      body: { ...validPromotion, effect: undefined },
      expect: [400, 'validation_failed', ['effect']],
    },
    {
      title: 'an unknown effect',
      body: { ...validPromotion, effect: { kind: 'freeShipping' } },
      expect: [400, 'validation_failed', ['effect.kind']],
    },
    {
      title: 'a multiplier below 1',
      body: { ...validPromotion, effect: { kind: 'earnMultiplier', multiplier: 0.5 } },
      expect: [400, 'validation_failed', ['effect.multiplier']],
    },
    {
      title: 'a multiplier over 10',
      body: { ...validPromotion, effect: { kind: 'earnMultiplier', multiplier: 11 } },
      expect: [400, 'validation_failed', ['effect.multiplier']],
    },
    {
      title: 'a negative reward price',
      body: { ...validPromotion, effect: { kind: 'rewardPrice', costPoints: -1 } },
      expect: [400, 'validation_failed', ['effect.costPoints']],
    },
    {
      title: 'fractional bonus points',
      body: { ...validPromotion, effect: { kind: 'bonusPoints', points: 2.5 } },
      expect: [400, 'validation_failed', ['effect.points']],
    },
    {
      title: 'an unknown scope field',
      body: { ...validPromotion, scope: { stores: ['a'] } },
      expect: [400, 'validation_failed', ['stores']],
    },
    {
      title: 'a scope tier in upper case',
      body: { ...validPromotion, scope: { tiers: ['Gold'] } },
      expect: [400, 'validation_failed', ['scope.tiers.0']],
    },
    {
      title: 'an unknown credit standing',
      body: { ...validPromotion, scope: { creditStandings: ['excellent'] } },
      expect: [400, 'validation_failed', ['scope.creditStandings.0']],
    },
    {
      title: 'an unknown field',
      body: { ...validPromotion, banner: 'x' },
      expect: [400, 'validation_failed', ['banner']],
    },
  ],

  'list-promotions': () => badListQueries,

  'list-merchants': () => badConfigListQueries('MERCHANT#'),
  'get-merchant': () => [
    ...invalidMemberIds('merchantId'),
    { title: 'an unknown merchant', expect: [404, 'merchant_not_found'] },
    {
      title: "another merchant's key",
      auth: 'hotel',
      params: { merchantId: 'fruit-shop' },
      expect: [403, 'forbidden'],
    },
  ],
  'get-tiers': () => [{ title: "another merchant's key", auth: 'hotel', expect: [403, 'forbidden'] }],
  'list-admin-rewards': () => badConfigListQueries('REWARD#'),
  'list-tasks': () => badConfigListQueries('TASK#'),
  'list-badges': () => [
    ...badConfigListQueries('BADGE#'),
    {
      title: 'a cursor of the badge sets',
      query: `cursor=${keyCursor('CONFIG', 'BADGESET#eco')}`,
      expect: [400, 'validation_failed', ['cursor']],
    },
  ],
  'list-badge-sets': () => badConfigListQueries('BADGESET#'),
  'list-games': () => badConfigListQueries('GAME#'),

  'set-credit-standing': () => [
    ...invalidMemberIds('memberId').map((c) => ({ ...c, body: { standing: 'good' } })),
    { title: 'standing missing', body: {}, expect: [400, 'validation_failed', ['standing']] },
    { title: 'an unknown standing', body: { standing: 'excellent' }, expect: [400, 'validation_failed', ['standing']] },
    { title: 'standing a number', body: { standing: 1 }, expect: [400, 'validation_failed', ['standing']] },
    {
      title: 'an unknown field',
      body: { standing: 'good', score: 700 },
      expect: [400, 'validation_failed', ['score']],
    },
    {
      title: 'an unknown member',
      params: { memberId: 'newbie' },
      body: { standing: 'good' },
      expect: [404, 'member_not_found'],
    },
  ],

  'freeze-member': () => [
    ...invalidMemberIds('memberId').map((c) => ({ ...c, body: { reason: 'fraud' } })),
    { title: 'reason missing', body: {}, expect: [400, 'validation_failed', ['reason']] },
    { title: 'reason blank', body: { reason: '  ' }, expect: [400, 'validation_failed', ['reason']] },
    { title: 'reason of 501 characters', body: { reason: long(501) }, expect: [400, 'validation_failed', ['reason']] },
    { title: 'reason a list', body: { reason: ['fraud'] }, expect: [400, 'validation_failed', ['reason']] },
    {
      title: 'an unknown field',
      body: { reason: 'fraud', until: '2030-01-01T00:00:00Z' },
      expect: [400, 'validation_failed', ['until']],
    },
    {
      title: 'an unknown member',
      params: { memberId: 'newbie' },
      body: { reason: 'fraud' },
      expect: [404, 'member_not_found'],
    },
  ],

  'set-birthday': () => [
    ...invalidMemberIds('memberId').map((c) => ({ ...c, body: { month: 6, day: 10 } })),
    { title: 'month missing', body: { day: 10 }, expect: [400, 'validation_failed', ['month']] },
    { title: 'day missing', body: { month: 6 }, expect: [400, 'validation_failed', ['day']] },
    { title: 'month 13', body: { month: 13, day: 10 }, expect: [400, 'validation_failed', ['month']] },
    { title: 'month 0', body: { month: 0, day: 10 }, expect: [400, 'validation_failed', ['month']] },
    { title: 'day 32', body: { month: 1, day: 32 }, expect: [400, 'validation_failed', ['day']] },
    { title: 'day fractional', body: { month: 1, day: 1.5 }, expect: [400, 'validation_failed', ['day']] },
    { title: 'day a string', body: { month: 1, day: '10' }, expect: [400, 'validation_failed', ['day']] },
    { title: '31 April', body: { month: 4, day: 31 }, expect: [400, 'validation_failed', ['day']] },
    { title: '30 February', body: { month: 2, day: 30 }, expect: [400, 'validation_failed', ['day']] },
    { title: 'a year given', body: { month: 6, day: 10, year: 1990 }, expect: [400, 'validation_failed', ['year']] },
    {
      title: 'an unknown member',
      params: { memberId: 'newbie' },
      body: { month: 6, day: 10 },
      expect: [404, 'member_not_found'],
    },
  ],

  'issue-spend-code': () => [
    ...invalidMemberIds('memberId'),
    { title: 'an unknown member', params: { memberId: 'newbie' }, expect: [404, 'member_not_found'] },
  ],

  'unfreeze-member': () => [
    ...invalidMemberIds('memberId').map((c) => ({ ...c, body: { reason: 'cleared' } })),
    { title: 'reason missing', body: {}, expect: [400, 'validation_failed', ['reason']] },
    { title: 'reason a number', body: { reason: 1 }, expect: [400, 'validation_failed', ['reason']] },
    {
      title: 'an unknown field',
      body: { reason: 'cleared', force: true },
      expect: [400, 'validation_failed', ['force']],
    },
    {
      title: 'an unknown member',
      params: { memberId: 'newbie' },
      body: { reason: 'cleared' },
      expect: [404, 'member_not_found'],
    },
  ],

  'adjust-points': () => [
    {
      title: 'memberId missing',
      body: { ...validAdjustment, memberId: undefined },
      expect: [400, 'validation_failed', ['memberId']],
    },
    {
      title: 'memberId invalid',
      body: { ...validAdjustment, memberId: 'a b' },
      expect: [400, 'validation_failed', ['memberId']],
    },
    { title: 'points 0', body: { ...validAdjustment, points: 0 }, expect: [400, 'validation_failed', ['points']] },
    {
      title: 'points fractional',
      body: { ...validAdjustment, points: 1.5 },
      expect: [400, 'validation_failed', ['points']],
    },
    {
      title: 'points huge',
      body: { ...validAdjustment, points: 1_000_000_001 },
      expect: [400, 'validation_failed', ['points']],
    },
    {
      title: 'points hugely negative',
      body: { ...validAdjustment, points: -1_000_000_001 },
      expect: [400, 'validation_failed', ['points']],
    },
    {
      title: 'points beyond a double',
      rawBody: '{"memberId":"alice","points":1e400,"reason":"x"}',
      expect: [400, 'validation_failed', ['points']],
    },
    {
      title: 'points a string',
      body: { ...validAdjustment, points: '10' },
      expect: [400, 'validation_failed', ['points']],
    },
    {
      title: 'an unknown balance',
      body: { ...validAdjustment, balance: 'gold' },
      expect: [400, 'validation_failed', ['balance']],
    },
    {
      title: 'reason missing',
      body: { ...validAdjustment, reason: undefined },
      expect: [400, 'validation_failed', ['reason']],
    },
    {
      title: 'reason of 501 characters',
      body: { ...validAdjustment, reason: long(501) },
      expect: [400, 'validation_failed', ['reason']],
    },
    {
      title: 'an unknown field',
      body: { ...validAdjustment, merchantId: 'fruit-shop' },
      expect: [400, 'validation_failed', ['merchantId']],
    },
    { title: 'an unknown member', body: { ...validAdjustment, memberId: 'newbie' }, expect: [404, 'member_not_found'] },
    {
      title: 'a debit beyond the balance',
      body: { ...validAdjustment, points: -1_000_000 },
      expect: [409, 'insufficient_points'],
    },
  ],

  'run-job': () => [
    { title: 'an unknown job', params: { job: 'payroll' }, body: {}, expect: [400, 'validation_failed', ['job']] },
    {
      title: 'a job name in upper case',
      params: { job: 'Tiers' },
      body: {},
      expect: [400, 'validation_failed', ['job']],
    },
    { title: 'asOf not a time', body: { asOf: 'yesterday' }, expect: [400, 'validation_failed', ['asOf']] },
    { title: 'asOf a number', body: { asOf: 1893456000 }, expect: [400, 'validation_failed', ['asOf']] },
    { title: 'an unknown field', body: { dryRun: true }, expect: [400, 'validation_failed', ['dryRun']] },
  ],

  'list-flags': () => [
    ...badListQueries,
    { title: 'an unknown status', query: 'status=closed', expect: [400, 'validation_failed', ['status']] },
    { title: 'status in upper case', query: 'status=OPEN', expect: [400, 'validation_failed', ['status']] },
    { title: 'memberId invalid', query: 'memberId=a%20b', expect: [400, 'validation_failed', ['memberId']] },
    {
      title: 'memberId of 129 characters',
      query: `memberId=${long(129)}`,
      expect: [400, 'validation_failed', ['memberId']],
    },
  ],

  'put-webhook': () => {
    const good = { url: 'https://partner.example/hooks', events: ['points.earned'] };
    const badUrl = (title: string, url: string): Case => ({
      title,
      body: { ...good, url },
      expect: [400, 'validation_failed', ['url']],
    });
    return [
      ...invalidMemberIds('endpointId').map((c) => ({ ...c, body: good })),
      { title: 'url missing', body: { events: good.events }, expect: [400, 'validation_failed', ['url']] },
      badUrl('url not a URL', 'partner.example/hooks'),
      badUrl('url of plain http to a public host', 'http://partner.example/hooks'),
      badUrl('url of another scheme', 'ftp://partner.example/hooks'),
      badUrl('url with a user name and password', 'https://user:secret@partner.example/hooks'),
      badUrl('url of a private address', 'https://10.1.2.3/hooks'),
      badUrl('url of the metadata address', 'https://169.254.169.254/latest/meta-data'),
      badUrl('url of an IPv6 unique local address', 'https://[fd00:ec2::254]/hooks'),
      badUrl('url of an internal name', 'https://metadata.google.internal/hooks'),
      badUrl('url of 2,049 characters', `https://partner.example/${long(2_025)}`),
      { title: 'events missing', body: { url: good.url }, expect: [400, 'validation_failed', ['events']] },
      { title: 'events empty', body: { ...good, events: [] }, expect: [400, 'validation_failed', ['events']] },
      {
        title: 'an unknown event type',
        body: { ...good, events: ['points.stolen'] },
        expect: [400, 'validation_failed', ['events.0']],
      },
      {
        title: 'active not a boolean',
        body: { ...good, active: 'yes' },
        expect: [400, 'validation_failed', ['active']],
      },
      {
        title: 'a secret given',
        body: { ...good, secret: 'whsec_AAAA' },
        expect: [400, 'validation_failed', ['secret']],
      },
      {
        title: 'merchantId invalid',
        body: { ...good, merchantId: 'a b' },
        expect: [400, 'validation_failed', ['merchantId']],
      },
      { title: 'an unknown merchant', body: { ...good, merchantId: 'nobody' }, expect: [404, 'merchant_not_found'] },
    ];
  },

  'rotate-webhook-secret': () => [
    ...invalidMemberIds('endpointId'),
    { title: 'a body with fields', body: { secret: 'whsec_AAAA' }, expect: [400, 'validation_failed', ['secret']] },
    { title: 'an unknown endpoint', expect: [404, 'webhook_not_found'] },
  ],

  'list-webhook-deliveries': () => [
    ...badListQueries,
    { title: 'an unknown status', query: 'status=lost', expect: [400, 'validation_failed', ['status']] },
    { title: 'an unknown endpoint', expect: [404, 'webhook_not_found'] },
  ],

  'replay-webhook-events': () => {
    const window = { from: '2027-07-01T00:00:00Z', to: '2027-07-02T00:00:00Z' };
    return [
      ...invalidMemberIds('endpointId').map((c) => ({ ...c, body: window })),
      { title: 'from missing', body: { to: window.to }, expect: [400, 'validation_failed', ['from']] },
      { title: 'to not a time', body: { ...window, to: 'tomorrow' }, expect: [400, 'validation_failed', ['to']] },
      {
        title: 'a time without offset',
        body: { ...window, from: '2027-07-01T00:00:00' },
        expect: [400, 'validation_failed', ['from']],
      },
      {
        title: 'to before from',
        body: { from: window.to, to: window.from },
        expect: [400, 'validation_failed', ['to']],
      },
      {
        title: 'to equal to from',
        body: { from: window.from, to: window.from },
        expect: [400, 'validation_failed', ['to']],
      },
      {
        title: '32 days',
        body: { from: window.from, to: '2027-08-02T00:00:00Z' },
        expect: [400, 'validation_failed', ['to']],
      },
      {
        title: 'an unknown field',
        body: { ...window, types: ['points.earned'] },
        expect: [400, 'validation_failed', ['types']],
      },
      { title: 'an unknown endpoint', body: window, expect: [404, 'webhook_not_found'] },
    ];
  },

  'list-audit': () => [
    ...badListQueries,
    {
      title: 'a cursor of a month to come',
      query: `cursor=${Buffer.from(JSON.stringify({ month: '2099-01' })).toString('base64url')}`,
      expect: [400, 'validation_failed', ['cursor']],
    },
  ],

  'clear-flag': () => [
    {
      title: 'a flagId without a rule',
      params: { flagId: '2027-03-15.alice' },
      body: { reason: 'checked' },
      expect: [400, 'validation_failed', ['flagId']],
    },
    {
      title: 'a flagId with an unknown rule',
      params: { flagId: '2027-03-15.spendPerDay.alice' },
      body: { reason: 'checked' },
      expect: [400, 'validation_failed', ['flagId']],
    },
    {
      title: 'a flagId without a day',
      params: { flagId: 'earnsPerMemberPerDay.alice' },
      body: { reason: 'checked' },
      expect: [400, 'validation_failed', ['flagId']],
    },
    {
      title: 'a flagId with a bad member id',
      params: { flagId: '2027-03-15.earnsPerMemberPerDay.a b' },
      body: { reason: 'checked' },
      expect: [400, 'validation_failed', ['flagId']],
    },
    { title: 'reason missing', body: {}, expect: [400, 'validation_failed', ['reason']] },
    { title: 'reason blank', body: { reason: ' ' }, expect: [400, 'validation_failed', ['reason']] },
    { title: 'reason of 501 characters', body: { reason: long(501) }, expect: [400, 'validation_failed', ['reason']] },
    {
      title: 'an unknown field',
      body: { reason: 'checked', freeze: true },
      expect: [400, 'validation_failed', ['freeze']],
    },
    { title: 'an unknown flag', body: { reason: 'checked' }, expect: [404, 'flag_not_found'] },
  ],

  'enrol-member': () => [
    ...invalidMemberIds('memberId').map((c) => ({ ...c, body: {} })),
    {
      title: 'profile a string',
      params: { memberId: 'newbie' },
      body: { profile: 'x' },
      expect: [400, 'validation_failed', ['profile']],
    },
    {
      title: 'profile a list',
      params: { memberId: 'newbie' },
      body: { profile: ['x'] },
      expect: [400, 'validation_failed', ['profile']],
    },
    {
      title: 'an unknown field',
      params: { memberId: 'newbie' },
      body: { phone: '123' },
      expect: [400, 'validation_failed', ['phone']],
    },
    {
      title: 'a body that is a list',
      params: { memberId: 'newbie' },
      rawBody: '[]',
      expect: [400, 'validation_failed', ['(body)']],
    },
  ],

  'get-member': () => [
    ...invalidMemberIds('memberId'),
    { title: 'an unknown member', params: { memberId: 'newbie' }, expect: [404, 'member_not_found'] },
  ],

  'list-activity': (seed) => [
    ...invalidMemberIds('memberId'),
    ...badListQueries,
    {
      title: "another member's cursor",
      params: { memberId: 'bob' },
      query: `cursor=${seed.aliceCursor}`,
      expect: [400, 'validation_failed', ['cursor']],
    },
    { title: 'an unknown member', params: { memberId: 'newbie' }, expect: [404, 'member_not_found'] },
  ],

  earn: () => [
    { title: 'an empty object', body: {}, expect: [400, 'validation_failed', ['memberId', 'reference']] },
    {
      title: 'memberId a number',
      body: { ...validEarn, memberId: 42 },
      expect: [400, 'validation_failed', ['memberId']],
    },
    {
      title: 'memberId of 129 characters',
      body: { ...validEarn, memberId: long(129) },
      expect: [400, 'validation_failed', ['memberId']],
    },
    {
      title: 'neither amountMinor nor nights',
      body: { ...validEarn, amountMinor: undefined },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'amountMinor 0',
      body: { ...validEarn, amountMinor: 0 },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'amountMinor negative',
      body: { ...validEarn, amountMinor: -1_000 },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'amountMinor fractional',
      body: { ...validEarn, amountMinor: 999.99 },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'amountMinor over 10^10',
      body: { ...validEarn, amountMinor: 10_000_000_001 },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'amountMinor beyond safe integers',
      rawBody: '{"memberId":"alice","amountMinor":9007199254740993,"reference":"r"}',
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'amountMinor a string',
      body: { ...validEarn, amountMinor: '1000' },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'nights 0',
      body: { ...validEarn, amountMinor: undefined, nights: 0 },
      expect: [400, 'validation_failed', ['nights']],
    },
    {
      title: 'nights 366',
      body: { ...validEarn, amountMinor: undefined, nights: 366 },
      expect: [400, 'validation_failed', ['nights']],
    },
    {
      title: 'nights fractional',
      body: { ...validEarn, amountMinor: undefined, nights: 1.5 },
      expect: [400, 'validation_failed', ['nights']],
    },
    {
      title: 'reference missing',
      body: { ...validEarn, reference: undefined },
      expect: [400, 'validation_failed', ['reference']],
    },
    {
      title: 'reference blank',
      body: { ...validEarn, reference: ' ' },
      expect: [400, 'validation_failed', ['reference']],
    },
    {
      title: 'reference of 129 characters',
      body: { ...validEarn, reference: long(129) },
      expect: [400, 'validation_failed', ['reference']],
    },
    {
      title: 'currency in lower case',
      body: { ...validEarn, currency: 'cny' },
      expect: [400, 'validation_failed', ['currency']],
    },
    {
      title: "a currency not the program's",
      body: { ...validEarn, currency: 'USD' },
      expect: [400, 'validation_failed', ['currency']],
    },
    {
      title: 'occurredAt in the future',
      body: { ...validEarn, occurredAt: iso(now() + DAY) },
      expect: [400, 'validation_failed', ['occurredAt']],
    },
    {
      title: 'occurredAt 31 days back',
      body: { ...validEarn, occurredAt: iso(now() - 31 * DAY) },
      expect: [400, 'validation_failed', ['occurredAt']],
    },
    {
      title: 'occurredAt without offset',
      body: { ...validEarn, occurredAt: '2026-01-01T00:00:00' },
      expect: [400, 'validation_failed', ['occurredAt']],
    },
    {
      title: 'occurredAt not a time',
      body: { ...validEarn, occurredAt: 'last week' },
      expect: [400, 'validation_failed', ['occurredAt']],
    },
    {
      title: 'an invalid merchantId',
      body: { ...validEarn, merchantId: 'a b' },
      expect: [400, 'validation_failed', ['merchantId']],
    },
    { title: 'an unknown field', body: { ...validEarn, tip: 5 }, expect: [400, 'validation_failed', ['tip']] },
    {
      title: 'the admin key without merchantId',
      auth: 'admin',
      body: validEarn,
      expect: [400, 'validation_failed', ['merchantId']],
    },
    { title: 'an unknown member', body: { ...validEarn, memberId: 'newbie' }, expect: [404, 'member_not_found'] },
  ],

  redeem: () => [
    {
      title: 'spendCode of 7 digits',
      body: { memberId: 'alice', payment: { amountMinor: 100 }, spendCode: '1234567' },
      expect: [400, 'validation_failed', ['spendCode']],
    },
    {
      title: 'spendCode a number',
      body: { memberId: 'alice', payment: { amountMinor: 100 }, spendCode: 12345678 },
      expect: [400, 'validation_failed', ['spendCode']],
    },
    {
      title: 'neither rewardId nor payment',
      body: { memberId: 'alice' },
      expect: [400, 'validation_failed', ['rewardId']],
    },
    {
      title: 'both rewardId and payment',
      body: { memberId: 'alice', rewardId: 'voucher-50', payment: { amountMinor: 100 } },
      expect: [400, 'validation_failed', ['rewardId']],
    },
    { title: 'memberId missing', body: { rewardId: 'voucher-50' }, expect: [400, 'validation_failed', ['memberId']] },
    {
      title: 'rewardId invalid',
      body: { memberId: 'alice', rewardId: 'gift box' },
      expect: [400, 'validation_failed', ['rewardId']],
    },
    {
      title: 'rewardId a number',
      body: { memberId: 'alice', rewardId: 7 },
      expect: [400, 'validation_failed', ['rewardId']],
    },
    {
      title: 'quantity 0',
      body: { memberId: 'alice', rewardId: 'fruit-washing', quantity: 0 },
      expect: [400, 'validation_failed', ['quantity']],
    },
    {
      title: 'quantity negative',
      body: { memberId: 'alice', rewardId: 'fruit-washing', quantity: -1 },
      expect: [400, 'validation_failed', ['quantity']],
    },
    {
      title: 'quantity fractional',
      body: { memberId: 'alice', rewardId: 'fruit-washing', quantity: 1.5 },
      expect: [400, 'validation_failed', ['quantity']],
    },
    {
      title: 'quantity 101',
      body: { memberId: 'alice', rewardId: 'fruit-washing', quantity: 101 },
      expect: [400, 'validation_failed', ['quantity']],
    },
    {
      title: 'quantity a string',
      body: { memberId: 'alice', rewardId: 'fruit-washing', quantity: '1' },
      expect: [400, 'validation_failed', ['quantity']],
    },
    {
      title: 'payment with a quantity',
      body: { memberId: 'alice', payment: { amountMinor: 100 }, quantity: 1 },
      expect: [400, 'validation_failed', ['quantity']],
    },
    {
      title: 'payment without amountMinor',
      body: { memberId: 'alice', payment: {} },
      expect: [400, 'validation_failed', ['payment.amountMinor']],
    },
    {
      title: 'payment of 0',
      body: { memberId: 'alice', payment: { amountMinor: 0 } },
      expect: [400, 'validation_failed', ['payment.amountMinor']],
    },
    {
      title: 'a negative payment',
      body: { memberId: 'alice', payment: { amountMinor: -100 } },
      expect: [400, 'validation_failed', ['payment.amountMinor']],
    },
    {
      title: 'a huge payment',
      body: { memberId: 'alice', payment: { amountMinor: 1e11 } },
      expect: [400, 'validation_failed', ['payment.amountMinor']],
    },
    {
      title: 'payment a number',
      body: { memberId: 'alice', payment: 100 },
      expect: [400, 'validation_failed', ['payment']],
    },
    {
      title: 'an unknown payment field',
      body: { memberId: 'alice', payment: { amountMinor: 100, currency: 'CNY' } },
      expect: [400, 'validation_failed', ['currency']],
    },
    {
      title: 'an unknown field',
      body: { memberId: 'alice', rewardId: 'fruit-washing', note: 'x' },
      expect: [400, 'validation_failed', ['note']],
    },
    {
      title: 'an unknown member',
      body: { memberId: 'newbie', rewardId: 'fruit-washing' },
      expect: [404, 'member_not_found'],
    },
    {
      title: 'an unknown reward',
      body: { memberId: 'alice', rewardId: 'no-such-reward' },
      expect: [404, 'reward_not_found'],
    },
  ],

  reverse: (seed) => [
    {
      title: 'transactionId missing',
      body: { reason: 'refund' },
      expect: [400, 'validation_failed', ['transactionId']],
    },
    {
      title: 'transactionId empty',
      body: { transactionId: '', reason: 'refund' },
      expect: [400, 'validation_failed', ['transactionId']],
    },
    {
      title: 'transactionId of 129 characters',
      body: { transactionId: long(129), reason: 'refund' },
      expect: [400, 'validation_failed', ['transactionId']],
    },
    {
      title: 'transactionId a number',
      body: { transactionId: 1, reason: 'refund' },
      expect: [400, 'validation_failed', ['transactionId']],
    },
    {
      title: 'reason missing',
      body: { transactionId: seed.aliceEarn },
      expect: [400, 'validation_failed', ['reason']],
    },
    {
      title: 'reason blank',
      body: { transactionId: seed.aliceEarn, reason: '' },
      expect: [400, 'validation_failed', ['reason']],
    },
    {
      title: 'reason of 501 characters',
      body: { transactionId: seed.aliceEarn, reason: long(501) },
      expect: [400, 'validation_failed', ['reason']],
    },
    {
      title: 'amountMinor 0',
      body: { transactionId: seed.aliceEarn, reason: 'refund', amountMinor: 0 },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'amountMinor negative',
      body: { transactionId: seed.aliceEarn, reason: 'refund', amountMinor: -500 },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'amountMinor fractional',
      body: { transactionId: seed.aliceEarn, reason: 'refund', amountMinor: 5.5 },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'amountMinor huge',
      body: { transactionId: seed.aliceEarn, reason: 'refund', amountMinor: 1e11 },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'an unknown field',
      body: { transactionId: seed.aliceEarn, reason: 'refund', points: 5 },
      expect: [400, 'validation_failed', ['points']],
    },
    {
      title: 'a nights earn in part',
      auth: 'hotel',
      body: { transactionId: seed.aliceNight, reason: 'refund', amountMinor: 100 },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'a reward redemption in part',
      body: { transactionId: seed.aliceRedemption, reason: 'refund', amountMinor: 100 },
      expect: [400, 'validation_failed', ['amountMinor']],
    },
    {
      title: 'an adjustment',
      auth: 'admin',
      body: { transactionId: seed.aliceAdjustment, reason: 'undo' },
      expect: [400, 'validation_failed', ['transactionId']],
    },
    {
      title: 'an unknown transaction',
      body: { transactionId: 'tx_nothing', reason: 'refund' },
      expect: [404, 'not_found'],
    },
    {
      title: "another merchant's transaction",
      auth: 'hotel',
      body: { transactionId: seed.aliceEarn, reason: 'refund' },
      expect: [403, 'forbidden'],
    },
  ],

  'put-game': () => [
    ...invalidMemberIds('gameId').map((c) => ({ ...c, body: validGame })),
    {
      title: 'conditions missing',
      body: { ...validGame, conditions: undefined },
      expect: [400, 'disclosure_required'],
    },
    { title: 'conditions blank', body: { ...validGame, conditions: ' ' }, expect: [400, 'disclosure_required'] },
    {
      title: 'endsAt equal to startsAt',
      body: { ...validGame, endsAt: validGame.startsAt },
      expect: [400, 'validation_failed', ['endsAt']],
    },
    {
      title: 'endsAt before startsAt',
      body: { ...validGame, endsAt: '2029-12-31T00:00:00Z' },
      expect: [400, 'validation_failed', ['endsAt']],
    },
    { title: 'an unknown kind', body: { ...validGame, kind: 'lottery' }, expect: [400, 'validation_failed', ['kind']] },
    {
      title: 'costPoints 0',
      body: { ...validGame, costPoints: 0 },
      expect: [400, 'validation_failed', ['costPoints']],
    },
    {
      title: 'costPoints fractional',
      body: { ...validGame, costPoints: 1.5 },
      expect: [400, 'validation_failed', ['costPoints']],
    },
    {
      title: 'a prize over 50,000 CNY',
      body: withPrize({ points: 50_000 * 60 + 1 }),
      expect: [400, 'validation_failed', ['prizes.0.points']],
    },
    {
      title: 'a prize with points and rewardId',
      body: withPrize({ points: 5, rewardId: 'voucher-50' }),
      expect: [400, 'validation_failed', ['prizes.0.points']],
    },
    { title: 'a prize with neither', body: withPrize({}), expect: [400, 'validation_failed', ['prizes.0.points']] },
    {
      title: 'a goods prize of an unknown reward',
      body: withPrize({ rewardId: 'no-such-reward' }),
      expect: [400, 'validation_failed', ['prizes.0.rewardId']],
    },
    {
      title: 'a prizeId with a comma',
      body: withPrize({ prizeId: 'a,b', points: 5 }),
      expect: [400, 'validation_failed', ['prizes.0.prizeId']],
    },
    {
      title: 'a prizeId "-"',
      body: withPrize({ prizeId: '-', points: 5 }),
      expect: [400, 'validation_failed', ['prizes.0.prizeId']],
    },
    {
      title: 'a prize count 0',
      body: withPrize({ points: 5, count: 0 }),
      expect: [400, 'validation_failed', ['prizes.0.count']],
    },
    {
      title: 'duplicate prizeIds',
      body: { ...validGame, prizes: [validGame.prizes[0], validGame.prizes[0]] },
      expect: [400, 'validation_failed', ['prizes.1.prizeId']],
    },
    { title: 'blanks negative', body: { ...validGame, blanks: -1 }, expect: [400, 'validation_failed', ['blanks']] },
    {
      title: 'an urn without tickets',
      body: { ...validGame, prizes: [], blanks: 0 },
      expect: [400, 'validation_failed', ['blanks']],
    },
    {
      title: 'an urn over 20,000 tickets',
      body: { ...validGame, blanks: 19_999 },
      expect: [400, 'validation_failed', ['blanks']],
    },
    { title: 'an unknown field', body: { ...validGame, odds: 'x' }, expect: [400, 'validation_failed', ['odds']] },
  ],

  'get-game': () => [...invalidMemberIds('gameId'), { title: 'an unknown game', expect: [404, 'game_not_found'] }],

  'play-game': () => [
    ...invalidMemberIds('gameId').map((c) => ({ ...c, body: { memberId: 'alice' } })),
    { title: 'memberId missing', body: {}, expect: [400, 'validation_failed', ['memberId']] },
    { title: 'memberId invalid', body: { memberId: 'a b' }, expect: [400, 'validation_failed', ['memberId']] },
    { title: 'an unknown field', body: { memberId: 'alice', spins: 2 }, expect: [400, 'validation_failed', ['spins']] },
    {
      title: 'spendCode with letters',
      body: { memberId: 'alice', spendCode: '1234abcd' },
      expect: [400, 'validation_failed', ['spendCode']],
    },
    { title: 'an unknown game', body: { memberId: 'alice' }, expect: [404, 'game_not_found'] },
    {
      title: 'an unknown member',
      params: { gameId: OPEN_GAME },
      body: { memberId: 'newbie' },
      expect: [404, 'member_not_found'],
    },
    {
      title: 'a member without the cost',
      params: { gameId: OPEN_GAME },
      body: { memberId: 'bob' },
      expect: [409, 'insufficient_points'],
    },
  ],

  'list-rewards': () => [
    ...badListQueries,
    { title: 'memberId invalid', query: 'memberId=a%20b', expect: [400, 'validation_failed', ['memberId']] },
    {
      title: 'memberId of 129 characters',
      query: `memberId=${long(129)}`,
      expect: [400, 'validation_failed', ['memberId']],
    },
    { title: 'an unknown member', query: 'memberId=newbie', expect: [404, 'member_not_found'] },
  ],

  'get-own-settlement': () => badStatementWindows,

  'put-task': () => [
    ...invalidMemberIds('taskId').map((c) => ({ ...c, body: validTask })),
    {
      title: 'empty conditions',
      body: { ...validTask, conditions: ' ' },
      expect: [400, 'disclosure_required', ['conditions']],
    },
    { title: 'no limit', body: { ...validTask, limit: undefined }, expect: [400, 'validation_failed', ['limit']] },
    {
      title: 'a limit of 0',
      body: { ...validTask, limit: { count: 0, per: 'day' } },
      expect: [400, 'validation_failed', ['limit.count']],
    },
    {
      title: 'an unknown period',
      body: { ...validTask, limit: { count: 1, per: 'year' } },
      expect: [400, 'validation_failed', ['limit.per']],
    },
    { title: 'negative points', body: { ...validTask, points: -1 }, expect: [400, 'validation_failed', ['points']] },
    {
      title: 'an unknown balance',
      body: { ...validTask, balance: 'gold' },
      expect: [400, 'validation_failed', ['balance']],
    },
    {
      title: 'negative co2eGrams',
      body: { ...validTask, co2eGrams: -5 },
      expect: [400, 'validation_failed', ['co2eGrams']],
    },
    {
      title: 'endsAt before startsAt',
      body: { ...validTask, startsAt: '2027-08-01T00:00:00Z', endsAt: '2027-07-01T00:00:00Z' },
      expect: [400, 'validation_failed', ['endsAt']],
    },
  ],

  'put-badge': () => [
    ...invalidMemberIds('badgeId').map((c) => ({ ...c, body: validBadge })),
    {
      title: 'empty conditions',
      body: { ...validBadge, conditions: '' },
      expect: [400, 'disclosure_required', ['conditions']],
    },
    { title: 'an unknown task', body: validBadge, expect: [400, 'validation_failed', ['taskId']] },
    {
      title: 'completions 0',
      body: { ...validBadge, completions: 0 },
      expect: [400, 'validation_failed', ['completions']],
    },
    {
      title: 'both taskId and earns',
      body: { ...validBadge, earns: { category: 'grocery', count: 3 } },
      expect: [400, 'validation_failed', ['taskId']],
    },
    {
      title: 'neither taskId nor earns',
      body: { name: 'B', conditions: 'c' },
      expect: [400, 'validation_failed', ['taskId']],
    },
    {
      title: 'completions on a spending badge',
      body: { name: 'B', conditions: 'c', earns: { category: 'grocery', count: 3 }, completions: 2 },
      expect: [400, 'validation_failed', ['completions']],
    },
    {
      title: 'an earns count of 0',
      body: { name: 'B', conditions: 'c', earns: { category: 'grocery', count: 0 } },
      expect: [400, 'validation_failed', ['earns.count']],
    },
  ],

  'put-badge-set': () => [
    ...invalidMemberIds('setId').map((c) => ({
      ...c,
      body: { name: 'S', conditions: 'c', badgeIds: ['a', 'b'], prizePoints: 1 },
    })),
    {
      title: 'one badge',
      body: { name: 'S', conditions: 'c', badgeIds: ['a'], prizePoints: 1 },
      expect: [400, 'validation_failed', ['badgeIds']],
    },
    {
      title: 'a repeated badge',
      body: { name: 'S', conditions: 'c', badgeIds: ['a', 'a'], prizePoints: 1 },
      expect: [400, 'validation_failed', ['badgeIds']],
    },
    {
      title: 'unknown badges',
      body: { name: 'S', conditions: 'c', badgeIds: ['a', 'b'], prizePoints: 1 },
      expect: [400, 'validation_failed', ['badgeIds.0', 'badgeIds.1']],
    },
    {
      title: 'empty conditions',
      body: { name: 'S', conditions: '', badgeIds: ['a', 'b'], prizePoints: 1 },
      expect: [400, 'disclosure_required'],
    },
  ],

  'complete-task': () => [
    ...invalidMemberIds('taskId').map((c) => ({ ...c, body: { memberId: 'alice', reference: 'r' } })),
    { title: 'memberId missing', body: { reference: 'r' }, expect: [400, 'validation_failed', ['memberId']] },
    { title: 'reference missing', body: { memberId: 'alice' }, expect: [400, 'validation_failed', ['reference']] },
    {
      title: 'an unknown field',
      body: { memberId: 'alice', reference: 'r', points: 5 },
      expect: [400, 'validation_failed', ['points']],
    },
    { title: 'an unknown task', body: { memberId: 'alice', reference: 'r' }, expect: [404, 'task_not_found'] },
  ],

  'get-green-report': () => [
    ...invalidMemberIds('memberId'),
    { title: 'an unknown member', params: { memberId: 'newbie' }, expect: [404, 'member_not_found'] },
  ],

  'get-merchant-settlement': () => [
    ...badStatementWindows,
    ...invalidMemberIds('merchantId').map((c) => ({ ...c, query: GOOD_WINDOW })),
    {
      title: 'an unknown merchant',
      params: { merchantId: 'nobody' },
      query: GOOD_WINDOW,
      expect: [404, 'merchant_not_found'],
    },
  ],

  'post-transfer': () => [
    {
      title: 'memberId invalid',
      body: { ...validTransfer, memberId: 'a b' },
      expect: [400, 'validation_failed', ['memberId']],
    },
    {
      title: 'partnerId missing',
      body: { ...validTransfer, partnerId: undefined },
      expect: [400, 'validation_failed', ['partnerId']],
    },
    { title: 'points 0', body: { ...validTransfer, points: 0 }, expect: [400, 'validation_failed', ['points']] },
    {
      title: 'points fractional',
      body: { ...validTransfer, points: 3_000.5 },
      expect: [400, 'validation_failed', ['points']],
    },
    {
      title: 'points a string',
      body: { ...validTransfer, points: '3000' },
      expect: [400, 'validation_failed', ['points']],
    },
    {
      title: 'points below the partner minimum',
      body: { ...validTransfer, points: 2_000 },
      expect: [400, 'validation_failed', ['points']],
    },
    {
      title: 'points off the partner steps',
      body: { ...validTransfer, points: 3_500 },
      expect: [400, 'validation_failed', ['points']],
    },
    {
      title: 'partnerAccount missing',
      body: { ...validTransfer, partnerAccount: undefined },
      expect: [400, 'validation_failed', ['partnerAccount']],
    },
    {
      title: 'partnerAccount blank',
      body: { ...validTransfer, partnerAccount: '  ' },
      expect: [400, 'validation_failed', ['partnerAccount']],
    },
    {
      title: 'partnerAccount of 129 characters',
      body: { ...validTransfer, partnerAccount: long(129) },
      expect: [400, 'validation_failed', ['partnerAccount']],
    },
    {
      title: 'a spendCode of 7 digits',
      body: { ...validTransfer, spendCode: '1234567' },
      expect: [400, 'validation_failed', ['spendCode']],
    },
    {
      title: 'an unknown field',
      body: { ...validTransfer, miles: 1_000 },
      expect: [400, 'validation_failed', ['miles']],
    },
    {
      title: 'a partner without exchange',
      body: { ...validTransfer, partnerId: 'fruit-shop' },
      expect: [404, 'partner_not_found'],
    },
    {
      title: 'an unknown partner',
      body: { ...validTransfer, partnerId: 'nowhere' },
      expect: [404, 'partner_not_found'],
    },
    { title: 'an unknown member', body: { ...validTransfer, memberId: 'newbie' }, expect: [404, 'member_not_found'] },
    {
      title: 'more points than the member holds',
      body: { ...validTransfer, points: 999_000 },
      expect: [409, 'insufficient_points'],
    },
    {
      title: 'a member without points',
      body: { ...validTransfer, memberId: 'bob' },
      expect: [409, 'insufficient_points'],
    },
  ],

  'get-transfer': (seed) => [
    {
      title: 'a transferId of another shape',
      params: { transferId: 'tx_abc' },
      expect: [400, 'validation_failed', ['transferId']],
    },
    {
      title: 'a transferId too long',
      params: { transferId: `tr_${long(25)}` },
      expect: [400, 'validation_failed', ['transferId']],
    },
    { title: 'an unknown transfer', expect: [404, 'transfer_not_found'] },
    {
      title: "another merchant's key",
      params: { transferId: seed.aliceTransfer },
      auth: 'hotel',
      expect: [404, 'transfer_not_found'],
    },
    { title: 'the key that posted it', params: { transferId: seed.aliceTransfer }, expect: [200] },
    { title: "the partner's key", params: { transferId: seed.aliceTransfer }, auth: 'air', expect: [200] },
    { title: 'the admin key', params: { transferId: seed.aliceTransfer }, auth: 'admin', expect: [200] },
  ],

  'list-transfers': () => [
    ...badListQueries.map((c) => ({ ...c, query: `status=pending&${c.query}` })),
    { title: 'no status', query: '', expect: [400, 'validation_failed', ['status']] },
    { title: 'status confirmed', query: 'status=confirmed', expect: [400, 'validation_failed', ['status']] },
    { title: 'status in upper case', query: 'status=PENDING', expect: [400, 'validation_failed', ['status']] },
  ],

  'confirm-transfer': (seed) => [
    {
      title: 'a transferId of another shape',
      params: { transferId: 'abc' },
      body: { partnerReference: 'R1' },
      expect: [400, 'validation_failed', ['transferId']],
    },
    {
      title: 'partnerReference missing',
      params: { transferId: seed.aliceTransfer },
      auth: 'air',
      body: {},
      expect: [400, 'validation_failed', ['partnerReference']],
    },
    {
      title: 'partnerReference blank',
      params: { transferId: seed.aliceTransfer },
      auth: 'air',
      body: { partnerReference: ' ' },
      expect: [400, 'validation_failed', ['partnerReference']],
    },
    {
      title: 'partnerReference of 129 characters',
      params: { transferId: seed.aliceTransfer },
      auth: 'air',
      body: { partnerReference: long(129) },
      expect: [400, 'validation_failed', ['partnerReference']],
    },
    {
      title: 'an unknown field',
      params: { transferId: seed.aliceTransfer },
      auth: 'air',
      body: { partnerReference: 'R1', miles: 1 },
      expect: [400, 'validation_failed', ['miles']],
    },
    {
      title: 'an unknown transfer',
      auth: 'air',
      body: { partnerReference: 'R1' },
      expect: [404, 'transfer_not_found'],
    },
    {
      title: "another merchant's key",
      params: { transferId: seed.aliceTransfer },
      auth: 'hotel',
      body: { partnerReference: 'R1' },
      expect: [404, 'transfer_not_found'],
    },
    {
      title: 'the key that posted it, not the partner',
      params: { transferId: seed.aliceTransfer },
      body: { partnerReference: 'R1' },
      expect: [403, 'forbidden'],
    },
  ],

  'reject-transfer': (seed) => [
    {
      title: 'a transferId of another shape',
      params: { transferId: 'abc' },
      body: { reason: 'no' },
      expect: [400, 'validation_failed', ['transferId']],
    },
    {
      title: 'reason missing',
      params: { transferId: seed.aliceTransfer },
      auth: 'air',
      body: {},
      expect: [400, 'validation_failed', ['reason']],
    },
    {
      title: 'reason blank',
      params: { transferId: seed.aliceTransfer },
      auth: 'air',
      body: { reason: ' ' },
      expect: [400, 'validation_failed', ['reason']],
    },
    {
      title: 'reason of 501 characters',
      params: { transferId: seed.aliceTransfer },
      auth: 'air',
      body: { reason: long(501) },
      expect: [400, 'validation_failed', ['reason']],
    },
    { title: 'an unknown transfer', auth: 'air', body: { reason: 'no' }, expect: [404, 'transfer_not_found'] },
    {
      title: "another merchant's key",
      params: { transferId: seed.aliceTransfer },
      auth: 'hotel',
      body: { reason: 'no' },
      expect: [404, 'transfer_not_found'],
    },
    {
      title: 'the key that posted it, not the partner',
      params: { transferId: seed.aliceTransfer },
      body: { reason: 'no' },
      expect: [403, 'forbidden'],
    },
  ],

  'get-openapi': () => [
    { title: 'an unknown key on the public route', auth: { header: 'Bearer nope' }, expect: [200] },
    { title: 'a merchant key on the public route', auth: 'fruit', expect: [200] },
  ],

  'get-rules': () => [
    { title: 'POST instead of GET', method: 'POST', body: {}, expect: [405, 'method_not_allowed'] },
    { title: 'an unknown key on the public route', auth: { header: 'Bearer nope' }, expect: [200] },
    { title: 'a version that is not a number', query: 'version=abc', expect: [400, 'validation_failed', ['version']] },
    { title: 'version 0', query: 'version=0', expect: [400, 'validation_failed', ['version']] },
    { title: 'a fractional version', query: 'version=1.5', expect: [400, 'validation_failed', ['version']] },
    { title: 'asOf that is not a time', query: 'asOf=yesterday', expect: [400, 'validation_failed', ['asOf']] },
    {
      title: 'both version and asOf',
      query: 'version=1&asOf=2027-01-01T00:00:00Z',
      expect: [400, 'validation_failed', ['asOf']],
    },
    { title: 'an unknown query field', query: 'at=2027-01-01T00:00:00Z', expect: [400, 'validation_failed', ['at']] },
    { title: 'a version that never existed', query: 'version=999999', expect: [404, 'rules_version_not_found'] },
    {
      title: 'a time before the first version',
      query: 'asOf=2001-01-01T00:00:00Z',
      expect: [404, 'rules_version_not_found'],
    },
  ],
};

const MERCHANT_ROUTE_BAD_BODY = '{"memberId": 42}';

function pathFor(route: Route, params: Record<string, string> = {}): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? DEFAULT_PARAMS[name]!),
  );
}

const routeKey = (route: Route) => `${route.method} ${route.path}`;
const hasBody = (method: string) => method === 'PUT' || method === 'POST';

/** The checks every route gets from its place in the table: auth, methods, JSON, size, Idempotency-Key. */
function commonCases(route: Route): Case[] {
  const list: Case[] = [];
  const badBody = hasBody(route.method) ? { rawBody: MERCHANT_ROUTE_BAD_BODY } : {};
  if (route.access !== 'public') {
    list.push(
      { title: 'no Authorization', auth: 'none', expect: [401, 'unauthenticated'] },
      {
        title: 'no Authorization and a bad body (401 first)',
        auth: 'none',
        ...badBody,
        idempotencyKey: null,
        expect: [401, 'unauthenticated'],
      },
      {
        title: 'an unknown key',
        auth: { header: 'Bearer jf_0123456789abcdef.c2VjcmV0' },
        expect: [401, 'unauthenticated'],
      },
      {
        title: 'a Basic scheme',
        auth: { header: 'Basic test-admin-key-0123456789' },
        expect: [401, 'unauthenticated'],
      },
    );
  }
  if (route.access === 'admin') {
    list.push(
      { title: 'a merchant key', auth: 'fruit', expect: [403, 'forbidden'] },
      {
        title: 'a merchant key and a bad body (403 first)',
        auth: 'fruit',
        ...badBody,
        idempotencyKey: null,
        expect: [403, 'forbidden'],
      },
    );
  }
  if (route.access === 'merchantOnly') {
    list.push({ title: 'the admin key', auth: 'admin', expect: [403, 'forbidden'] });
  }
  if (hasBody(route.method) || route.method === 'DELETE') {
    list.push(
      { title: 'malformed JSON', rawBody: '{"memberId": "alice",', expect: [400, 'malformed_json'] },
      {
        title: 'a body over 64 KiB',
        rawBody: JSON.stringify({ pad: long(64 * 1024) }),
        expect: [413, 'payload_too_large'],
      },
    );
    if (route.access !== 'public') {
      list.push({
        title: 'malformed JSON without a key (401 first)',
        auth: 'none',
        rawBody: '{',
        expect: [401, 'unauthenticated'],
      });
    }
  }
  if (hasBody(route.method)) {
    list.push(
      { title: 'a JSON array body', rawBody: '[]', expect: [400, 'validation_failed', ['(body)']] },
      { title: 'a JSON string body', rawBody: '"hello"', expect: [400, 'validation_failed', ['(body)']] },
      { title: 'a JSON null body', rawBody: 'null', expect: [400, 'validation_failed', ['(body)']] },
    );
  }
  if (IDEMPOTENT_ROUTES.includes(routeKey(route))) {
    list.push(
      { title: 'no Idempotency-Key', idempotencyKey: null, body: {}, expect: [400, 'idempotency_key_required'] },
      {
        title: 'an Idempotency-Key of 256 characters',
        idempotencyKey: long(256),
        body: {},
        expect: [400, 'validation_failed', ['Idempotency-Key']],
      },
      {
        title: 'an empty Idempotency-Key',
        idempotencyKey: '',
        body: {},
        expect: [400, 'validation_failed', ['Idempotency-Key']],
      },
      {
        title: 'an Idempotency-Key with a tab',
        idempotencyKey: 'a\tb',
        body: {},
        expect: [400, 'validation_failed', ['Idempotency-Key']],
      },
      {
        title: 'a non-ASCII Idempotency-Key',
        idempotencyKey: 'cl\u00e9',
        body: {},
        expect: [400, 'validation_failed', ['Idempotency-Key']],
      },
    );
  }
  const allowed = routes.filter((other) => other.path === route.path).map((other) => other.method);
  const wrong = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'].find(
    (method) => !allowed.includes(method as Route['method']),
  )!;
  list.push({ title: `${wrong} on this path`, method: wrong, expect: [405, 'method_not_allowed'] });
  return list;
}

describe('E2E: bad input for every route', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let seed: Seed;
  let baseline: unknown;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    const demo = await seedDemo(api);
    const fruit = demo.keys['fruit-shop']!;
    const hotel = demo.keys['lakeside-hotel']!;
    const { promotionId, ...promotion } = demoPromotions[0]!;
    expect((await api.request('PUT', `/v1/admin/promotions/${promotionId}`, { body: promotion })).status).toBe(201);
    const openGame = { ...validGame, startsAt: iso(now() - DAY), endsAt: iso(now() + 30 * DAY) };
    expect((await api.request('PUT', `/v1/admin/games/${OPEN_GAME}`, { body: openGame })).status).toBe(201);

    const airline = { name: 'Sky Air', category: 'airline', earnRules: [], exchange: validExchange };
    expect((await api.request('PUT', `/v1/admin/merchants/${AIR}`, { body: airline })).status).toBe(201);
    demo.keys[AIR] = (await api.request('POST', `/v1/admin/merchants/${AIR}/keys`)).body.apiKey;

    await Promise.all([enrolWithPoints(api, fruit, 'alice', 5_000), enrolWithPoints(api, fruit, 'bob', 0)]);
    const aliceTransfer = await api.request('POST', '/v1/transfers', {
      key: fruit,
      idempotencyKey: freshKey(),
      body: validTransfer,
    });
    expect(aliceTransfer.status).toBe(201);
    const [earn, night, redemption] = await Promise.all([
      api.request('POST', '/v1/earn', { key: fruit, idempotencyKey: freshKey(), body: validEarn }),
      api.request('POST', '/v1/earn', {
        key: hotel,
        idempotencyKey: freshKey(),
        body: { memberId: 'alice', nights: 1, reference: 'folio-1' },
      }),
      api.request('POST', '/v1/redemptions', {
        key: fruit,
        idempotencyKey: freshKey(),
        body: { memberId: 'alice', rewardId: 'fruit-washing' },
      }),
    ]);
    for (const response of [earn, night, redemption]) expect(response.status).toBe(201);
    const [activity, history] = await Promise.all([
      api.request('GET', '/v1/members/alice/activity?limit=1'),
      api.request('GET', '/v1/members/alice/activity?limit=100'),
    ]);
    const adjustment = history.body.items.find((item: { type: string }) => item.type === 'adjustment');
    expect(activity.body.nextCursor).toEqual(expect.any(String));
    seed = {
      ...demo,
      aliceEarn: earn.body.transactionId,
      aliceNight: night.body.transactionId,
      aliceRedemption: redemption.body.transactionId,
      aliceAdjustment: adjustment.transactionId,
      aliceCursor: activity.body.nextCursor,
      aliceTransfer: aliceTransfer.body.transferId,
    };
    baseline = await readAll();
  });

  afterAll(async () => jifen?.stop());

  /** What a stray write would change: the members, the configuration, and the seeded transfer (still pending). */
  async function readAll() {
    const transfer = seed
      ? await api.request('GET', `/v1/transfers/${seed.aliceTransfer}`, { key: seed.keys[AIR]! })
      : null;
    return {
      state: await readState(api, MEMBERS, ABSENT),
      transfer: transfer && { status: transfer.status, body: transfer.body },
    };
  }

  function send(route: Route, c: Case): Promise<ApiResponse> {
    const auth = c.auth ?? (route.access === 'admin' ? 'admin' : route.access === 'public' ? 'none' : 'fruit');
    const options: Parameters<ApiClient['request']>[2] & object = { headers: {} };
    if (auth === 'fruit') options.key = seed.keys['fruit-shop']!;
    else if (auth === 'hotel') options.key = seed.keys['lakeside-hotel']!;
    else if (auth === 'air') options.key = seed.keys[AIR]!;
    else if (auth !== 'admin') options.key = null;
    if (typeof auth === 'object') options.headers = { authorization: auth.header };
    const idempotent = IDEMPOTENT_ROUTES.includes(routeKey(route));
    const idempotencyKey = c.idempotencyKey === undefined ? (idempotent ? freshKey('bad') : null) : c.idempotencyKey;
    if (idempotencyKey !== null) options.idempotencyKey = idempotencyKey;
    if (c.body !== undefined) options.body = c.body;
    if (c.rawBody !== undefined) options.rawBody = c.rawBody;
    const path = pathFor(route, c.params) + (c.query ? `?${c.query}` : '');
    return api.request(c.method ?? route.method, path, options);
  }

  it('has bad-input cases for every route of the route table', () => {
    const missing = routes.filter((route) => !(route.name in cases)).map(routeKey);
    expect(missing, 'routes without bad-input cases').toEqual([]);
    for (const route of routes) expect(cases[route.name]!(seed).length, route.name).toBeGreaterThan(0);
  });

  describe.each(routes.map((route) => [routeKey(route), route] as const))('%s', (_, route) => {
    it('answers each bad request with its precise problem and writes nothing', async () => {
      const all = [...commonCases(route), ...cases[route.name]!(seed)];
      // Every case is a refusal on its own key, so they can all be in flight at once.
      const responses = await Promise.all(all.map((c) => send(route, c)));
      for (const [i, c] of all.entries()) {
        const response = responses[i]!;
        const [status, code, paths] = c.expect;
        const label = `${c.title}: ${JSON.stringify(response.body)}`;
        if (code === undefined) {
          expect(response.status, label).toBe(status);
        } else {
          expect(() => expectProblem(response, status, code, paths), label).not.toThrow();
        }
        if (status === 405) {
          const allow = routes.filter((other) => other.path === route.path).map((other) => other.method);
          expect(response.headers.get('allow')?.split(/,\s*/).sort(), label).toEqual(allow.sort());
        }
      }
      if (route.method === 'GET') return;
      // Re-baselined so that a stray write fails only the route that made it.
      const before = baseline;
      baseline = await readAll();
      expect(baseline).toEqual(before);
    });
  });

  it('answers unknown routes with 404 not_found, with or without a key', async () => {
    for (const path of [
      '/',
      '/v1',
      '/v1/nope',
      '/v2/rules',
      '/v1/rules/',
      '/v1/members',
      '/v1/members/alice/activity/extra',
      '/v1//earn',
    ]) {
      for (const key of [undefined, null]) {
        const response = await api.request('GET', path, key === null ? { key } : {});
        expectProblem(response, 404, 'not_found');
      }
    }
    expectProblem(
      await api.request('POST', '/v1/earnings', { body: validEarn, idempotencyKey: freshKey() }),
      404,
      'not_found',
    );
  });

  it('answers a scheme-insensitive Bearer on a merchant route', async () => {
    const response = await api.request('GET', '/v1/members/alice', {
      key: null,
      headers: { authorization: `bEaReR ${seed.keys['fruit-shop']}` },
    });
    expect(response.status).toBe(200);
    expect(response.body.memberId).toBe('alice');
  });
});
