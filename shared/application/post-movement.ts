import { DomainError, IdempotencyKeyReusedError, VelocityLimitError } from '../domain/errors.js';
import { openFlag } from '../domain/flags.js';
import type { StoredOutcome } from '../domain/ledger.js';
import { addDays } from '../domain/time.js';
import type { Movement, ReadGuards } from '../ports/ledger-store.js';
import type { Deps, Outcome } from './deps.js';
import { problemFor } from './problem.js';
import { retryWhileStale, STALE } from './retry.js';

/** Remembered refusals are not transactions; DynamoDB may delete them after this long. */
const REFUSAL_MEMORY_DAYS = 90;

export interface IdempotentRequest {
  transactionId: string;
  requestHash: string;
}

function replay(request: IdempotentRequest, outcome: StoredOutcome): Outcome {
  if (outcome.requestHash !== request.requestHash) throw new IdempotencyKeyReusedError();
  return { status: outcome.status, body: outcome.body, replayed: true };
}

/** Notes the member a decision was read from (its version, or that it did not exist). */
export function guardMember(guards: ReadGuards, memberId: string, member: { version: number } | null): void {
  guards.member = { memberId, version: member?.version ?? null };
}

/**
 * Posts one movement exactly once per transaction id. `decide` reads what it
 * needs and returns the movement, or throws a DomainError; business refusals
 * are remembered under the same id. Every write is conditional on what
 * `decide` read (a refusal on the `guards` it notes), so a concurrent change
 * makes it stale and the whole decision is taken again on fresh data.
 */
export async function postIdempotently(
  deps: Deps,
  request: IdempotentRequest,
  decide: (guards: ReadGuards) => Promise<Movement>,
): Promise<Outcome> {
  return retryWhileStale(deps, async () => {
    const guards: ReadGuards = {};
    const [existing, decision] = await Promise.allSettled([deps.ledger.getOutcome(request.transactionId), decide(guards)]);
    if (existing.status === 'rejected') throw existing.reason;
    if (existing.value) return replay(request, existing.value);
    if (decision.status === 'rejected') {
      const error: unknown = decision.reason;
      if (!(error instanceof DomainError) || !error.remembered) throw error;
      const refusal: StoredOutcome = { requestHash: request.requestHash, status: error.status, body: problemFor(error) };
      const now = deps.clock.now();
      // An earn past a velocity limit opens the operator's flag in the same write as its remembered refusal.
      const flag = error instanceof VelocityLimitError ? openFlag(error.breach, request.transactionId, now.toISOString()) : undefined;
      const expiresAt = addDays(now, REFUSAL_MEMORY_DAYS);
      const recorded = await deps.ledger.recordRefusal(request.transactionId, refusal, expiresAt, guards, flag);
      if (recorded.kind === 'recorded') return { status: refusal.status, body: refusal.body, replayed: false };
      if (recorded.kind === 'duplicate') return replay(request, recorded.outcome);
      return STALE;
    }
    const movement = decision.value;
    const result = await deps.ledger.commit(movement);
    if (result.kind === 'committed') return { status: movement.outcome.status, body: movement.outcome.body, replayed: false };
    if (result.kind === 'duplicate') return replay(request, result.outcome);
    return STALE;
  });
}
