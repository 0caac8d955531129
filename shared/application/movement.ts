import type { AuditRecord } from '../domain/audit.js';
import type { Debt } from '../domain/debts.js';
import type { EntryDetails, LedgerEntry, StoredOutcome, TransactionType } from '../domain/ledger.js';
import { ledgerPosition } from '../domain/ledger.js';
import type { Member } from '../domain/member.js';
import { heldUntil, MOVEMENT_RULES } from '../domain/movement-rules.js';
import { pendingChange, pendingTotal, releaseMatured, soonestPendingPosition } from '../domain/pending.js';
import {
  PROGRAM_OWN_BASIS,
  repaymentLines,
  settleMovement,
  type MovementMoney,
  type SettlementBasis,
} from '../domain/movement-settlement.js';
import type { BalanceName } from '../domain/program.js';
import type { SettlingParty } from '../domain/settlement.js';
import type { Movement } from '../ports/ledger-store.js';
import type { MemberChanges, MemberWrite } from '../ports/member-store.js';

/** What the answer of a movement is built from: the balances after all of it, and a reversal's recovery. */
export interface MovementResult {
  balances: Member['balances'];
  recovery?: MovementMoney['recovery'];
}

export interface MovementDraft {
  transactionId: string;
  requestHash: string;
  type: TransactionType;
  member: Member;
  merchantId: string | null;
  owner: string;
  balanceName: BalanceName;
  /** Points credited and debited, never netted (a game play does both): the balance moves by credit − debit. */
  credit: number;
  debit: number;
  reference: string | null;
  createdAt: string;
  occurredAt?: string;
  /** The version of the configuration the movement was decided with (`ConfigSnapshot.version`). */
  rulesVersion: number;
  details: EntryDetails;
  /** Who settles it (shared/domain/movement-settlement.ts); absent for the program's own entries. */
  settles?: SettlementBasis;
  /** The posting merchant's hold: a kind that is held (MOVEMENT_RULES) credits pending points for this many days. */
  holdDays?: number;
  /** Tier bookkeeping that moves with an earn or its reversal, an earn's daily count, a spend's consumed code. */
  memberExtras?: Pick<
    MemberChanges,
    'qualifying' | 'dropBuckets' | 'tier' | 'tierReviewAt' | 'dailyEarns' | 'spendCode'
  >;
  stock?: Movement['stock'];
  gameTicket?: Movement['gameTicket'];
  reversal?: Movement['reversal'];
  /** The transfer a `transfer` entry opens, or the one a `transferReturn` entry ends. */
  transfer?: Movement['transfer'];
  /** The balance the member must hold before the movement, whatever it credits (a game's cost). */
  atLeast?: number;
  /** A badge set's prize paid with it: a `bonus` entry to the points balance, issued by `issuer`. */
  prize?: { transactionId: string; setIds: string[]; points: number; issuer: SettlingParty | null };
  /** An operator's movement is recorded in the audit trail with it. */
  audit?: AuditRecord;
  respond: (result: MovementResult) => unknown;
  status?: number;
}

/**
 * Turns a decided movement into its entries, the member write and the stored
 * answer: one place for lot accounting, for who owes whom (settleMovement: the
 * sides, a refund's recovery, the debts a credit repays) and for the guards of
 * the write, which come from the movement kind's rules (shared/domain/movement-rules.ts).
 */
