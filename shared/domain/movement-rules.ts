import { InsufficientPointsError, MemberFrozenError } from './errors.js';
import type { TransactionType } from './ledger.js';
import type { Member } from './member.js';
import { holdUntil } from './pending.js';
import type { BalanceName } from './program.js';

/**
 * Who settles a movement posted with a merchant's key: `issues` — the points it
 * credits are issued by the posting merchant; `honours` — the points it debits
 * are honoured by it (or by the reward's merchant); `original` — it settles
 * against the entry it reverses. The program's own kinds settle nothing.
 */
export interface SettlementSides {
  issues: boolean;
  honours: boolean;
}

/** What a kind of movement may do to a member, and who pays for it. */
export interface MovementRule {
  /** It may happen while the member is frozen. */
  whileFrozen: boolean;
  /** It may take the balance below zero. */
  belowZero: boolean;
  settles: SettlementSides | 'original';
  /** It spends the member's points at a merchant: where the program asks for it, the member's spend code must come with it. */
  spends: boolean;
  /** Its credit waits `holdDays` of the posting merchant before it can be spent (shared/domain/pending.ts). */
  holds: boolean;
}

const ISSUES: SettlementSides = { issues: true, honours: false };
const HONOURS: SettlementSides = { issues: false, honours: true };
const PROGRAM_OWN: SettlementSides = { issues: false, honours: false };

/**
 * The member invariants of every movement kind, in one table. They are decided
 * here on what was read, so a refusal is precise, and the same table sets the
 * guards of the movement's write, so a concurrent change cannot slip past them.
 */
export const MOVEMENT_RULES: Readonly<Record<TransactionType, MovementRule>> = {
  earn: { whileFrozen: false, belowZero: false, settles: ISSUES, spends: false, holds: true },
  redemption: { whileFrozen: false, belowZero: false, settles: HONOURS, spends: true, holds: false },
  // A refund takes back what the purchase earned even when it is spent: earn → spend → refund leaves no free points.
  reversal: { whileFrozen: false, belowZero: true, settles: 'original', spends: false, holds: false },
  // Corrections are needed most on frozen accounts; the operator's own points.
  adjustment: { whileFrozen: true, belowZero: false, settles: PROGRAM_OWN, spends: false, holds: false },
  // The schedule was disclosed: freezing does not stop points expiring.
  expiry: { whileFrozen: true, belowZero: false, settles: PROGRAM_OWN, spends: false, holds: false },
  // Engagement: a completed task, a game play (its cost honoured and its prize issued, never netted), a badge set's prize.
  task: { whileFrozen: false, belowZero: false, settles: ISSUES, spends: false, holds: false },
  game: { whileFrozen: false, belowZero: false, settles: { issues: true, honours: true }, spends: true, holds: false },
  bonus: { whileFrozen: false, belowZero: false, settles: ISSUES, spends: false, holds: false },
  // Points held for a partner settle nothing when posted (the posting merchant honours nothing): the partner
  // honours them when it confirms, at the rate in force at posting (transfers.ts confirmedTransferLine).
  transfer: { whileFrozen: false, belowZero: false, settles: PROGRAM_OWN, spends: true, holds: false },
  // Held points go back to the member whatever has happened since, as a frozen account's are kept whole.
  transferReturn: { whileFrozen: true, belowZero: false, settles: PROGRAM_OWN, spends: false, holds: false },
};

/** The member's state: 403 `member_frozen` when this kind may not move a frozen member's points. */
export function checkMemberState(type: TransactionType, member: Member): void {
  if (member.frozen && !MOVEMENT_RULES[type].whileFrozen) throw new MemberFrozenError(member.memberId);
}

/** The balance floor: 409 `insufficient_points` when `delta` would take the balance below what this kind allows. */
export function checkBalanceFloor(
  type: TransactionType,
  member: Member,
  balanceName: BalanceName,
  delta: number,
): void {
  const available = member.balances[balanceName];
  if (delta < 0 && available + delta < 0 && !MOVEMENT_RULES[type].belowZero)
    throw new InsufficientPointsError(-delta, available);
}

/**
 * Admits a movement of `delta` to a member, in the contract's order of
 * precedence: the member's state (403) before the balance (409). Refusals that
 * sit between the two for a kind (a redemption's window and stock) are decided
 * by that kind's own function, which calls the two checks around them.
 */
export function admitMovement(type: TransactionType, member: Member, balanceName: BalanceName, delta: number): void {
  checkMemberState(type, member);
  checkBalanceFloor(type, member, balanceName, delta);
}

/** When a movement's credit becomes spendable: null (at once) unless its kind is held and its merchant holds earns. Green points are never held. */
export function heldUntil(
  type: TransactionType,
  balanceName: BalanceName,
  holdDays: number,
  createdAt: string,
): string | null {
  return MOVEMENT_RULES[type].holds && balanceName === 'points' ? holdUntil(createdAt, holdDays) : null;
}
