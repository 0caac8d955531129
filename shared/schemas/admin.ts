import * as z from 'zod';
import { REWARD_KINDS } from '../domain/program.js';
import {
  balanceName,
  creditStanding,
  currency,
  id,
  isoTime,
  MAX_AMOUNT_MINOR,
  multiplier,
  points,
  positivePoints,
  slug,
  text,
} from './common.js';

export const programBody = z.strictObject({
  name: text(200),
  currency,
  paymentPointsPerUnit: z.int().min(1).max(1_000_000),
  expiryMonths: z.int().min(1).max(120).nullable(),
  tierWindowMonths: z.int().min(1).max(60),
  disclosure: z.strictObject({ zh: text(10_000).optional(), en: text(10_000).optional() }),
  creditPerks: z
    .strictObject({ earnMultiplier: multiplier, redemptionDiscountPercent: z.int().min(0).max(90) })
    .default({ earnMultiplier: 1, redemptionDiscountPercent: 0 }),
});

const qualification = z.strictObject({
  nights: z.int().min(1).max(10_000).optional(),
  spendMinor: z.int().min(1).max(MAX_AMOUNT_MINOR).optional(),
  points: positivePoints.optional(),
});

export const tiersBody = z.strictObject({
  tiers: z.array(z.strictObject({ id: slug, name: text(100), qualification })).min(1).max(10),
});

const spendRule = z.strictObject({
  kind: z.literal('spend'),
  points: z.int().min(1).max(1_000_000),
  perMinor: z.int().min(1).max(100_000_000),
  tierMultipliers: z.record(slug, multiplier).optional(),
  balance: balanceName.optional(),
});

const nightRule = z.strictObject({
  kind: z.literal('night'),
  pointsByTier: z.record(slug, z.int().min(0).max(1_000_000)).refine((rates) => Object.keys(rates).length > 0, {
    error: 'must name at least one tier',
  }),
});

export const earnRule = z.discriminatedUnion('kind', [spendRule, nightRule]);

export const merchantBody = z.strictObject({
  name: text(200),
  category: slug,
  green: z.boolean().default(false),
  earnRules: z.array(earnRule).max(10),
});

/** `conditions` may arrive empty: the use case answers that with `disclosure_required`, not a generic 400. */
const conditions = z.string().max(4_000).optional();

export const rewardBody = z.strictObject({
  name: text(200),
  kind: z.enum(REWARD_KINDS),
  costPoints: positivePoints,
  valueMinor: z.int().min(0).max(MAX_AMOUNT_MINOR),
  balance: balanceName.default('points'),
  stock: z.int().min(0).max(10_000_000).nullable().default(null),
  merchantId: id.nullable().default(null),
  conditions,
  creditOnly: z.boolean().default(false),
  priorityWindowHours: z.int().min(0).max(720).default(0),
  active: z.boolean().default(true),
});

export const promotionEffect = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('earnMultiplier'), multiplier }),
  z.strictObject({ kind: z.literal('rewardPrice'), costPoints: points }),
  z.strictObject({ kind: z.literal('bonusPoints'), points: z.int().min(1).max(1_000_000) }),
]);

const list = <T extends z.ZodType>(item: T) => z.array(item).max(100).optional();

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
  scope: promotionScope.default({}),
});

export const creditBody = z.strictObject({ standing: creditStanding });
export const freezeBody = z.strictObject({ reason: text(500) });

export const adjustmentBody = z.strictObject({
  memberId: id,
  points: z
    .int()
    .min(-1_000_000_000)
    .max(1_000_000_000)
    .refine((value) => value !== 0, { error: 'must not be zero' }),
  balance: balanceName.default('points'),
  reason: text(500),
});

export const jobName = z.enum(['promotions', 'expiry', 'tiers']);
export const jobBody = z.strictObject({ asOf: isoTime.optional() });

