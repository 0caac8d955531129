import * as z from 'zod/mini';
import { isReservedMerchantId, RESERVED_MERCHANT_IDS } from '../domain/reserved-names.js';
import { VELOCITY_RULES } from '../domain/velocity.js';
import { id, ID_PATTERN } from './common.js';

/** Path parameters, validated like any other input. */
export const memberParams = z.object({ memberId: id });
export const merchantParams = z.object({ merchantId: id });
/** The id a new merchant is given: never one that could pass for the operator or the jobs. */
export const newMerchantParams = z.object({
  merchantId: id.check(
    z.refine((merchantId) => !isReservedMerchantId(merchantId), {
      error: `is reserved (${RESERVED_MERCHANT_IDS.join(', ')})`,
    }),
  ),
});
export const rewardParams = z.object({ rewardId: id });
export const promotionParams = z.object({ promotionId: id });
export const keyParams = z.object({ keyId: z.string().check(z.regex(/^[0-9a-f]{16}$/, { error: 'is not a key id' })) });
export const taskParams = z.object({ taskId: id });
/** `tr_` and the 24 characters of its entry's id (shared/domain/transfers.ts). */
export const transferParams = z.object({
  transferId: z.string().check(z.regex(/^tr_[A-Za-z0-9_-]{24}$/, { error: 'is not a transfer id' })),
});
export const badgeParams = z.object({ badgeId: id });
export const webhookParams = z.object({ endpointId: id });
export const badgeSetParams = z.object({ setId: id });
/** `<day>.<rule>.<memberId>` (shared/domain/flags.ts). */
export const flagParams = z.object({
  flagId: z.string().check(
    z.regex(new RegExp(`^\\d{4}-\\d{2}-\\d{2}\\.(${VELOCITY_RULES.join('|')})\\.${ID_PATTERN}$`), {
      error: 'is not a flag id (<YYYY-MM-DD>.<rule>.<memberId>)',
    }),
  ),
});
