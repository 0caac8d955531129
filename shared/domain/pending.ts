import { repayDebts } from './debts.js';
import type { Lot } from './expiry.js';
import { ledgerPosition } from './ledger.js';
import type { Member } from './member.js';
import { addDays } from './time.js';

/**
 * Pending points: an earn at a merchant with `holdDays` credits its points to a
 * bucket on the member's own item instead of the balance. A bucket is
 * spendable from `availableAt` on without any job: every read of the member
 * folds the buckets that have matured into the balance and the credited total
 * (releaseMatured), and the next movement write stores that fold with its own
 * change, under the member's version. Held points repay no debt until they are
 * released, so a refund within the hold always finds them whole. Pending points are no lot until then, so
 * nothing spends or expires them, and their expiry clock starts at `availableAt`.
 */
export interface PendingPoints {
  points: number;
  availableAt: string;
}

/**
 * At most this many buckets on a member item (the statement lists at most as
 * many). Past it, the two buckets with the closest release times merge at the
 * earlier one: no point is ever held longer than its hold, and the item stays
 * small (each bucket costs about 20 bytes of every write of the member).
 */
export const PENDING_BUCKETS = 12;

export const NOTHING_RELEASED: Member['released'] = { points: 0, lots: [], repayments: [] };

/** When an earn posted at `createdAt` becomes spendable; null when it is not held. */
export function holdUntil(createdAt: string, holdDays: number): string | null {
  return holdDays > 0 ? addDays(new Date(createdAt), holdDays).toISOString() : null;
}

export function pendingTotal(pending: readonly PendingPoints[]): number {
  return pending.reduce((sum, bucket) => sum + bucket.points, 0);
}

/** Adds held points to the buckets, soonest first; one bucket per release time, at most PENDING_BUCKETS. */
export function holdPoints(pending: readonly PendingPoints[], held: PendingPoints): PendingPoints[] {
  const same = pending.findIndex((bucket) => bucket.availableAt === held.availableAt);
  if (same >= 0)
    return pending.map((bucket, index) =>
      index === same ? { ...bucket, points: bucket.points + held.points } : bucket,
    );
  const buckets = [...pending, held].sort((a, b) => a.availableAt.localeCompare(b.availableAt));
  while (buckets.length > PENDING_BUCKETS) {
    let closest = 0;
    for (let index = 1; index < buckets.length - 1; index++) {
      if (gapAfter(buckets, index) < gapAfter(buckets, closest)) closest = index;
    }
    const [earlier, later] = [buckets[closest]!, buckets[closest + 1]!];
    buckets.splice(closest, 2, { points: earlier.points + later.points, availableAt: earlier.availableAt });
  }
  return buckets;
}

function gapAfter(buckets: readonly PendingPoints[], index: number): number {
  return Date.parse(buckets[index + 1]!.availableAt) - Date.parse(buckets[index]!.availableAt);
}

/**
 * The member as of `now`: buckets whose `availableAt` has come are moved into
 * the points balance and the credited total, each as a lot dated `availableAt`
 * (`released`, which the next movement write stores). Buckets mature in
 * time order and any movement after one matured folds it first, so lots stay in
 * the order of their dates, as FIFO expiry needs. Idempotent for a later `now`.
 */
export function releaseMatured(member: Member, now: Date): Member {
  const matured = member.pending.filter((bucket) => Date.parse(bucket.availableAt) <= now.getTime());
  if (matured.length === 0) return member;
  let credited = member.creditedTotal;
  const lots = matured.map((bucket, index): Lot => {
    credited += bucket.points;
    // Unique and the same on every retry: each fold is stored by the one write made at this version.
    const tag = `pending-${member.version}-${member.released.lots.length + index}`;
    return { position: ledgerPosition(bucket.availableAt, tag), createdAt: bucket.availableAt, cumulative: credited };
  });
  const released = credited - member.creditedTotal;
  // Released points are a credit like any other: they pay off what refunds left owed, oldest first.
  const repaid = repayDebts(member.debts, released);
  return {
    ...member,
    balances: { ...member.balances, points: member.balances.points + released },
    creditedTotal: credited,
    debts: repaid.debts,
    pending: member.pending.filter((bucket) => Date.parse(bucket.availableAt) > now.getTime()),
    released: {
      points: member.released.points + released,
      lots: [...member.released.lots, ...lots],
      repayments: [...member.released.repayments, ...repaid.repayments],
    },
  };
}

/**
 * A refund of a held earn takes its points back from the buckets still
 * pending that release no later than the earn did (its own, or an earlier one
 * it was merged into), latest first: what it took, and the buckets left.
 */
export function takeBackPending(
  pending: readonly PendingPoints[],
  points: number,
  availableAt: string,
): { taken: number; pending: PendingPoints[] } {
  let left = points;
  const buckets = pending.map((bucket) => ({ ...bucket }));
  for (let index = buckets.length - 1; index >= 0 && left > 0; index--) {
    const bucket = buckets[index]!;
    if (bucket.availableAt > availableAt) continue;
    const taken = Math.min(bucket.points, left);
    bucket.points -= taken;
    left -= taken;
  }
  return { taken: points - left, pending: buckets.filter((bucket) => bucket.points > 0) };
}

/** The position of the soonest bucket, where the expiry job should look for the member once it has matured. */
export function soonestPendingPosition(pending: readonly PendingPoints[]): string | null {
  const [soonest] = pending;
  return soonest ? ledgerPosition(soonest.availableAt, 'pending') : null;
}

/** What one movement does to the member's pending points, and so to the points it moves on the balance itself. */
export interface PendingChange {
  /** Of the credit, what went to a bucket instead of the balance. */
  held: number;
  /** Of the debit, what a refund took back from buckets instead of the balance. */
  taken: number;
  pending: PendingPoints[];
}

/**
 * The one decision of a movement's pending points: a credit held until
 * `heldUntil` goes to a bucket; a refund of an earn held until
 * `reversesHeldUntil`, made before then, takes back from the buckets first
 * (so it never leaves debt while the points are still pending).
 */
export function pendingChange(input: {
  pending: readonly PendingPoints[];
  credit: number;
  debit: number;
  heldUntil: string | null;
  reversesHeldUntil: string | null;
  now: string;
}): PendingChange {
  let pending = [...input.pending];
  let held = 0;
  let taken = 0;
  if (input.heldUntil !== null && input.credit > 0) {
    held = input.credit;
    pending = holdPoints(pending, { points: held, availableAt: input.heldUntil });
  }
  if (input.reversesHeldUntil !== null && input.reversesHeldUntil > input.now && input.debit > 0) {
    const back = takeBackPending(pending, input.debit, input.reversesHeldUntil);
    taken = back.taken;
    pending = back.pending;
  }
  return { held, taken, pending };
}
