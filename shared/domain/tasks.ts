import { TaskLimitReachedError, TaskNotActiveError } from './errors.js';
import type { BalanceName } from './program.js';
import { startOfUtcDay } from './time.js';

export type TaskPeriod = 'day' | 'week' | 'month' | 'ever';

/** An engagement task: completing it credits `points`, at most `limit.count` times per member and period. */
export interface Task {
  taskId: string;
  name: string;
  conditions: string;
  points: number;
  balance: BalanceName;
  limit: { count: number; per: TaskPeriod };
  /** Grams of CO₂e a completion avoids, and how that was estimated: the task then counts in the green report. */
  co2eGrams: number | null;
  methodology: string | null;
  startsAt: string | null;
  endsAt: string | null;
  active: boolean;
}

/**
 * A badge for completing a task `completions` times (ever), or for spending:
 * `earns` at merchants of a category, counted from the earn that brings the count there.
 */
export type Badge = BadgeDisclosure &
  ({ taskId: string; completions: number } | { earns: { category: string; count: number } });

interface BadgeDisclosure {
  badgeId: string;
  name: string;
  conditions: string;
}

/** A set of badges whose completion pays `prizePoints` once. */
export interface BadgeSet {
  setId: string;
  name: string;
  conditions: string;
  badgeIds: string[];
  prizePoints: number;
}

/** A member's completions of one task: in its current limit period, and ever. */
export interface TaskCount {
  period: string;
  inPeriod: number;
  ever: number;
}

const DAY_MS = 86_400_000;

/** The limit period `at` falls in: a UTC day, an ISO week (from Monday 00:00 UTC), a UTC month, or ever. */
export function periodKey(per: TaskPeriod, at: Date): string {
  if (per === 'ever') return 'ever';
  if (per === 'month') return at.toISOString().slice(0, 7);
  const day = startOfUtcDay(at);
  if (per === 'day') return day.toISOString().slice(0, 10);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return `W${new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10)}`;
}

/**
 * Admits one more completion at `now`, in the contract's order (the task's
 * window, then its limit), and returns the member's count after it.
 */
export function admitCompletion(task: Task, count: TaskCount | null, now: Date): TaskCount {
  const at = now.getTime();
  const inWindow =
    task.active &&
    (task.startsAt === null || Date.parse(task.startsAt) <= at) &&
    (task.endsAt === null || at < Date.parse(task.endsAt));
  if (!inWindow) throw new TaskNotActiveError(task.taskId);
  const period = periodKey(task.limit.per, now);
  const inPeriod = count?.period === period ? count.inPeriod : 0;
  if (inPeriod >= task.limit.count) throw new TaskLimitReachedError(task.taskId, task.limit.count, task.limit.per);
  return { period, inPeriod: inPeriod + 1, ever: (count?.ever ?? 0) + 1 };
}

/** Badges this completion awards: those of the task whose threshold its ever-count now meets, not held yet. */
export function badgesAwarded(
  badges: readonly Badge[],
  taskId: string,
  everAfter: number,
  held: ReadonlySet<string>,
): Badge[] {
  return badges.filter(
    (badge) =>
      'taskId' in badge && badge.taskId === taskId && everAfter >= badge.completions && !held.has(badge.badgeId),
  );
}

/** Spending badges an earn awards: those of its merchant's category whose count the member's earns there now meet. */
export function spendingBadgesAwarded(
  badges: readonly Badge[],
  category: string,
  earnsAfter: number,
  held: ReadonlySet<string>,
): Badge[] {
  return badges.filter(
    (badge) =>
      'earns' in badge &&
      badge.earns.category === category &&
      earnsAfter >= badge.earns.count &&
      !held.has(badge.badgeId),
  );
}

/** Sets completed by awarding `awarded`: every badge held after it, the set not completed before, and one of its badges new. */
export function setsCompleted(
  sets: readonly BadgeSet[],
  heldBefore: ReadonlySet<string>,
  awarded: readonly Badge[],
  completedBefore: ReadonlySet<string>,
): BadgeSet[] {
  const heldAfter = new Set([...heldBefore, ...awarded.map((badge) => badge.badgeId)]);
  const fresh = new Set(awarded.map((badge) => badge.badgeId));
  return sets.filter(
    (set) =>
      !completedBefore.has(set.setId) &&
      set.badgeIds.every((id) => heldAfter.has(id)) &&
      set.badgeIds.some((id) => fresh.has(id)),
  );
}
