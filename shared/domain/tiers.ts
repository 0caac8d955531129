import { ZERO_ACTIVITY, addActivity, type QualifyingActivity } from './member.js';
import type { Tier, TierQualification } from './program.js';
import { monthIndex, monthKey, startOfNextMonth } from './time.js';

/**
 * Tier rules. Qualifying activity is kept in calendar-month buckets (UTC) on the
 * member item, so the rolling window (X − N months, X] is read at month
 * granularity: every month it touches counts whole. The month in which the
 * window starts is counted in full, so the window never misses qualifying
 * activity; at most it keeps the oldest month's activity until that month has
 * wholly left the window (a few weeks' grace in the member's favour).
 */

export function isInWindow(bucket: string, asOf: Date, windowMonths: number): boolean {
  const current = monthIndex(monthKey(asOf));
  const index = monthIndex(bucket);
  return index <= current && index >= current - windowMonths;
}

export function qualifyingInWindow(
  buckets: Record<string, QualifyingActivity>,
  asOf: Date,
  windowMonths: number,
): QualifyingActivity {
  let sum = ZERO_ACTIVITY;
  for (const [bucket, activity] of Object.entries(buckets)) {
    if (isInWindow(bucket, asOf, windowMonths)) sum = addActivity(sum, activity);
  }
  return sum;
}

/** Buckets that have left the window for good and can be dropped from the member. */
export function expiredBuckets(
  buckets: Record<string, QualifyingActivity>,
  asOf: Date,
  windowMonths: number,
): string[] {
  const current = monthIndex(monthKey(asOf));
  return Object.keys(buckets).filter((bucket) => monthIndex(bucket) < current - windowMonths);
}

function meets(qualification: TierQualification, activity: QualifyingActivity): boolean {
  return (
    (qualification.nights !== undefined && activity.nights >= qualification.nights) ||
    (qualification.spendMinor !== undefined && activity.spendMinor >= qualification.spendMinor) ||
    (qualification.points !== undefined && activity.points >= qualification.points)
  );
}

/** The highest tier the activity qualifies for; the lowest tier needs nothing. */
export function qualifiedTier(tiers: Tier[], activity: QualifyingActivity): Tier {
  let best = tiers[0]!;
  for (const tier of tiers.slice(1)) if (meets(tier.qualification, activity)) best = tier;
  return best;
}

export function tierRank(tiers: Tier[], tierId: string): number {
  const rank = tiers.findIndex((tier) => tier.id === tierId);
  return rank === -1 ? 0 : rank;
}

/** Earns only ever upgrade: the tier after an earn is the higher of the current and the qualified one. */
export function tierAfterEarn(tiers: Tier[], currentTierId: string, activity: QualifyingActivity): string {
  const qualified = qualifiedTier(tiers, activity);
  return tierRank(tiers, qualified.id) > tierRank(tiers, currentTierId) ? qualified.id : currentTierId;
}

/**
 * A refund takes activity away: the member keeps the held tier while the
 * window still meets one of its thresholds, else moves down to the highest
 * tier below it that the window meets (never up: upgrades are an earn's).
 */
export function tierAfterReversal(tiers: Tier[], heldTierId: string, activity: QualifyingActivity): string {
  const held = tierRank(tiers, heldTierId);
  if (held === 0 || meets(tiers[held]!.qualification, activity)) return tiers[held]!.id;
  for (let rank = held - 1; rank > 0; rank -= 1)
    if (meets(tiers[rank]!.qualification, activity)) return tiers[rank]!.id;
  return tiers[0]!.id;
}

export interface NextTier {
  id: string;
  remaining: Partial<QualifyingActivity>;
}

/** What is still missing for the tier above the current one, per threshold. */
export function nextTier(tiers: Tier[], currentTierId: string, activity: QualifyingActivity): NextTier | null {
  const next = tiers[tierRank(tiers, currentTierId) + 1];
  if (!next) return null;
  const remaining: Partial<QualifyingActivity> = {};
  const { nights, spendMinor, points } = next.qualification;
  if (nights !== undefined) remaining.nights = Math.max(0, nights - activity.nights);
  if (spendMinor !== undefined) remaining.spendMinor = Math.max(0, spendMinor - activity.spendMinor);
  if (points !== undefined) remaining.points = Math.max(0, points - activity.points);
  return { id: next.id, remaining };
}

/** Window contents change only at month boundaries, so a tier is reviewed once a month. */
export function nextTierReview(asOf: Date): Date {
  return startOfNextMonth(asOf);
}

/** A member's current tier id, falling back to the lowest tier when the configured tiers no longer name it. */
export function effectiveTier(tiers: Tier[], tierId: string): Tier {
  return tiers.find((tier) => tier.id === tierId) ?? tiers[0]!;
}
