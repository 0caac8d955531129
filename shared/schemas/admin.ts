import * as z from 'zod/mini';
import { JOB_NAMES } from '../application/jobs/result.js';
import { FLAG_STATUSES } from '../domain/flags.js';
import { DELIVERY_STATUSES, EVENT_TYPES } from '../domain/webhooks.js';
import { REWARD_KINDS } from '../domain/program.js';
import { DEFAULT_CONFIRM_WITHIN_HOURS } from '../domain/transfers.js';
import {
  balanceName,
  creditStanding,
  currency,
  id,
  intBetween,
  isoTime,
  listQuery,
  MAX_AMOUNT_MINOR,
  MAX_POINTS,
  multiplier,
  points,
  positivePoints,
  slug,
  text,
} from './common.js';

/** Minor units per 1,000 points; both are required wherever the object is given. */
const settlementRates = z.strictObject({
  issuePricePerThousandMinor: intBetween(0, 100_000_000),
  reimbursementPerThousandMinor: intBetween(0, 100_000_000),
});

/** `conditions` may arrive empty: the use case answers that with `disclosure_required`, not a generic 400. */
const conditions = z.optional(z.string().check(z.maxLength(4_000)));

export const programBody = z.strictObject({
  name: text(200),
  currency,
  paymentPointsPerUnit: intBetween(1, 1_000_000),
  expiryMonths: z.nullable(intBetween(1, 120)),
  tierWindowMonths: intBetween(1, 60),
  disclosure: z.strictObject({ zh: z.optional(text(10_000)), en: z.optional(text(10_000)) }),
  creditPerks: z._default(
    z.strictObject({ earnMultiplier: multiplier, redemptionDiscountPercent: intBetween(0, 90) }),
    {
      earnMultiplier: 1,
      redemptionDiscountPercent: 0,
    },
  ),
  settlement: z._default(settlementRates, { issuePricePerThousandMinor: 0, reimbursementPerThousandMinor: 0 }),
  limits: z._default(
    z.strictObject({
      earnsPerMemberPerDay: z.optional(intBetween(1, 1_000_000)),
      pointsPerMemberPerDay: z.optional(positivePoints),
    }),
    {},
  ),
  memberConsent: z.optional(
    z.strictObject({ required: z.boolean(), abovePoints: z.optional(intBetween(0, MAX_POINTS)) }),
  ),
  birthdayBonus: z.optional(z.strictObject({ points: positivePoints, conditions })),
  /** Days a change that hurts members waits before it applies; absent: 0. */
  noticeDays: z.optional(intBetween(0, 90)),
});

const qualification = z.strictObject({
  nights: z.optional(intBetween(1, 10_000)),
  spendMinor: z.optional(intBetween(1, MAX_AMOUNT_MINOR)),
  points: z.optional(positivePoints),
});

export const tiersBody = z.strictObject({
  tiers: z.array(z.strictObject({ id: slug, name: text(100), qualification })).check(z.minLength(1), z.maxLength(10)),
});

const spendRule = z.strictObject({
  kind: z.literal('spend'),
  points: intBetween(1, 1_000_000),
  perMinor: intBetween(1, 100_000_000),
  tierMultipliers: z.optional(z.record(slug, multiplier)),
  balance: z.optional(balanceName),
});

const nightRule = z.strictObject({
  kind: z.literal('night'),
  pointsByTier: z
    .record(slug, intBetween(0, 1_000_000))
    .check(z.refine((rates) => Object.keys(rates).length > 0, { error: 'must name at least one tier' })),
});

export const earnRule = z.discriminatedUnion('kind', [spendRule, nightRule]);

/** A new merchant key's body; with no `expiresAt` the key works until it is revoked. */
export const merchantKeyBody = z.strictObject({ expiresAt: z.optional(isoTime) });

/** An exchange partner's terms: whole numbers ≥ 1 throughout. */
export const exchangeBody = z.strictObject({
  currency: text(40),
  pointsPerUnit: intBetween(1, 1_000_000),
  bonus: z.optional(z.strictObject({ everyPoints: positivePoints, units: positivePoints })),
  minPoints: positivePoints,
  incrementPoints: positivePoints,
  confirmWithinHours: z._default(intBetween(1, 8_760), DEFAULT_CONFIRM_WITHIN_HOURS),
  conditions,
});

export const merchantBody = z.strictObject({
  name: text(200),
  category: slug,
  green: z._default(z.boolean(), false),
  earnRules: z.array(earnRule).check(z.maxLength(10)),
  settlement: z.optional(settlementRates),
  /** Days an earn's points stay pending before they can be spent. */
  holdDays: z._default(intBetween(0, 90), 0),
  exchange: z.optional(exchangeBody),
});

export const rewardBody = z.strictObject({
  name: text(200),
  kind: z.enum(REWARD_KINDS),
  costPoints: positivePoints,
  valueMinor: intBetween(0, MAX_AMOUNT_MINOR),
  balance: z._default(balanceName, 'points'),
  stock: z._default(z.nullable(intBetween(0, 10_000_000)), null),
  merchantId: z._default(z.nullable(id), null),
  conditions,
  creditOnly: z._default(z.boolean(), false),
  priorityWindowHours: z._default(intBetween(0, 720), 0),
  active: z._default(z.boolean(), true),
});

