import type { LedgerEntry } from './ledger.js';
import type { BalanceName, Merchant, Program } from './program.js';
import { ZERO_SETTLEMENT_RATES } from './program.js';

/**
 * Who owes whom for an entry, fixed when it is posted: the merchant that issued
 * the points pays for them, the merchant that honoured a redemption is paid.
 * `points` is signed (a reversal counts against its original) and
 * `ratePerThousand` is the rate in force at posting, so a rate change never
 * re-prices the past.
 */
export interface EntrySettlement {
  merchantId: string;
  side: 'issued' | 'honoured';
  points: number;
  ratePerThousand: number;
}

function ratesOf(program: Program, merchant: Merchant | undefined) {
  return merchant?.settlement ?? program.settlement ?? ZERO_SETTLEMENT_RATES;
}

/** An earn is issued by its merchant, at its issue price; green points are not settled. */
export function earnSettlement(
  program: Program,
  merchant: Merchant,
  balanceName: BalanceName,
  points: number,
): EntrySettlement | null {
  if (balanceName !== 'points' || points === 0) return null;
  const ratePerThousand = ratesOf(program, merchant).issuePricePerThousandMinor;
  return { merchantId: merchant.merchantId, side: 'issued', points, ratePerThousand };
}

/** A redemption is honoured by `honourer` (the reward's merchant, else the caller's), at its reimbursement rate. */
export function redemptionSettlement(
  program: Program,
  honourer: { merchantId: string; merchant: Merchant | undefined } | null,
  balanceName: BalanceName,
  points: number,
): EntrySettlement | null {
  if (!honourer || balanceName !== 'points' || points === 0) return null;
  const ratePerThousand = ratesOf(program, honourer.merchant).reimbursementPerThousandMinor;
  return { merchantId: honourer.merchantId, side: 'honoured', points, ratePerThousand };
}

/** A reversal settles with its original's merchant, side and rate, for the points it takes back. */
export function reversalSettlement(original: LedgerEntry, points: number): EntrySettlement | null {
  if (!original.settlement || points === 0) return null;
  return { ...original.settlement, points: -points };
}

/** One settled entry as a statement reads it. */
export interface SettlementLine {
  createdAt: string;
  side: 'issued' | 'honoured';
  points: number;
  ratePerThousand: number;
}

/** Points and their exact value in thousandths of a minor unit (points × rate), never rounded. */
export interface SettlementSum {
  points: number;
  valueThousandths: bigint;
}

export interface DaySettlement {
  /** UTC day of posting, `YYYY-MM-DD`. */
  day: string;
  issued: SettlementSum;
  honoured: SettlementSum;
}

const emptySum = (): SettlementSum => ({ points: 0, valueThousandths: 0n });

/** Adds lines into per-day sums (a statement of a million lines holds one small object per day). */
export function addToDays(days: Map<string, DaySettlement>, lines: readonly SettlementLine[]): void {
  for (const line of lines) {
    const day = line.createdAt.slice(0, 10);
    const totals = days.get(day) ?? { day, issued: emptySum(), honoured: emptySum() };
    const sum = totals[line.side];
    sum.points += line.points;
    sum.valueThousandths += BigInt(line.points) * BigInt(line.ratePerThousand);
    days.set(day, totals);
  }
}

/** floor(value / 1000), toward −∞, exactly. */
export function thousandthsToMinor(valueThousandths: bigint): number {
  const quotient = valueThousandths / 1000n;
  const floored = valueThousandths % 1000n < 0n ? quotient - 1n : quotient;
  return Number(floored);
}

export interface StatementTotals {
  issued: { points: number; amountMinor: number };
  honoured: { points: number; amountMinor: number };
  netMinor: number;
}

/** The period's totals: each side floored once over the whole period, and what the program owes the merchant. */
export function statementTotals(days: Iterable<DaySettlement>): StatementTotals {
  const issued = emptySum();
  const honoured = emptySum();
  for (const day of days) {
    issued.points += day.issued.points;
    issued.valueThousandths += day.issued.valueThousandths;
    honoured.points += day.honoured.points;
    honoured.valueThousandths += day.honoured.valueThousandths;
  }
  const issuedMinor = thousandthsToMinor(issued.valueThousandths);
  const honouredMinor = thousandthsToMinor(honoured.valueThousandths);
  return {
    issued: { points: issued.points, amountMinor: issuedMinor },
    honoured: { points: honoured.points, amountMinor: honouredMinor },
    netMinor: honouredMinor - issuedMinor,
  };
}
