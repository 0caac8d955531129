/**
 * Every error code jifen answers with, once, in the order a request is checked
 * where that order matters (routing, size, authentication, rights, JSON,
 * Idempotency-Key, validation, existence, the member's state, then balances,
 * stock and limits): its HTTP status and whether a refusal with it is
 * remembered under the Idempotency-Key. What each code means is in
 * error-meanings.ts, keyed by the same codes (TypeScript refuses a code
 * without its meaning); it is kept apart so that no function bundle carries the prose.
 *
 * The domain's errors name a code and take `remembered` from here; only
 * `statusOf` (shared/application/problem.ts) reads `status`. The OpenAPI
 * descriptions, the `/problems/<code>` pages and the table in docs/api.md are
 * made from the two tables (`npm run openapi`), and a test fails when any of
 * them, or a code used anywhere, drifts from them.
 *
 * `remembered`: a use case's refusal with this code under an Idempotency-Key
 * is stored and replayed for the same key and body. Codes decided before any
 * key is claimed (authentication, validation) or that no idempotent route
 * gives are not.
 *
 * A new code: its row here (in check order), its meaning in
 * error-meanings.ts, a class in errors.ts that names it (`readonly code =
 * '<code>'`, no status), the code in the `errors` of each route that answers
 * it (under its status here), then `npm run openapi`.
 */
export interface ErrorCodeEntry {
  readonly status: number;
  readonly remembered: boolean;
}

export const ERROR_CATALOGUE = {
  not_found: { status: 404, remembered: true },
  method_not_allowed: { status: 405, remembered: false },
  payload_too_large: { status: 413, remembered: false },
  unauthenticated: { status: 401, remembered: false },
  forbidden: { status: 403, remembered: true },
  malformed_json: { status: 400, remembered: false },
  idempotency_key_required: { status: 400, remembered: false },
  validation_failed: { status: 400, remembered: false },
  disclosure_required: { status: 400, remembered: false },
  idempotency_key_reused: { status: 422, remembered: false },
  merchant_not_found: { status: 404, remembered: true },
  member_not_found: { status: 404, remembered: true },
  reward_not_found: { status: 404, remembered: true },
  task_not_found: { status: 404, remembered: true },
  game_not_found: { status: 404, remembered: true },
  partner_not_found: { status: 404, remembered: true },
  transfer_not_found: { status: 404, remembered: false },
  flag_not_found: { status: 404, remembered: false },
  rules_version_not_found: { status: 404, remembered: false },
  webhook_not_found: { status: 404, remembered: false },
  member_frozen: { status: 403, remembered: true },
  credit_required: { status: 403, remembered: true },
  spend_code_required: { status: 403, remembered: false },
  spend_code_invalid: { status: 403, remembered: false },
  spend_code_locked: { status: 429, remembered: false },
  priority_window: { status: 409, remembered: true },
  out_of_stock: { status: 409, remembered: true },
  insufficient_points: { status: 409, remembered: true },
  task_not_active: { status: 409, remembered: true },
  task_limit_reached: { status: 409, remembered: true },
  game_not_active: { status: 409, remembered: true },
  game_sold_out: { status: 409, remembered: true },
  game_locked: { status: 409, remembered: false },
  already_reversed: { status: 409, remembered: true },
  transfer_closed: { status: 409, remembered: false },
  velocity_limit: { status: 409, remembered: true },
  internal_error: { status: 500, remembered: false },
  temporarily_unavailable: { status: 503, remembered: false },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Every code, in the catalogue's order. */
export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, value);
}