export const promotionEffect = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('earnMultiplier'), multiplier }),
  z.strictObject({ kind: z.literal('rewardPrice'), costPoints: points }),
  z.strictObject({ kind: z.literal('bonusPoints'), points: intBetween(1, 1_000_000) }),
]);

const list = <T extends z.ZodMiniType>(item: T) => z.optional(z.array(item).check(z.maxLength(100)));

export const promotionScope = z.strictObject({
  merchantIds: list(id),
  categories: list(slug),
  rewardIds: list(id),
  tiers: list(slug),
  creditStandings: list(creditStanding),
});

export const promotionBody = z.strictObject({
  name: text(200),
  startsAt: isoTime,
  endsAt: isoTime,
  conditions,
  effect: promotionEffect,
  scope: z._default(promotionScope, {}),
});

const window = { startsAt: z._default(z.nullable(isoTime), null), endsAt: z._default(z.nullable(isoTime), null) };

/** A task's fields; `taskBody` adds the check across them. */
export const taskFields = z.strictObject({
  name: text(200),
  conditions,
  points,
  balance: z._default(balanceName, 'points'),
  limit: z.strictObject({ count: intBetween(1, 10_000), per: z.enum(['day', 'week', 'month', 'ever']) }),
  co2eGrams: z._default(z.nullable(intBetween(0, 1_000_000_000)), null),
  methodology: z._default(z.nullable(text(200)), null),
  ...window,
  active: z._default(z.boolean(), true),
});

export const taskBody = taskFields.check(
  z.refine(
    (task) => task.startsAt === null || task.endsAt === null || Date.parse(task.endsAt) > Date.parse(task.startsAt),
    {
      error: 'must be after startsAt',
      path: ['endsAt'],
    },
  ),
);

/** A badge's fields; `badgeBody` adds the checks across them. */
export const badgeFields = z.strictObject({
  name: text(200),
  conditions,
  taskId: z.optional(id),
  completions: z.optional(intBetween(1, 100_000)),
  earns: z.optional(z.strictObject({ category: slug, count: intBetween(1, 100_000) })),
});

/** Either a task badge (`taskId`, `completions` default 1) or a spending badge (`earns`). */
export const badgeBody = badgeFields.check(
  z.refine((badge) => (badge.taskId === undefined) !== (badge.earns === undefined), {
    error: 'give exactly one of taskId or earns',
    path: ['taskId'],
  }),
  z.refine((badge) => badge.completions === undefined || badge.taskId !== undefined, {
    error: 'completions applies to a task badge only',
    path: ['completions'],
  }),
);

export const badgeSetBody = z.strictObject({
  name: text(200),
  conditions,
  badgeIds: z.array(id).check(
    z.minLength(2),
    z.maxLength(20),
    z.refine((ids) => new Set(ids).size === ids.length, { error: 'must not repeat a badge' }),
  ),
  prizePoints: points,
});

export const creditBody = z.strictObject({ standing: creditStanding });
/** A birthday without a year; the use case checks the day exists in the month (29 February does). */
export const birthdayBody = z.strictObject({ month: intBetween(1, 12), day: intBetween(1, 31) });
export const freezeBody = z.strictObject({ reason: text(500) });

export const adjustmentBody = z.strictObject({
  memberId: id,
  points: intBetween(-MAX_POINTS, MAX_POINTS).check(z.refine((value) => value !== 0, { error: 'must not be zero' })),
  balance: z._default(balanceName, 'points'),
  reason: text(500),
});

export const flagsQuery = z.extend(listQuery, { status: z.optional(z.enum(FLAG_STATUSES)), memberId: z.optional(id) });
export const clearFlagBody = z.strictObject({ reason: text(500) });

export const jobName = z.enum(JOB_NAMES);
export const jobBody = z.strictObject({ asOf: z.optional(isoTime) });

/** A webhook endpoint: where events go (the URL's rules are the use case's: they depend on where jifen runs). */
export const webhookBody = z.strictObject({
  url: z.string().check(z.minLength(1, { error: 'must not be empty' })),
  merchantId: z.optional(id),
  events: z
    .array(z.enum(EVENT_TYPES))
    .check(z.minLength(1, { error: 'must name at least one event type' }), z.maxLength(EVENT_TYPES.length * 2)),
  active: z.optional(z.boolean()),
});
export const deliveriesQuery = z.extend(listQuery, { status: z.optional(z.enum(DELIVERY_STATUSES)) });
/** Events of `[from, to)` are sent again; at most 31 days at a time. */
export const replayBody = z.strictObject({ from: isoTime, to: isoTime }).check(
  z.refine((window) => Date.parse(window.from) < Date.parse(window.to), {
    error: 'must be after from',
    path: ['to'],
  }),
);
