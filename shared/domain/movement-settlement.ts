import { openDebt, recovery, repayDebts, type Debt, type Repayment } from './debts.js';
import type { LedgerEntry, TransactionType } from './ledger.js';
import { MOVEMENT_RULES } from './movement-rules.js';
import type { BalanceName } from './program.js';
import type { EntrySettlement, SettlingParty } from './settlement.js';

/** Who a movement settles with: the merchants of its own sides (null: the program's own), or the entry it reverses. */
export type SettlementBasis =
  | { issuer: SettlingParty | null; honourer: SettlingParty | null }
  | { reverses: LedgerEntry };

export const PROGRAM_OWN_BASIS: SettlementBasis = { issuer: null, honourer: null };

export interface MovementMoneyInput {
  type: TransactionType;
  transactionId: string;
  basis: SettlementBasis;
  balanceName: BalanceName;
  /** Points the movement credits and debits, never netted (a game play does both). */
  credit: number;
  debit: number;
  /** Of the credit, points held pending (they repay no debt); of the debit, what a refund took back from pending points. */
  held?: number;
  fromPending?: number;
  /** The member's balance of `balanceName` just before the movement, and their open debts. */
  balanceBefore: number;
  debts: readonly Debt[];
}

export interface MovementMoney {
  lines: EntrySettlement[];
  /** The member's debts after the movement; absent when it leaves them as they were. */
  debts?: Debt[];
  /** Of a reversal's points, what came out of what the member held, and what is left owed. */
  recovery?: { recoveredPoints: number; unrecoveredPoints: number };
}

/**
 * The one decision of who owes whom for a movement, from its kind's row in
 * MOVEMENT_RULES: the sides it settles, a refund's recovery and the debt it
 * leaves, and the debts a credit repays (oldest first, each at the reversed
 * earn's rate). Green points are not settled and owe no debt.
 */
export function settleMovement(input: MovementMoneyInput): MovementMoney {
  const rule = MOVEMENT_RULES[input.type].settles;
  const own = rule === 'original' ? reversalLines(input) : { lines: sideLines(rule, input) };
  if (input.balanceName !== 'points') return { lines: [], ...(own.recovery && { recovery: own.recovery }) };
  const debts = own.debts ?? input.debts;
  const net = input.credit - (input.held ?? 0) - input.debit;
  if (net <= 0 || debts.length === 0) return own;
  const repaid = repayDebts(debts, net);
  return { ...own, lines: [...own.lines, ...repaymentLines(repaid.repayments)], debts: repaid.debts };
}

/** Debts paid back by a credit: each issuer gets back what its refund could not recover, at the reversed earn's rate. */
export function repaymentLines(repayments: readonly Repayment[]): EntrySettlement[] {
  return repayments.map(
    (repayment): EntrySettlement => ({ ...repayment, side: 'issued', points: -repayment.points, repaid: true }),
  );
}

function sideLines(sides: { issues: boolean; honours: boolean }, input: MovementMoneyInput): EntrySettlement[] {
  if (!('issuer' in input.basis)) throw new Error(`a ${input.type} settles by its own sides, not against an original`);
  const { issuer, honourer } = input.basis;
  const lines: EntrySettlement[] = [];
  if (sides.issues && issuer && input.credit > 0) {
    lines.push({
      merchantId: issuer.merchantId,
      side: 'issued',
      points: input.credit,
      ratePerThousand: issuer.rates.issuePricePerThousandMinor,
    });
  }
  if (sides.honours && honourer && input.debit > 0) {
    lines.push({
      merchantId: honourer.merchantId,
      side: 'honoured',
      points: input.debit,
      ratePerThousand: honourer.rates.reimbursementPerThousandMinor,
    });
  }
  return lines;
}

/**
 * A reversal settles against its original's own lines: a spend's honoured
 * points are given back whole; an earn's issued points are credited back to
 * the issuer only as far as the member's balance held them, and the rest is
 * the member's debt to that issuer. Points still pending are taken back whole.
 */
function reversalLines(input: MovementMoneyInput): MovementMoney {
  if (!('reverses' in input.basis)) throw new Error('a reversal settles against the entry it reverses');
  const original = input.basis.reverses;
  const fromPending = input.fromPending ?? 0;
  const fromBalance = recovery(input.balanceBefore, input.debit - fromPending);
  // Points taken back while still pending were never spendable: all of them are recovered.
  const taken = { recovered: fromPending + fromBalance.recovered, unrecovered: fromBalance.unrecovered };
  const lines: EntrySettlement[] = [];
  let debts: Debt[] | undefined;
  for (const line of original.settlement.filter((each) => !each.repaid)) {
    if (line.side === 'honoured' && input.credit > 0) lines.push({ ...line, points: -input.credit });
    if (line.side === 'issued' && taken.recovered > 0) lines.push({ ...line, points: -taken.recovered });
    if (line.side === 'issued' && taken.unrecovered > 0) {
      const debt = {
        merchantId: line.merchantId,
        ratePerThousand: line.ratePerThousand,
        points: taken.unrecovered,
        transactionId: input.transactionId,
      };
      debts = openDebt(input.debts, debt);
    }
  }
  return {
    lines,
    ...(debts && { debts }),
    recovery: { recoveredPoints: input.credit + taken.recovered, unrecoveredPoints: taken.unrecovered },
  };
}
