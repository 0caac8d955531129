/** A member's birthday (month and day; no year is kept) and what the yearly bonus needs to decide. */
export interface Birthday {
  month: number;
  day: number;
  /** When the birthday was last set to a different date, ISO 8601. */
  changedAt: string;
  /** The UTC day the bonus was last paid, `YYYY-MM-DD`; null before the first payment. */
  lastPaidOn: string | null;
}

const DAY_MS = 86_400_000;
/** A birthday changed within this many days of a payment waits: changing it never earns a second bonus. */
export const BIRTHDAY_CHANGE_WAIT_DAYS = 365;

/** Days in a month of a leap year, so 29 February is a valid birthday. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isCalendarDate(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/** `MM-DD`: the day a birthday falls on, as the birthday index partitions it. */
export function monthDayKey(month: number, day: number): string {
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The birthdays paid on `asOf`'s UTC date: 29 February birthdays are paid on 28 February in other years. */
export function birthdaysPaidOn(asOf: Date): string[] {
  const month = asOf.getUTCMonth() + 1;
  const day = asOf.getUTCDate();
  const paid = [monthDayKey(month, day)];
  if (month === 2 && day === 28 && !isLeapYear(asOf.getUTCFullYear())) paid.push(monthDayKey(2, 29));
  return paid;
}

/**
 * Whether the birthday is owed its bonus on `asOf`: not yet paid in `asOf`'s
 * year, and not changed within the wait after a payment within the wait (so a
 * member cannot move the birthday to be paid twice in twelve months).
 */
export function birthdayBonusOwed(birthday: Birthday, asOf: Date): boolean {
  if (birthday.lastPaidOn === null) return true;
  const year = asOf.getUTCFullYear();
  if (Number(birthday.lastPaidOn.slice(0, 4)) >= year) return false;
  const waitStart = asOf.getTime() - BIRTHDAY_CHANGE_WAIT_DAYS * DAY_MS;
  const changedRecently = new Date(birthday.changedAt).getTime() > waitStart;
  const paidRecently = new Date(`${birthday.lastPaidOn}T00:00:00.000Z`).getTime() > waitStart;
  return !(changedRecently && paidRecently);
}
