import type { AuditRecord } from '../domain/audit.js';
import type { EntryDetails, LedgerEntry, StoredOutcome, TransactionType } from '../domain/ledger.js';
import { ledgerPosition } from '../domain/ledger.js';
import type { Member } from '../domain/member.js';
import { MOVEMENT_RULES } from '../domain/movement-rules.js';
import type { BalanceName } from '../domain/program.js';
import type { EntrySettlement } from '../domain/settlement.js';
import type { Movement } from '../ports/ledger-store.js';
import type { MemberChanges, MemberWrite } from '../ports/member-store.js';

export interface MovementDraft {
  transactionId: string;
  requestHash: string;
  type: TransactionType;
  member: Member;
  merchantId: string | null;
  owner: string;
  balanceName: BalanceName;
  delta: number;
  reference: string | null;
  createdAt: string;
  occurredAt?: string;
  details: EntryDetails;
  /** Who owes whom for it (shared/domain/settlement.ts); absent for the program's own entries. */
  settlement?: EntrySettlement | null;
  /** Tier bookkeeping that moves with an earn or its reversal, and an earn's daily count. */
  memberExtras?: Pick<MemberChanges, 'qualifying' | 'dropBuckets' | 'tier' | 'tierReviewAt' | 'dailyEarns'>;
  stock?: Movement['stock'];
  gameTicket?: Movement['gameTicket'];
  reversal?: Movement['reversal'];
  /** The balance the member must hold before the movement, whatever its delta (a game's cost). */
  atLeast?: number;
  /** An operator's movement is recorded in the audit trail with it. */
  audit?: AuditRecord;
  /** Builds the answer from the balances after the movement. */
  respond: (balances: Member['balances']) => unknown;
  status?: number;
}

/**
 * Turns a decided movement into the entry, the member write and the stored
 * answer: one place for lot accounting, and for the guards of the write, which
 * come from the movement kind's rules (shared/domain/movement-rules.ts).
 */
export function buildMovement(draft: MovementDraft): Movement {
  const { member, balanceName, delta } = draft;
  const balances = { ...member.balances, [balanceName]: member.balances[balanceName] + delta };
  const position = ledgerPosition(draft.createdAt, draft.transactionId);
  const isPoints = balanceName === 'points';
  const credited = isPoints && delta > 0 ? delta : 0;
  const debited = isPoints && delta < 0 ? -delta : 0;

  const entry: LedgerEntry = {
    transactionId: draft.transactionId,
    type: draft.type,
    memberId: member.memberId,
    merchantId: draft.merchantId,
    owner: draft.owner,
    balanceName,
    points: Math.abs(delta),
    delta,
    balance: balances[balanceName],
    reference: draft.reference,
    createdAt: draft.createdAt,
    occurredAt: draft.occurredAt ?? draft.createdAt,
    lotCumulative: credited > 0 ? member.creditedTotal + credited : null,
    details: draft.details,
    reversedPoints: 0,
    reversedAmountMinor: 0,
    settlement: draft.settlement ?? null,
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
      ...(credited > 0 && { openLotIfNone: position }),
      ...(draft.atLeast !== undefined && { atLeast: draft.atLeast }),
    },
    ...draft.memberExtras,
  };
  // The movement spends the last point (or a refund takes the balance below zero): no lot stays open.
  if (debited > 0 && balances.points <= 0) change.oldestOpenLot = null;

  const outcome: StoredOutcome = {
    requestHash: draft.requestHash,
    status: draft.status ?? 201,
    body: draft.respond(balances),
  };
  const movement: Movement = { entry, outcome, member: change };
  if (draft.stock) movement.stock = draft.stock;
  if (draft.gameTicket) movement.gameTicket = draft.gameTicket;
  if (draft.reversal) movement.reversal = draft.reversal;
  if (draft.audit) movement.audit = draft.audit;
  return movement;
}
