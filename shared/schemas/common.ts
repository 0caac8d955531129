import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini keeps each handler bundle ~80 KB smaller than classic zod; it ships no messages unless told.
z.config(en());

/** Ids chosen by the operator or merchants: member card numbers, hashed phones, slugs. */
export const ID_PATTERN = '[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}';
export const id = z
  .string()
  .check(
    z.regex(new RegExp(`^${ID_PATTERN}$`), { error: 'must be 1–128 characters: letters, digits and . _ : @ + -' }),
  );
export const slug = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, { error: 'must be a lower-case word (a–z, 0–9, -)' }));
export const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, { error: 'must not be empty' }), z.maxLength(max));
export const isoTime = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 time with offset, e.g. 2027-07-01T00:00:00Z',
});
export const currency = z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as CNY' }));
export const balanceName = z.enum(['points', 'green']);
export const creditStanding = z.enum(['good', 'standard', 'poor']);

/** An integer within bounds. */
export const intBetween = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** Upper bounds keep every points computation exact in integer arithmetic. */
export const MAX_POINTS = 1_000_000_000;
export const MAX_AMOUNT_MINOR = 10_000_000_000;
export const points = intBetween(0, MAX_POINTS);
export const positivePoints = intBetween(1, MAX_POINTS);
export const amountMinor = intBetween(1, MAX_AMOUNT_MINOR);

/** Multipliers carry at most six decimals, so their extras are computed exactly. */
export const multiplier = z.number().check(
  z.minimum(1),
  z.maximum(10),
  z.refine((m) => Math.abs(m * 1e6 - Math.round(m * 1e6)) < 1e-6, { error: 'must have at most six decimals' }),
);

export const idempotencyKey = z
  .string()
  .check(z.regex(/^[\x20-\x7e]{1,255}$/, { error: 'must be 1–255 printable ASCII characters' }));

export const listQuery = z.strictObject({
  limit: z._default(z.pipe(z.coerce.number(), intBetween(1, 100)), 25),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
});

const MAX_STATEMENT_DAYS = 366;
const DAY_MS = 86_400_000;

/** A statement's period `[from, to)`: both required, `from` before `to`, at most 366 days. */
export const statementWindow = z.strictObject({ from: isoTime, to: isoTime }).check(
  z.refine((window) => Date.parse(window.from) < Date.parse(window.to), { error: 'must be after from', path: ['to'] }),
  z.refine((window) => Date.parse(window.to) - Date.parse(window.from) <= MAX_STATEMENT_DAYS * DAY_MS, {
    error: `must be at most ${MAX_STATEMENT_DAYS} days after from`,
    path: ['to'],
  }),
);

/** Routes that take no body still refuse one with fields in it. */
export const emptyBody = z.strictObject({});
/** The member's one-time spend code, where the program asks for the member's consent to spend. */
export const spendCode = z
  .string()
  .check(z.regex(/^[0-9]{8}$/, { error: 'must be the 8 digits of the member’s spend code' }));

/** A change waiting for its notice date (shared/domain/notice.ts), as answered. */
export const scheduledChange = z.object({
  effectiveAt: z.string().register(z.globalRegistry, { format: 'date-time' }),
  path: z.string(),
  from: z.nullable(z.int()),
  to: z.nullable(z.int()),
});
