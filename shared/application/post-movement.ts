import { DomainError, IdempotencyKeyReusedError, VelocityLimitError } from '../domain/errors.js';
import { openFlag } from '../domain/flags.js';
import type { StoredOutcome } from '../domain/ledger.js';
import type { Member } from '../domain/member.js';
import { addDays } from '../domain/time.js';
import type { ConfigSnapshot } from '../ports/config-store.js';
import type { Movement, ReadGuards } from '../ports/ledger-store.js';
import type { PendingKey } from './authenticate.js';
import type { Deps, Outcome } from './deps.js';
import { keptConfig } from './kept-config.js';
import { memberNow } from './member-now.js';
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
    const [existing, decision] = await Promise.allSettled([
      deps.ledger.getOutcome(request.transactionId),
      decide(guards),
    ]);
    if (existing.status === 'rejected') throw existing.reason;
    if (existing.value) return replay(request, existing.value);
    return settle(deps, request, decision, guards);
  });
}

/** What the decision of a movement on one member starts from. */
export interface MovementBasis {
  member: Member | null;
  /** The whole configuration, as kept when the first attempt began. */
  config: ConfigSnapshot;
  /** Units left of the reward asked for with `stockOf` (null: it has no stock item); undefined when none was. */
  stockLeft?: number | null;
}

/**
 * postIdempotently for a movement on one member (an earn, a redemption), with
 * one read before the decision: the answer stored under the id, the member,
 * a reward's stock, and the caller's key when it is still to be checked; the
 * configuration is the container's kept copy, its version checked at most
 * once a second (`ConfigStore.recentVersion`). The key is checked first, so a
 * revoked one is a 401 before anything is replayed, decided or written; a
 * stored answer is replayed without deciding. A retry after a stale write
 * reads the member (and stock) again, not the key or the configuration.
 */
export async function postAfterOneRead(
  deps: Deps,
  request: IdempotentRequest & {
    memberId: string;
    /** The reward whose stock item to read, chosen from the kept configuration (an unlimited reward has none to read). */
    stockOf?: (config: ConfigSnapshot) => string | undefined;
    keyCheck?: PendingKey | null;
  },
  decide: (guards: ReadGuards, basis: MovementBasis) => Promise<Movement>,
): Promise<Outcome> {
  const { keyCheck } = request;
  let config: Promise<ConfigSnapshot> | undefined;
  return retryWhileStale(deps, async () => {
    if (config === undefined) {
      // The kept configuration, its version checked at most once a second (beside the read, not before it);
      // a replay or a 401 leaves it unused, and its failure then unhandled but harmless.
      config = keptConfig(deps);
      config.catch(() => undefined);
    }
    const stockOf = request.stockOf?.(await config);
    const read = await deps.movementReads.read({
      transactionId: request.transactionId,
      memberId: request.memberId,
      ...(keyCheck && !keyCheck.confirmed && { keyId: keyCheck.keyId }),
      ...(stockOf !== undefined && { stockOf }),
    });
    if (keyCheck && !keyCheck.confirmed) keyCheck.confirm(read.key);
    if (read.outcome) return replay(request, read.outcome);
    const guards: ReadGuards = {};
    guardMember(guards, request.memberId, read.member);
    const basis = (snapshot: ConfigSnapshot): MovementBasis => ({
      member: memberNow(deps, read.member),
      config: snapshot,
      ...(read.stockLeft !== undefined && { stockLeft: read.stockLeft }),
    });
    return settle(deps, request, await settledOf(config.then((snapshot) => decide(guards, basis(snapshot)))), guards);
  });
}

/** A promise's outcome as a value: here a refusal is data, not an exception. */
function settledOf<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  return promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}

/** Commits the decided movement, or remembers the business refusal `decide` threw, under the request's id. */
async function settle(
  deps: Deps,
  request: IdempotentRequest,
  decision: PromiseSettledResult<Movement>,
  guards: ReadGuards,
): Promise<Outcome | typeof STALE> {
  if (decision.status === 'rejected') {
    const error: unknown = decision.reason;
    if (!(error instanceof DomainError) || !error.remembered) throw error;
    const body = problemFor(error);
    const refusal: StoredOutcome = { requestHash: request.requestHash, status: body.status, body };
    const now = deps.clock.now();
    // An earn past a velocity limit opens the operator's flag in the same write as its remembered refusal.
    const flag =
      error instanceof VelocityLimitError
        ? openFlag(error.breach, request.transactionId, now.toISOString())
        : undefined;
    const expiresAt = addDays(now, REFUSAL_MEMORY_DAYS);
    const recorded = await deps.ledger.recordRefusal(request.transactionId, refusal, expiresAt, guards, flag);
    if (recorded.kind === 'recorded') return { status: refusal.status, body: refusal.body, replayed: false };
    if (recorded.kind === 'duplicate') return replay(request, recorded.outcome);
    return STALE;
  }
  const movement = decision.value;
  const result = await deps.ledger.commit(movement);
  if (result.kind === 'committed')
    return { status: movement.outcome.status, body: movement.outcome.body, replayed: false };
  if (result.kind === 'duplicate') return replay(request, result.outcome);
  return STALE;
}
