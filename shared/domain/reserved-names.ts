/**
 * Names the engine and its people use for the operator and the jobs (idempotency
 * scopes, audit lines, statements): a merchant called one of them could pass
 * for the program. Compared without case, since a reader does not tell `Admin` from `admin`.
 */
export const RESERVED_MERCHANT_IDS = ['admin', 'system', 'program', 'operator'] as const;

export function isReservedMerchantId(merchantId: string): boolean {
  return (RESERVED_MERCHANT_IDS as readonly string[]).includes(merchantId.toLowerCase());
}
