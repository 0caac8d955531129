import * as z from 'zod';

/** Ids chosen by the operator or merchants: member card numbers, hashed phones, slugs. */
export const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}$/, {
  error: 'must be 1–128 characters: letters, digits and . _ : @ + -',
});
export const slug = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { error: 'must be a lower-case word (a–z, 0–9, -)' });
export const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);
export const isoTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time with offset, e.g. 2027-07-01T00:00:00Z' });
export const currency = z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as CNY' });
export const balanceName = z.enum(['points', 'green']);
export const creditStanding = z.enum(['good', 'standard', 'poor']);

/** Upper bounds keep every points computation exact in integer arithmetic. */
export const MAX_POINTS = 1_000_000_000;
export const MAX_AMOUNT_MINOR = 10_000_000_000;
export const points = z.int().min(0).max(MAX_POINTS);
export const positivePoints = z.int().min(1).max(MAX_POINTS);
export const amountMinor = z.int().min(1).max(MAX_AMOUNT_MINOR);
/** Multipliers carry at most six decimals, so their extras are computed exactly. */
export const multiplier = z
  .number()
  .min(1)
  .max(10)
  .refine((m) => Math.abs(m * 1e6 - Math.round(m * 1e6)) < 1e-6, { error: 'must have at most six decimals' });

export const idempotencyKey = z.string().regex(/^[\x20-\x7e]{1,255}$/, {
  error: 'must be 1–255 printable ASCII characters',
});

export const listQuery = z.strictObject({
  limit: z.coerce.number().pipe(z.int().min(1).max(100)).default(25),
  cursor: z.string().min(1).max(2048).optional(),
});

/** Routes that take no body still refuse one with fields in it. */
export const emptyBody = z.strictObject({});
