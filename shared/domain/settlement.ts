import type { Merchant, Program, SettlementRates } from './program.js';
import { ZERO_SETTLEMENT_RATES } from './program.js';

/**
 * One line of who owes whom for an entry, fixed when it is posted: the merchant
 * that issued points pays for them, the merchant that honoured a spend is paid.
 * `points` is signed (a reversal counts against its original) and
 * `ratePerThousand` is the rate in force at posting, so a rate change never
 * re-prices the past. An entry has a line per side and merchant it settles with.
 */
export interface EntrySettlement {
  merchantId: string;
  side: 'issued' | 'honoured';
  points: number;
  ratePerThousand: number;
  /** The line gives an issuer back points that a refund left owed (a debt repaid), not the entry's own points. */
  repaid?: boolean;
}

/** A merchant an entry settles with, and the rates it settles at. */
export interface SettlingParty {
  merchantId: string;
  rates: SettlementRates;
}

/** A merchant's own rates, else the program's. */
export function partyOf(program: Program, merchantId: string, merchant: Merchant | undefined): SettlingParty {
  return { merchantId, rates: merchant?.settlement ?? program.settlement ?? ZERO_SETTLEMENT_RATES };
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
