import { addMonths, startOfUtcDay } from './time.js';

/**
 * FIFO expiry with O(1) writes per movement. Every credit to the points balance
 * is a lot whose upper bound is the member's credited total after it
 * (`cumulative`); every debit (redemption, expiry, earn reversal, negative
 * adjustment) raises the debited total, consuming the oldest lots first. A lot
 * still holds max(0, cumulative − max(debited, previous cumulative)) points, so
 * what falls due by a date is max(0, highest cumulative due by then − debited).
 */
export interface Lot {
  /** `createdAt#transactionId` of the credit. */
  position: string;
  createdAt: string;
  cumulative: number;
}

export interface ExpiryAmount {
  expiresAt: string;
  points: number;
}

/** Points expire at 00:00 UTC `expiryMonths` after the day they were posted. */
export function lotExpiresAt(createdAt: string, expiryMonths: number): Date {
  return addMonths(startOfUtcDay(new Date(createdAt)), expiryMonths);
}

function expiryDates(lots: Lot[], expiryMonths: number): Map<string, number> {
  const highestCumulativeByDate = new Map<string, number>();
  for (const lot of lots) {
    const date = lotExpiresAt(lot.createdAt, expiryMonths).toISOString();
    highestCumulativeByDate.set(date, Math.max(highestCumulativeByDate.get(date) ?? 0, lot.cumulative));
  }
  return highestCumulativeByDate;
}

/** Each expiry date's points, oldest first, after what has already been debited. */
export function expirySchedule(lots: Lot[], debitedTotal: number, expiryMonths: number): ExpiryAmount[] {
  const dates = [...expiryDates(lots, expiryMonths).entries()].sort(([a], [b]) => a.localeCompare(b));
  const schedule: ExpiryAmount[] = [];
  let debited = debitedTotal;
  let highest = 0;
  for (const [expiresAt, cumulative] of dates) {
    highest = Math.max(highest, cumulative);
    const points = Math.max(0, highest - debited);
    if (points > 0) schedule.push({ expiresAt, points });
    debited += points;
  }
  return schedule;
}

/** Expiries that have fallen due by `asOf`. */
export function dueExpiries(lots: Lot[], debitedTotal: number, expiryMonths: number, asOf: Date): ExpiryAmount[] {
  return expirySchedule(lots, debitedTotal, expiryMonths).filter((due) => Date.parse(due.expiresAt) <= asOf.getTime());
}

/** The member statement's `expiring`: future dates that still have points, soonest first. */
export function upcomingExpiries(
  lots: Lot[],
  debitedTotal: number,
  expiryMonths: number,
  now: Date,
  limit = 12,
): ExpiryAmount[] {
  return expirySchedule(lots, debitedTotal, expiryMonths)
    .filter((due) => Date.parse(due.expiresAt) > now.getTime())
    .slice(0, limit);
}

/** The oldest lot that still holds points after `debitedTotal`, or null when all are spent. */
export function oldestOpenLot(lots: Lot[], debitedTotal: number): Lot | null {
  return lots.find((lot) => lot.cumulative > debitedTotal) ?? null;
}
