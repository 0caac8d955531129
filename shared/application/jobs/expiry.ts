import { dueExpiries, lotExpiresAt, oldestOpenLot, type Lot } from '../../domain/expiry.js';
import type { Member } from '../../domain/member.js';
import { addDays, addMonths, startOfUtcDay } from '../../domain/time.js';
import type { Deps } from '../deps.js';
import { requestHash, transactionIdFor } from '../idempotency.js';
import { buildMovement } from '../movement.js';
import { updateMemberOnFreshRead } from '../update-member.js';
import { postIdempotently } from '../post-movement.js';
import { DEFAULT_PAGE_SIZE, forEachPaged, type JobResult, type PagingOptions } from './result.js';
import { memberNow, readMember } from '../member-now.js';
import { soonestPendingPosition } from '../../domain/pending.js';
import { loadConfig } from '../kept-config.js';

export interface ExpiryJobOptions extends PagingOptions {
  /** Told the points of every expiry entry this run posted (replays excluded), e.g. for a metric. */
  onExpired?: (points: number) => void;
}

/**
 * The last UTC day whose postings are due by `asOf`. Expiry dates clamp to month
 * ends (31 Jan + 1 month = 28 Feb), so several posting days can share one expiry
 * date: start from `asOf` minus the months, which is always due, and step over
 * the days that clamp onto a date already reached.
 */
export function lastDuePostingDay(asOf: Date, expiryMonths: number): Date {
  let day = startOfUtcDay(addMonths(asOf, -expiryMonths));
  while (lotExpiresAt(addDays(day, 1).toISOString(), expiryMonths).getTime() <= asOf.getTime()) day = addDays(day, 1);
  return day;
}

/**
 * Upper bound for the lots index (`createdAt#transactionId` positions): the start
 * of the day after the last due posting day. Every position posted on a due day
 * sorts below it, every later one above it, so the index yields exactly the
 * members whose oldest open lot is due.
 */
export function dueLotsBound(asOf: Date, expiryMonths: number): string {
  return addDays(lastDuePostingDay(asOf, expiryMonths), 1).toISOString();
}

/**
 * Where to list a member's lots from. Positions of one millisecond sort by
 * transaction id, not by posting order, so a lot posted in the same millisecond
 * as the recorded oldest open lot may sort before it: list from the millisecond.
 * Earlier lots that come along are fully spent and change no computation.
 */
export function lotsListedFrom(oldestOpenPosition: string): string {
  return oldestOpenPosition.split('#', 1)[0]!;
}

/** The member's lots that may still hold points, oldest first, with pending points matured since the last write. */
export async function openLotsOf(deps: Deps, member: Member): Promise<Lot[]> {
  const stored =
    member.oldestOpenLot === null
      ? []
      : await deps.ledger.listLots(member.memberId, lotsListedFrom(member.oldestOpenLot));
  return [...stored, ...member.released.lots];
}

/** One expiry per member and due date, ever: the idempotency key names both. */
export function expiryKey(memberId: string, expiresAt: string): string {
  return `expiry:${memberId}:${expiresAt}`;
}

/** Nothing is left to expire on a date (a redemption spent it first): no entry is posted. */
class NothingToExpire extends Error {}

/** The expiry period the job runs with, and the configuration version it was read at (each entry records it). */
interface ExpiryRule {
  months: number;
  rulesVersion: number;
}

/**
 * Posts one `expiry` entry for `expiresAt` through the idempotent path of every
 * movement. The amount is decided from the member as it is at commit time
 * (decide re-runs on a stale commit); the request hash is constant per key, so
 * a rerun that would compute a different amount replays instead of expiring twice.
 * Returns the points posted, or 0 when nothing was posted by this call.
 */
