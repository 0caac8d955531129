import type { Debt, Repayment } from './debts.js';
import type { Lot } from './expiry.js';
import type { PendingPoints } from './pending.js';
import type { CreditStanding } from './program.js';
import type { SpendCodeFailures, StoredSpendCode } from './spend-codes.js';
import type { DailyEarns } from './velocity.js';

/** Qualifying activity of one calendar month (UTC), counted toward tiers. */
export interface QualifyingActivity {
  nights: number;
  spendMinor: number;
  points: number;
}

export interface Member {
  memberId: string;
  balances: { points: number; green: number };
  tierId: string;
  tierSince: string;
  creditStanding: CreditStanding;
  frozen: boolean;
  frozenReason: string | null;
  /** Cumulative points ever credited (earned, added, given back); every credit is a lot. */
  creditedTotal: number;
  /** Cumulative points ever debited; debits consume the oldest lots first. points = credited − debited. */
  debitedTotal: number;
  /** Qualifying activity per month key `YYYYMM`, only months still inside the tier window. */
  qualifying: Record<string, QualifyingActivity>;
  /** Sort position (`createdAt#transactionId`) of the oldest lot that may still hold points. */
  oldestOpenLot: string | null;
  /** When the tiers job should look at this member again (only above the lowest tier). */
  tierReviewAt: string | null;
  /** Earns on the UTC day of the member's latest earn, counted for velocity limits; null before the first. */
  dailyEarns: DailyEarns | null;
  /** What refunds left owed, oldest first; later credits repay it (shared/domain/debts.ts). */
  debts: Debt[];
  /** The member's current one-time spend code (its hash), if one is open. */
  spendCode: StoredSpendCode | null;
  spendCodeFailures: SpendCodeFailures | null;
  /** Points of held earns not yet spendable, soonest first (shared/domain/pending.ts); not in `balances` nor `creditedTotal`. */
  pending: PendingPoints[];
  /**
   * Pending points that matured after the item was last written, already in
   * `balances.points` and `creditedTotal` as read (releaseMatured): the next
   * movement write stores them, as lots dated when they became spendable,
   * with the debts they repaid (already gone from `debts` as read).
   */
  released: { points: number; lots: Lot[]; repayments: Repayment[] };
  /** Optimistic-concurrency version: every write to the member checks and bumps it. */
  version: number;
  createdAt: string;
}

export const ZERO_ACTIVITY: QualifyingActivity = { nights: 0, spendMinor: 0, points: 0 };

export function addActivity(a: QualifyingActivity, b: QualifyingActivity): QualifyingActivity {
  return { nights: a.nights + b.nights, spendMinor: a.spendMinor + b.spendMinor, points: a.points + b.points };
}
