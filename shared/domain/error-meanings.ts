import type { ErrorCode } from './error-catalogue.js';

/**
 * What each code of the error catalogue means, for people: the OpenAPI
 * descriptions, the `/problems/<code>` pages and docs/api.md are made from
 * it. Light markdown (`code` spans) only.
 */
export const ERROR_MEANINGS: Readonly<Record<ErrorCode, string>> = {
  not_found: 'No such route, or the key (revocation) or transaction (reversal) named does not exist.',
  method_not_allowed: 'The path exists but not with this method; the `Allow` header lists the methods it has.',
  payload_too_large: 'The body exceeds 64 KiB.',
  unauthenticated:
    'Missing, unknown, revoked or expired API key, or an `Authorization` header that is not `Bearer <key>`.',
  forbidden:
    "The key may not do this: a merchant key on an operator route, the admin key on a merchant-only route, a merchant reversing another merchant's transaction (remembered), or a merchant key earning with another merchant's `merchantId`.",
  malformed_json: 'The body is not valid JSON.',
  idempotency_key_required: 'A POST that moves points came without an `Idempotency-Key` header.',
  validation_failed:
    "A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.",
  disclosure_required:
    'A reward, promotion, task, badge, set, game, birthday bonus or exchange was saved with `conditions` missing or empty (blank).',
  idempotency_key_reused: 'The `Idempotency-Key` was used before with a different request body (or on another route).',
  merchant_not_found:
    'The program has no merchant with this id (an earn with the admin key, a key, a statement, a merchant read).',
  member_not_found: 'The member is not enrolled.',
  reward_not_found: 'The reward does not exist or is not active.',
  task_not_found: 'The task does not exist.',
  game_not_found: 'The game does not exist.',
  partner_not_found: 'The merchant named as `partnerId` does not exist or offers no `exchange`; nothing was written.',
  transfer_not_found:
    'No transfer has this id that the calling key may see (its partner, the key that posted it, or the operator).',
  rules_version_not_found:
    'No rules version has that number, or the time asked for is before the first version took effect.',
  flag_not_found:
    'No flag has this `flagId` (a well-formed id of a member, rule and day on which no earn was refused).',
  webhook_not_found: 'No webhook endpoint has this `endpointId`; create it with `PUT /v1/admin/webhooks/{endpointId}`.',
  member_frozen: 'The member is frozen; no points can move.',
  credit_required: 'The reward is `creditOnly` and the member is not in `good` credit standing.',
  spend_code_required:
    "The program asks for the member's consent to this spend, and the body carries no `spendCode`. Not remembered under the `Idempotency-Key`: retry with the code.",
  spend_code_invalid:
    "The `spendCode` is not the member's current one: unknown, used, expired, voided by a newer code, or another member's. Not remembered; it counts toward the lock.",
  spend_code_locked:
    "After 5 invalid spend codes within 15 minutes, the member's spends with a merchant key are refused until `Retry-After` seconds have passed.",
  priority_window: 'The limited-stock reward is still reserved for members in `good` credit standing.',
  out_of_stock: 'Not enough of a limited-stock reward is left for the quantity asked.',
  insufficient_points:
    'The balance does not cover the redemption, the payment, the play or the negative adjustment (a balance below zero covers nothing); nothing was written.',
  task_not_active: 'The task is inactive (`active: false`) or outside `[startsAt, endsAt)`.',
  task_limit_reached: 'The member has completed the task as often as its `limit` allows in this period.',
  game_not_active: 'The game is played only within `[startsAt, endsAt)`; nothing was written.',
  game_sold_out: "Every ticket of the game's urn has been played; nothing was written.",
  game_locked:
    'A ticket of the game has been played, so its published information is fixed: a `PUT` may only move `endsAt` earlier.',
  already_reversed: 'Nothing (or not that much) is left to reverse of the transaction.',
  transfer_closed:
    'The transfer has ended (confirmed, rejected or expired) other than as this call asks; the same confirm or reject again, with the same body, answers 200 with the transfer as it is.',
  velocity_limit:
    "The earn would take the member past one of the program's velocity `limits` for the UTC day; nothing was credited and a flag is open for the operator.",
  internal_error: 'An unexpected failure; the answer carries no internal details, and nothing was written.',
  temporarily_unavailable:
    "The store stayed busy, unreachable or slow through jifen's internal retries; retry after `Retry-After` seconds with the same `Idempotency-Key` (after a timed-out write, the retry settles whether it was made).",
};
