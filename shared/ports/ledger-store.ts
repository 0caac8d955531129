import type { Lot } from '../domain/expiry.js';
import type { ActivityItem, LedgerEntry, StoredOutcome } from '../domain/ledger.js';
import type { BalanceName } from '../domain/program.js';
import type { QualifyingActivity } from '../domain/member.js';
import type { Page } from './member-store.js';

/** The member side of one movement, applied only if the member is still at `expectedVersion`. */
export interface MemberChange {
  memberId: string;
  expectedVersion: number;
  balanceName: BalanceName;
  delta: number;
  /** Refuse (as stale) unless the member is not frozen. */
  requireActive: boolean;
  /** Added to the lot counters (points balance only). */
  credited: number;
  debited: number;
  /** Set as the oldest open lot when the member had none. */
  openLotIfNone?: string;
  /** The movement spends the last point: no lot stays open. */
  closeLots?: boolean;
  qualifying?: { month: string; activity: QualifyingActivity };
  dropBuckets?: string[];
  tier?: { tierId: string; since: string; reviewAt: string | null };
}

export interface Movement {
  entry: LedgerEntry;
  outcome: StoredOutcome;
  member: MemberChange;
  /** Limited stock: negative takes units (refused as stale if too few are left), positive returns them. */
  stock?: { rewardId: string; delta: number };
  /** Bookkeeping on the entry being reversed, guarded by what was read. */
  reversal?: {
    transactionId: string;
    expectedReversedPoints: number;
    expectedReversedAmountMinor: number;
    points: number;
    amountMinor: number;
  };
}

/**
 * What a refusal was decided from. A refusal is remembered only if these still
 * hold, so a refusal read from a half-updated picture (a balance after a
 * concurrent reversal, the original before it) is decided again instead.
 */
export interface ReadGuards {
  /** The member's version as read; null when it did not exist. */
  member?: { memberId: string; version: number | null };
  /** Limited stock left as read; null when the reward had no stock item. */
  stock?: { rewardId: string; left: number | null };
  /** The reversal bookkeeping of the entry being reversed, as read. */
  entry?: { transactionId: string; reversedPoints: number; reversedAmountMinor: number };
}

export type RefusalResult = { kind: 'recorded' } | { kind: 'duplicate'; outcome: StoredOutcome } | { kind: 'stale' };

export type CommitResult =
  | { kind: 'committed' }
  | { kind: 'duplicate'; outcome: StoredOutcome }
  /** Something read before the commit changed (or a transaction conflicted): read again and retry. */
  | { kind: 'stale' };

export interface LedgerStore {
  getOutcome(transactionId: string): Promise<StoredOutcome | null>;
  getEntry(transactionId: string): Promise<LedgerEntry | null>;
  /** One transaction: the entry (keyed by its transaction id), the member, and stock or reversal bookkeeping. */
  commit(movement: Movement): Promise<CommitResult>;
  /** Remembers a business refusal under its transaction id if what it was decided from still holds. */
  recordRefusal(transactionId: string, outcome: StoredOutcome, expiresAt: Date, guards: ReadGuards): Promise<RefusalResult>;
  listActivity(memberId: string, options: { limit: number; cursor: string | null; merchantId: string | null }): Promise<Page<ActivityItem>>;
  /** Credits to the points balance from `fromPosition` on, oldest first. */
  listLots(memberId: string, fromPosition: string): Promise<Lot[]>;
}
