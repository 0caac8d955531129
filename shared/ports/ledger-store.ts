import type { AuditRecord } from '../domain/audit.js';
import type { Lot } from '../domain/expiry.js';
import type { Flag } from '../domain/flags.js';
import type { ActivityItem, LedgerEntry, StoredOutcome } from '../domain/ledger.js';
import type { SettlementLine } from '../domain/settlement.js';
import type { TaskCount } from '../domain/tasks.js';
import type { Transfer } from '../domain/transfers.js';
import type { MemberWrite, Page } from './member-store.js';

export interface Movement {
  entry: LedgerEntry;
  outcome: StoredOutcome;
  member: MemberWrite;
  /** Limited stock: negative takes units (refused as stale if too few are left), positive returns them. */
  stock?: { rewardId: string; delta: number };
  /** A task completion's (or a badge-earning earn's) bookkeeping on the member's own items, each guarded by what was read. */
  engagement?: {
    memberId: string;
    /** The count this movement raises: a task's completions, or the member's earns at a category (spending badges). */
    count: { of: 'task' | 'earns'; id: string; before: TaskCount | null; after: TaskCount };
    badges: { badgeId: string; awardedAt: string }[];
    sets: { setId: string; completedAt: string }[];
  };
  /** Pending points this write makes spendable, each a lot dated when it matured (shared/domain/pending.ts). */
  releasedLots?: Lot[];
  /** Further entries posted in the same transaction (a badge set's prize). */
  extraEntries?: LedgerEntry[];
  /** A game play takes the next ticket of lane `lane`: that lane's counter must still be at `lanePlayed` (and at the revision read). */
  gameTicket?: { gameId: string; lane: number; lanePlayed: number; revision: number };
  /** Bookkeeping on the entry being reversed, guarded by what was read. */
  reversal?: {
    transactionId: string;
    expectedReversedPoints: number;
    expectedReversedAmountMinor: number;
    points: number;
    amountMinor: number;
  };
  /** An operator's movement (an adjustment) is recorded in the audit trail in the same transaction. */
  audit?: AuditRecord;
  /**
   * The transfer a `transfer` entry opens (it must not exist yet), or the one a
   * `transferReturn` entry ends (it must still be pending, so of a racing
   * confirm, reject and expiry exactly one commits).
   */
  transfer?: { opens: Transfer } | { ends: Transfer };
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
  /** A game's lane counter as read; null when the game did not exist. */
  game?: { gameId: string; lane: number; played: number; revision: number } | { gameId: string; played: null };
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
  /** The entries of these transactions that exist, in no particular order, read in batches rather than one by one. */
  getEntries(transactionIds: readonly string[]): Promise<LedgerEntry[]>;
  /** One transaction: the entry (keyed by its transaction id), the member, and stock, a game's ticket or reversal bookkeeping. */
  commit(movement: Movement): Promise<CommitResult>;
  /**
   * Remembers a business refusal under its transaction id if what it was
   * decided from still holds, opening `flag` in the same write unless it is open already.
   */
  recordRefusal(
    transactionId: string,
    outcome: StoredOutcome,
    expiresAt: Date,
    guards: ReadGuards,
    flag?: Flag,
  ): Promise<RefusalResult>;
  listActivity(
    memberId: string,
    options: { limit: number; cursor: string | null; merchantId: string | null },
  ): Promise<Page<ActivityItem>>;
  /** Hands every entry `merchantId` settles, posted in [from, to) (ISO 8601 UTC), to `onPage`, a page at a time. */
  forEachSettlementPage(
    merchantId: string,
    from: string,
    to: string,
    onPage: (lines: SettlementLine[]) => void,
  ): Promise<void>;
  /** Credits to the points balance (entries and released pending points) from `fromPosition` on, oldest first. */
  listLots(memberId: string, fromPosition: string): Promise<Lot[]>;
}
