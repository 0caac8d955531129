import type { BalanceName } from './program.js';
import type { EntrySettlement } from './settlement.js';

export const TRANSACTION_TYPES = [
  'earn',
  'redemption',
  'reversal',
  'expiry',
  'adjustment',
  'task',
  'game',
  'bonus',
  'transfer',
  'transferReturn',
] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

/** One immutable movement of points. Only the reversal bookkeeping on an original is ever updated. */
export interface LedgerEntry {
  transactionId: string;
  type: TransactionType;
  memberId: string;
  /** The merchant the movement belongs to; null for operator adjustments and expiry. */
  merchantId: string | null;
  /** Who posted it: a merchant id, `admin`, or `system` for jobs. Idempotency keys are scoped to it. */
  owner: string;
  balanceName: BalanceName;
  /** Size of the movement, ≥ 0. */
  points: number;
  /** Signed change to the balance. */
  delta: number;
  /** The balance after this movement. */
  balance: number;
  reference: string | null;
  createdAt: string;
  occurredAt: string;
  /** For a credit to the points balance: the member's credited total after it (this lot's upper bound). */
  lotCumulative: number | null;
  details: EntryDetails;
  reversedPoints: number;
  reversedAmountMinor: number;
  /** Who owes whom for it, at the rates in force when it was posted; empty for the program's own entries. */
  settlement: EntrySettlement[];
  /** The configuration version it was decided with, the rules in force for it (null: posted before versions were kept). */
  rulesVersion: number | null;
}

export interface EntryDetails {
  amountMinor?: number;
  nights?: number;
  /** Month key and activity this earn counted toward tiers. */
  qualifyingMonth?: string;
  qualifyingPoints?: number;
  rewardId?: string;
  quantity?: number;
  /** The reward's stock was decremented (limited stock), so a reversal returns it. */
  stockTaken?: boolean;
  reverses?: string;
  /** A held earn: when its points become spendable (shared/domain/pending.ts). */
  availableAt?: string;
  promotionId?: string;
  reason?: string;
  expiresFor?: string;
  /** A task completion: the task, and the CO₂e and methodology in force when it was posted. */
  taskId?: string;
  co2eGrams?: number;
  methodology?: string;
  /** A bonus entry: the badge sets whose prize it pays. */
  badgeSetIds?: string[];
  /** A game play: the game, the ticket it took and the prize on it (absent for a blank). */
  gameId?: string;
  ticket?: number;
  prizeId?: string;
  /** A transfer to a partner's currency, or its return: the transfer and its partner. */
  transferId?: string;
  partnerId?: string;
}

/** What was answered under an idempotency key, replayed verbatim on retry. */
export interface StoredOutcome {
  requestHash: string;
  status: number;
  body: unknown;
}

/** Activity as a member statement shows it. */
export interface ActivityItem {
  transactionId: string;
  type: TransactionType;
  balanceName: BalanceName;
  points: number;
  delta: number;
  balance: number;
  merchantId: string | null;
  reference: string | null;
  createdAt: string;
  rulesVersion: number | null;
}

/** Position of an entry in a member's history: sorts by time, unique per entry. */
export function ledgerPosition(createdAt: string, transactionId: string): string {
  return `${createdAt}#${transactionId}`;
}
