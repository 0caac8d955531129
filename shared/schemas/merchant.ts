import * as z from 'zod/mini';
import { amountMinor, currency, id, intBetween, isoTime, listQuery, spendCode, text } from './common.js';

export const enrolBody = z.strictObject({
  profile: z.optional(z.record(z.string().check(z.maxLength(100)), z.unknown())),
});

export const earnBody = z
  .strictObject({
    memberId: id,
    merchantId: z.optional(id),
    amountMinor: z.optional(amountMinor),
    currency: z.optional(currency),
    nights: z.optional(intBetween(1, 365)),
    reference: text(128),
    occurredAt: z.optional(isoTime),
  })
  .check(
    z.refine((body) => body.amountMinor !== undefined || body.nights !== undefined, {
      error: 'an earn needs amountMinor or nights',
      path: ['amountMinor'],
    }),
  );

export const redemptionBody = z
  .strictObject({
    memberId: id,
    rewardId: z.optional(id),
    quantity: z.optional(intBetween(1, 100)),
    payment: z.optional(z.strictObject({ amountMinor })),
    spendCode: z.optional(spendCode),
  })
  .check(
    z.refine((body) => (body.rewardId === undefined) !== (body.payment === undefined), {
      error: 'give exactly one of rewardId or payment',
      path: ['rewardId'],
    }),
    z.refine((body) => body.payment === undefined || body.quantity === undefined, {
      error: 'quantity applies to rewards only',
      path: ['quantity'],
    }),
  );

export const reversalBody = z.strictObject({
  transactionId: z.string().check(z.minLength(1), z.maxLength(128)),
  reason: text(500),
  amountMinor: z.optional(amountMinor),
});

export const completionBody = z.strictObject({ memberId: id, reference: text(128) });

export const rewardsQuery = z.extend(listQuery, { memberId: z.optional(id) });