async function postExpiry(deps: Deps, memberId: string, expiresAt: string, expiry: ExpiryRule): Promise<number> {
  const key = expiryKey(memberId, expiresAt);
  const transactionId = transactionIdFor('system', key);
  const hash = requestHash('system expiry', key);
  try {
    const outcome = await postIdempotently(deps, { transactionId, requestHash: hash }, async () => {
      const member = await readMember(deps, memberId);
      if (!member) throw new NothingToExpire();
      const lots = await openLotsOf(deps, member);
      // Earlier dates were posted first, so the debited total already holds them.
      const due = dueExpiries(lots, member.debitedTotal, expiry.months, new Date(expiresAt)).find(
        (d) => d.expiresAt === expiresAt,
      );
      if (!due) throw new NothingToExpire();
      const points = due.points;
      return buildMovement({
        transactionId,
        requestHash: hash,
        type: 'expiry',
        member,
        merchantId: null,
        owner: 'system',
        balanceName: 'points',
        credit: 0,
        debit: points,
        reference: null,
        createdAt: deps.clock.now().toISOString(),
        rulesVersion: expiry.rulesVersion,
        details: { expiresFor: expiresAt },
        respond: ({ balances }) => ({
          transactionId,
          memberId,
          type: 'expiry',
          points,
          delta: -points,
          expiresFor: expiresAt,
          balances,
        }),
      });
    });
    return outcome.replayed ? 0 : (outcome.body as { points: number }).points;
  } catch (error) {
    if (error instanceof NothingToExpire) return 0;
    throw error;
  }
}

/**
 * Moves the member's oldest open lot forward past the lots that are spent, so
 * the lots index stops yielding the member until its next lot falls due.
 */
async function advanceOldestOpenLot(deps: Deps, memberId: string): Promise<void> {
  await updateMemberOnFreshRead(deps, memberId, async (stored) => {
    if (stored.oldestOpenLot === null) return null;
    const member = memberNow(deps, stored)!;
    // Past the last open lot, the soonest pending points: the job must find the member again once they mature.
    const open =
      oldestOpenLot(await openLotsOf(deps, member), member.debitedTotal)?.position ??
      soonestPendingPosition(member.pending);
    // The lots list is an index read and may lag the newest credit: never drop the pointer while points remain.
    if (open === stored.oldestOpenLot || (open === null && member.balances.points > 0)) return null;
    return { oldestOpenLot: open };
  });
}

/** Expires what is due for one member, oldest date first; true when this run posted at least one entry. */
export async function expireMember(
  deps: Deps,
  memberId: string,
  asOf: Date,
  expiry: ExpiryRule,
  onExpired?: (points: number) => void,
): Promise<boolean> {
  const member = await readMember(deps, memberId);
  if (!member || member.oldestOpenLot === null) return false;
  const due = dueExpiries(await openLotsOf(deps, member), member.debitedTotal, expiry.months, asOf);
  let posted = false;
  for (const { expiresAt } of due) {
    const points = await postExpiry(deps, memberId, expiresAt, expiry);
    if (points > 0) {
      posted = true;
      onExpired?.(points);
    }
  }
  await advanceOldestOpenLot(deps, memberId);
  return posted;
}

/**
 * Expires points that are due by `asOf`, oldest first: one `expiry` entry per
 * member and due date, never two, however often or late the job runs. Members
 * come from the sparse lots index (by their oldest open lot), a page at a time.
 */
export async function runExpiryJob(deps: Deps, asOf: Date, options: ExpiryJobOptions = {}): Promise<JobResult> {
  const at = asOf.toISOString();
  // The expiry in force on the day the job runs for, not on the day it happens to run.
  const { program, version } = await loadConfig(deps, {}, asOf);
  const months = program.expiryMonths;
  if (months === null) return { job: 'expiry', asOf: at, processed: 0, changed: 0 };
  const postedBefore = dueLotsBound(asOf, months);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const { processed, changed } = await forEachPaged(
    (cursor) => deps.members.withLotsPostedBefore(postedBefore, cursor, pageSize),
    (memberId) => expireMember(deps, memberId, asOf, { months, rulesVersion: version }, options.onExpired),
  );
  return { job: 'expiry', asOf: at, processed, changed };
}