export function buildMovement(draft: MovementDraft): Movement {
  const { balanceName } = draft;
  // Pending points matured by now are spendable in this very write, and stored by it.
  const member = releaseMatured(draft.member, new Date(draft.createdAt));
  const original = draft.settles && 'reverses' in draft.settles ? draft.settles.reverses : null;
  const holdsUntil = heldUntil(draft.type, balanceName, draft.holdDays ?? 0, draft.createdAt);
  const pending = pendingChange({
    pending: member.pending,
    credit: draft.credit,
    debit: draft.debit,
    heldUntil: holdsUntil,
    reversesHeldUntil: original?.details.availableAt ?? null,
    now: draft.createdAt,
  });
  const heldUntilAt = pending.held > 0 ? holdsUntil : null;
  // The ledger moves by the whole movement; the balance by what is not (or no longer) pending.
  const ledgerDelta = draft.credit - draft.debit;
  const delta = ledgerDelta - pending.held + pending.taken;
  const balances = { ...member.balances, [balanceName]: member.balances[balanceName] + delta };
  const isPoints = balanceName === 'points';
  const credited = isPoints && delta > 0 ? delta : 0;
  const debited = isPoints && delta < 0 ? -delta : 0;
  const pendingAfter = pendingTotal(pending.pending);
  const money = settleMovement({
    type: draft.type,
    transactionId: draft.transactionId,
    basis: draft.settles ?? PROGRAM_OWN_BASIS,
    balanceName,
    credit: draft.credit,
    debit: draft.debit,
    held: pending.held,
    fromPending: pending.taken,
    balanceBefore: member.balances[balanceName],
    debts: member.debts,
  });

  const entry: LedgerEntry = {
    transactionId: draft.transactionId,
    type: draft.type,
    memberId: member.memberId,
    merchantId: draft.merchantId,
    owner: draft.owner,
    balanceName,
    points: Math.abs(ledgerDelta),
    delta: ledgerDelta,
    // The ledger balance: what the member can spend plus what is pending, so the entries always sum to it.
    balance: balances[balanceName] + (isPoints ? pendingAfter : 0),
    reference: draft.reference,
    createdAt: draft.createdAt,
    occurredAt: draft.occurredAt ?? draft.createdAt,
    lotCumulative: credited > 0 ? member.creditedTotal + credited : null,
    details: heldUntilAt ? { ...draft.details, availableAt: heldUntilAt } : draft.details,
    reversedPoints: 0,
    reversedAmountMinor: 0,
    // Debts the released pending points repaid are settled with the write that stores the release.
    settlement: [...money.lines, ...repaymentLines(member.released.repayments)],
    rulesVersion: draft.rulesVersion,
  };
  const rule = MOVEMENT_RULES[draft.type];
  const change: MemberWrite = {
    memberId: member.memberId,
    expectedVersion: member.version,
    balance: {
      name: balanceName,
      delta,
      requireActive: !rule.whileFrozen,
      keepNonNegative: !rule.belowZero,
      credited,
      debited,
      ...(draft.atLeast !== undefined && { atLeast: draft.atLeast }),
    },
    ...draft.memberExtras,
  };
  // The earliest lot this write opens: released points, its own credit, else (no prize's lot either) its pending bucket.
  const lotIfNone =
    member.released.lots[0]?.position ??
    (credited > 0 ? ledgerPosition(draft.createdAt, draft.transactionId) : null) ??
    (heldUntilAt && !draft.prize ? ledgerPosition(heldUntilAt, draft.transactionId) : null);
  if (lotIfNone) change.balance!.openLotIfNone = lotIfNone;
  if (member.released.points > 0 || pending.held > 0 || pending.taken > 0) {
    change.pending = { buckets: pending.pending, released: member.released.points };
  }
  // The movement spends the last point (or a refund takes the balance below zero): no lot stays open but
  // the soonest pending bucket, where the expiry job must find the member once it has matured.
  if (debited > 0 && balances.points <= 0) change.oldestOpenLot = soonestPendingPosition(pending.pending);

  let debts = money.debts ?? (member.released.repayments.length > 0 ? member.debts : undefined);
  let extraEntries: LedgerEntry[] | undefined;
  if (draft.prize) {
    const bonus = prizeEntry(draft, member, entry, balances.points, pendingAfter, credited, debts ?? member.debts);
    extraEntries = [bonus.entry];
    change.pointsBonus = bonus.write;
    balances.points += draft.prize.points;
    debts = bonus.debts ?? debts;
  }
  if (debts) change.debts = debts;
  const outcome: StoredOutcome = {
    requestHash: draft.requestHash,
    status: draft.status ?? 201,
    body: draft.respond({ balances, ...(money.recovery && { recovery: money.recovery }) }),
  };
  const movement: Movement = { entry, outcome, member: change };
  if (member.released.lots.length > 0) movement.releasedLots = member.released.lots;
  if (extraEntries) movement.extraEntries = extraEntries;
  if (draft.stock) movement.stock = draft.stock;
  if (draft.gameTicket) movement.gameTicket = draft.gameTicket;
  if (draft.reversal) movement.reversal = draft.reversal;
  if (draft.transfer) movement.transfer = draft.transfer;
  if (draft.audit) movement.audit = draft.audit;
  return movement;
}

/** A badge set's prize: a `bonus` entry after the movement's own, in the same member write, settled like any credit. */
function prizeEntry(
  draft: MovementDraft,
  member: Member,
  entry: LedgerEntry,
  pointsBefore: number,
  pendingPoints: number,
  creditedBefore: number,
  debts: readonly Debt[],
) {
  const prize = draft.prize!;
  const money = settleMovement({
    type: 'bonus',
    transactionId: prize.transactionId,
    basis: { issuer: prize.issuer, honourer: null },
    balanceName: 'points',
    credit: prize.points,
    debit: 0,
    balanceBefore: pointsBefore,
    debts,
  });
  const bonus: LedgerEntry = {
    ...entry,
    transactionId: prize.transactionId,
    type: 'bonus',
    balanceName: 'points',
    points: prize.points,
    delta: prize.points,
    balance: pointsBefore + pendingPoints + prize.points,
    lotCumulative: member.creditedTotal + creditedBefore + prize.points,
    details: { badgeSetIds: prize.setIds },
    settlement: money.lines,
  };
  const write = { points: prize.points, openLotIfNone: ledgerPosition(entry.createdAt, prize.transactionId) };
  return { entry: bonus, write, debts: money.debts };
}
