import type { AuditRecord } from '../domain/audit.js';
import type { Birthday } from '../domain/birthday.js';
import type { Debt } from '../domain/debts.js';
import type { PendingPoints } from '../domain/pending.js';
import type { StoredSpendCode } from '../domain/spend-codes.js';
import type { Member, QualifyingActivity } from '../domain/member.js';
import type { BalanceName, CreditStanding } from '../domain/program.js';
import type { TaskCount } from '../domain/tasks.js';
import type { VelocityLimits } from '../domain/velocity.js';

/** A movement's effect on one balance and the lot counters, with the guards its write enforces. */
export interface BalanceChange {
  name: BalanceName;
  delta: number;
  /** Refused (as stale) while the member is frozen. */
  requireActive: boolean;
  /** Refused (as stale) if the balance would end below zero. */
  keepNonNegative: boolean;
  /** Refused (as stale) unless the balance before the write is at least this (a game's cost, even when its prize exceeds it). */
  atLeast?: number;
  /** Added to the lot counters (points balance only). */
  credited: number;
  debited: number;
  /** Set as the oldest open lot when the member has none. */
  openLotIfNone?: string;
}

/** An earn's place in the member's count for its UTC day, with the limits its write enforces. */
export interface DailyEarnsChange {
  /** The UTC day of posting, `YYYY-MM-DD`. */
  day: string;
  /** The earn's points, in either balance. */
  points: number;
  /** The count read was of an earlier day (or there was none): this earn starts the day's count. */
  startsDay: boolean;
  /** Refused (as stale) if the count would pass one of these. */
  limits: VelocityLimits;
}

/** What one write changes on a member item. Every write to a member is one of these. */
export interface MemberChanges {
  balance?: BalanceChange;
  /** A second credit in the same write, to the points balance (a badge set's prize with a task's green points). */
  pointsBonus?: { points: number; openLotIfNone?: string };
  qualifying?: { month: string; activity: QualifyingActivity };
  dropBuckets?: string[];
  tier?: { tierId: string; since: string };
  /** The next tier review; null takes the member out of the review index. */
  tierReviewAt?: string | null;
  creditStanding?: CreditStanding;
  frozen?: { frozen: boolean; reason: string | null };
  /** The oldest lot that may still hold points; null when none does. */
  oldestOpenLot?: string | null;
  dailyEarns?: DailyEarnsChange;
  /** The member's open debts after the write (an empty list clears them). */
  debts?: Debt[];
  /**
   * The member's pending points after the write, and the matured ones it folds
   * into the balance and the credited total (added to the balance before the
   * movement's own change, so the balance's guards count them).
   */
  pending?: { buckets: PendingPoints[]; released: number };
  /** A new spend code (voiding the previous one), or null: the spend consumes it. */
  spendCode?: StoredSpendCode | null;
}

/** A change applied only if the member is still at `expectedVersion` (which it bumps). */
export interface MemberWrite extends MemberChanges {
  memberId: string;
  expectedVersion: number;
}

/** A member's engagement: completions per task, badges and completed sets (each with when). */
export interface MemberEngagement {
  taskCounts: Map<string, TaskCount>;
  /** Earns at merchants of a category, counted while a spending badge of that category exists. */
  earnCounts: Map<string, TaskCount>;
  badges: Map<string, string>;
  sets: Map<string, string>;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface MemberStore {
  /** Strongly consistent read. */
  get(memberId: string): Promise<Member | null>;
  enrol(member: Member, profile: Record<string, unknown> | null): Promise<{ created: boolean; member: Member }>;
  /**
   * Applies a write outside a movement, with the audit line of the operator
   * action it makes, if any, in the same transaction; 'stale' when the member
   * moved on, 'missing' when there is none.
   */
  update(write: MemberWrite, audit?: AuditRecord): Promise<'updated' | 'stale' | 'missing'>;
  /**
   * Counts an invalid spend code on the member's own item, as a counter that
   * concurrent attempts all add to (no version check: a burst of guesses is
   * counted whole), starting a new count when the last one's window has passed.
   */
  recordSpendCodeFailure(memberId: string, now: Date, windowMs: number): Promise<void>;
  /** Strongly consistent read of the member's engagement items. */
  engagementOf(memberId: string): Promise<MemberEngagement>;
  /** Members whose tier review is due by `asOf`, one page at a time. */
  dueForTierReview(asOf: string, cursor: string | null, limit: number): Promise<Page<string>>;
  /** Members whose oldest open lot was posted before `postedBefore`, one page at a time. */
  withLotsPostedBefore(postedBefore: string, cursor: string | null, limit: number): Promise<Page<string>>;
  /** Strongly consistent read of the member's birthday. */
  birthdayOf(memberId: string): Promise<Birthday | null>;
  /** Records the birthday with the operator action's audit line, in one transaction; 'missing' when the member is not enrolled. */
  setBirthday(memberId: string, birthday: Birthday, audit?: AuditRecord): Promise<'updated' | 'missing'>;
  /** Notes the UTC day (`YYYY-MM-DD`) the birthday bonus was paid. */
  recordBirthdayPaid(memberId: string, paidOn: string): Promise<void>;
  /** Members whose birthday falls on `monthDay` (`MM-DD`) and was recorded by `recordedBy`, one page at a time. */
  withBirthdayOn(monthDay: string, recordedBy: string, cursor: string | null, limit: number): Promise<Page<string>>;
}
