import * as z from 'zod/mini';
import { exchangeBody, merchantBody, programBody, tiersBody } from './admin.js';
import type { NamedSchema } from './answers.js';
import { intBetween, isoTime, scheduledChange } from './common.js';
import { gameRules } from './games.js';

/** A past rules page: by its version's number, or as it was at a moment; never both. */
export const rulesQuery = z
  .strictObject({
    version: z.optional(z.pipe(z.coerce.number(), intBetween(1, Number.MAX_SAFE_INTEGER))),
    asOf: z.optional(isoTime),
  })
  .check(
    z.refine((query) => query.version === undefined || query.asOf === undefined, {
      error: 'give either version or asOf, not both',
      path: ['asOf'],
    }),
  );

const int = z.int();

/** The rules page: its own module, so only the function serving it carries its shape. */
export const rulesAnswer: NamedSchema = {
  name: 'Rules',
  schema: z.object({
    version: int,
    effectiveFrom: z.nullable(z.string().register(z.globalRegistry, { format: 'date-time' })),
    // Settlement rates are between the operator and its partners, and velocity limits a control: neither is a rule of earning.
    // The notice days are the operator's setting: what members are told is each change waiting, under `upcoming`.
    program: z.omit(programBody, { disclosure: true, settlement: true, limits: true, noticeDays: true }),
    disclosure: programBody.shape.disclosure,
    earnRules: z.array(
      z.extend(z.pick(merchantBody, { name: true, category: true, green: true, earnRules: true }), {
        merchantId: z.string(),
      }),
    ),
    exchangePartners: z.array(
      z.extend(exchangeBody, { merchantId: z.string(), name: z.string(), conditions: z.string() }),
    ),
    tiers: tiersBody.shape.tiers,
    rewards: z.array(z.object({ rewardId: z.string(), name: z.string(), conditions: z.string() })),
    promotions: z.array(
      z.object({
        promotionId: z.string(),
        name: z.string(),
        status: z.enum(['scheduled', 'active', 'ended']),
        conditions: z.string(),
      }),
    ),
    games: z.array(gameRules),
    /** Changes to the program and to rewards on offer waiting for their date, soonest first. */
    upcoming: z.array(scheduledChange),
  }),
};
