import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.js';
import type { LimitBreach } from './velocity.js';

/**
 * A refusal the client can act on, named by its code. What the code means,
 * its HTTP status and whether it is remembered under the Idempotency-Key are
 * in the one catalogue (error-catalogue.ts), never here.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly errors?: { path: string; message: string }[];
  /** Seconds the client should wait before retrying, where the code asks for a wait. */
  readonly retryAfterSeconds?: number;

  constructor(message: string, errors?: { path: string; message: string }[], options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    if (errors) this.errors = errors;
  }

  /** Business refusals are remembered under the idempotency key and replayed (the catalogue says which). */
  get remembered(): boolean {
    return ERROR_CATALOGUE[this.code].remembered;
  }
}

export class ValidationError extends DomainError {
  readonly code = 'validation_failed';
  constructor(errors: { path: string; message: string }[], message = 'The request is not valid.') {
    super(message, errors);
  }
}

export class DisclosureRequiredError extends DomainError {
  readonly code = 'disclosure_required';
  constructor() {
    super('Conditions must be stated before a reward or promotion is published.', [
      { path: 'conditions', message: 'must be a non-empty statement of the conditions' },
    ]);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
}

export class FlagNotFoundError extends DomainError {
  readonly code = 'flag_not_found';
  constructor(flagId: string) {
    super(`Flag ${flagId} does not exist.`);
  }
}

export class WebhookNotFoundError extends DomainError {
  readonly code = 'webhook_not_found';
  constructor(endpointId: string) {
    super(`Webhook endpoint ${endpointId} does not exist.`);
  }
}

export class MemberNotFoundError extends DomainError {
  readonly code = 'member_not_found';
  constructor(memberId: string) {
    super(`Member ${memberId} is not enrolled.`);
  }
}

export class RewardNotFoundError extends DomainError {
  readonly code = 'reward_not_found';
  constructor(rewardId: string) {
    super(`Reward ${rewardId} does not exist or is not active.`);
  }
}

export class RulesVersionNotFoundError extends DomainError {
  readonly code = 'rules_version_not_found';
  constructor(asked: string) {
    super(`There is no rules version ${asked}.`);
  }
}

export class TransactionNotFoundError extends DomainError {
  readonly code = 'not_found';
  constructor(transactionId: string) {
    super(`Transaction ${transactionId} does not exist.`);
  }
}

/** The program has no merchant with this id (an admin earn, a key, a statement, a merchant read). */
export class MerchantNotFoundError extends DomainError {
  readonly code = 'merchant_not_found';
  constructor(merchantId: string) {
    super(`Merchant ${merchantId} does not exist.`);
  }
}

export class TaskNotFoundError extends DomainError {
  readonly code = 'task_not_found';
  constructor(taskId: string) {
    super(`Task ${taskId} does not exist.`);
  }
}

export class TaskNotActiveError extends DomainError {
  readonly code = 'task_not_active';
  constructor(taskId: string) {
    super(`Task ${taskId} is not active now.`);
  }
}

export class TaskLimitReachedError extends DomainError {
  readonly code = 'task_limit_reached';
  constructor(taskId: string, count: number, per: string) {
    super(`Task ${taskId} may be completed ${count} time(s) per ${per}; this member has reached that.`);
  }
}

export class MemberFrozenError extends DomainError {
  readonly code = 'member_frozen';
  constructor(memberId: string) {
    super(`Member ${memberId} is frozen; no points can move.`);
  }
}

export class CreditRequiredError extends DomainError {
  readonly code = 'credit_required';
  constructor(rewardId: string) {
    super(`Reward ${rewardId} is reserved for members in good credit standing.`);
  }
}

export class ForeignTransactionError extends DomainError {
  readonly code = 'forbidden';
  constructor() {
    super('A merchant may only reverse its own transactions.');
  }
}

export class PartnerNotFoundError extends DomainError {
  readonly code = 'partner_not_found';
  constructor(partnerId: string) {
    super(`Merchant ${partnerId} is not an exchange partner.`);
  }
}

export class TransferNotFoundError extends DomainError {
  readonly code = 'transfer_not_found';
  constructor(transferId: string) {
    super(`Transfer ${transferId} does not exist.`);
  }
}

export class TransferClosedError extends DomainError {
  readonly code = 'transfer_closed';
  constructor(transferId: string, status: string) {
    super(`Transfer ${transferId} has ended (${status}).`);
  }
}

export class InsufficientPointsError extends DomainError {
  readonly code = 'insufficient_points';
  constructor(needed: number, available: number) {
    super(`This needs ${needed} points; the balance is ${available}.`);
  }
}

export class OutOfStockError extends DomainError {
  readonly code = 'out_of_stock';
  constructor(rewardId: string) {
    super(`Reward ${rewardId} is out of stock.`);
  }
}

export class PriorityWindowError extends DomainError {
  readonly code = 'priority_window';
  constructor(rewardId: string, opensAt: string) {
    super(`Reward ${rewardId} is reserved for good-credit members until ${opensAt}.`);
  }
}

export class GameNotFoundError extends DomainError {
  readonly code = 'game_not_found';
  constructor(gameId: string) {
    super(`Game ${gameId} does not exist.`);
  }
}

export class GameNotActiveError extends DomainError {
  readonly code = 'game_not_active';
  constructor(gameId: string, startsAt: string, endsAt: string) {
    super(`Game ${gameId} can be played from ${startsAt} until ${endsAt} only.`);
  }
}

export class GameSoldOutError extends DomainError {
  readonly code = 'game_sold_out';
  constructor(gameId: string) {
    super(`Every ticket of game ${gameId} has been played.`);
  }
}

/** Prize information may not change once the draw has started (the law on prize promotions). */
export class GameLockedError extends DomainError {
  readonly code = 'game_locked';
  constructor(gameId: string) {
    super(`Game ${gameId} has been played: only an earlier endsAt may still be set.`);
  }
}

/** An earn past a velocity limit; it opens a flag for the operator (shared/domain/flags.ts). */
export class VelocityLimitError extends DomainError {
  readonly code = 'velocity_limit';
  constructor(readonly breach: LimitBreach) {
    super(
      `Member ${breach.memberId} has reached the ${breach.rule} limit for ${breach.day} (UTC); nothing was credited.`,
    );
  }
}

export class AlreadyReversedError extends DomainError {
  readonly code = 'already_reversed';
  constructor(transactionId: string) {
    super(`Transaction ${transactionId} has nothing left to reverse.`);
  }
}

export class NotReversibleError extends DomainError {
  readonly code = 'validation_failed';
  constructor(message: string, path = 'transactionId') {
    super(message, [{ path, message }]);
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'idempotency_key_reused';
  constructor() {
    super('This Idempotency-Key was used with a different request body.');
  }
}

/**
 * The store stayed busy (throttled, conflicting, unreachable or slow) through
 * every internal retry. Usually nothing was written; after a write timed out or
 * lost its connection, it may have been, and only a retry with the same
 * Idempotency-Key can tell (it replays the answer if it was).
 */
export class TemporarilyUnavailableError extends DomainError {
  readonly code = 'temporarily_unavailable';
  override readonly retryAfterSeconds = 1;
  constructor(options: { cause?: unknown; outcomeUnknown?: boolean } = {}) {
    super(
      options.outcomeUnknown
        ? 'The ledger did not answer in time; the change may or may not have been made. Retry with the same Idempotency-Key: it settles which.'
        : 'The ledger is busy; nothing was written. Retry with the same Idempotency-Key.',
      undefined,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'unauthenticated';
  constructor() {
    super('A valid API key is required: Authorization: Bearer <apiKey>.');
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
  constructor(message = 'This key may not do that.') {
    super(message);
  }
}

/** The program asks for the member's spend code on this spend, and none came with it. Not remembered: the till retries with the code. */
export class SpendCodeRequiredError extends DomainError {
  readonly code = 'spend_code_required';
  constructor() {
    super(
      "This program needs the member's one-time spend code for this spend: ask the member for it and send it as spendCode.",
    );
  }
}

/** Unknown, used, expired or another member's code. Not remembered: the till retries with the right code. */
export class SpendCodeInvalidError extends DomainError {
  readonly code = 'spend_code_invalid';
  constructor() {
    super("The spend code is not the member's current one (wrong, used or expired): ask the member for a new one.");
  }
}

/** Too many invalid codes for the member: their merchant-key spends wait until the lock ends. */
export class SpendCodeLockedError extends DomainError {
  readonly code = 'spend_code_locked';
  override readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(
      `Too many invalid spend codes for this member; spends with a merchant key are locked for ${retryAfterSeconds} more seconds.`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
