import * as z from 'zod';
import { amountMinor, currency, id, isoTime, listQuery, text } from './common.js';

export const enrolBody = z.strictObject({ profile: z.record(z.string().max(100), z.unknown()).optional() });

export const earnBody = z
  .strictObject({
    memberId: id,
    merchantId: id.optional(),
    amountMinor: amountMinor.optional(),
    currency: currency.optional(),
    nights: z.int().min(1).max(365).optional(),
    reference: text(128),
    occurredAt: isoTime.optional(),
  })
  .refine((body) => body.amountMinor !== undefined || body.nights !== undefined, {
    error: 'an earn needs amountMinor or nights',
    path: ['amountMinor'],
  });

export const redemptionBody = z
  .strictObject({
    memberId: id,
    rewardId: id.optional(),
    quantity: z.int().min(1).max(100).optional(),
    payment: z.strictObject({ amountMinor }).optional(),
  })
  .superRefine((body, context) => {
    if ((body.rewardId === undefined) === (body.payment === undefined)) {
      context.addIssue({ code: 'custom', path: ['rewardId'], message: 'give exactly one of rewardId or payment' });
    }
    if (body.payment !== undefined && body.quantity !== undefined) {
      context.addIssue({ code: 'custom', path: ['quantity'], message: 'quantity applies to rewards only' });
    }
  });

export const reversalBody = z.strictObject({
  transactionId: z.string().min(1).max(128),
  reason: text(500),
  amountMinor: amountMinor.optional(),
});

export const rewardsQuery = listQuery.extend({ memberId: id.optional() });
