import { describe, expect, it } from 'vitest';
import { birthdayBonusOwed, birthdaysPaidOn, isCalendarDate } from '../../../shared/domain/birthday.js';

describe('birthdays', () => {
  it('accepts 29 February and refuses days a month does not have', () => {
    expect(isCalendarDate(2, 29)).toBe(true);
    expect(isCalendarDate(2, 30)).toBe(false);
    expect(isCalendarDate(4, 31)).toBe(false);
    expect(isCalendarDate(12, 31)).toBe(true);
    expect(isCalendarDate(13, 1)).toBe(false);
  });

  it('pays 29 February birthdays on 28 February of non-leap years only', () => {
    expect(birthdaysPaidOn(new Date('2027-02-28T00:05:00Z'))).toEqual(['02-28', '02-29']);
    expect(birthdaysPaidOn(new Date('2028-02-28T00:05:00Z'))).toEqual(['02-28']);
    expect(birthdaysPaidOn(new Date('2028-02-29T23:59:59Z'))).toEqual(['02-29']);
    expect(birthdaysPaidOn(new Date('2100-02-28T00:00:00Z'))).toEqual(['02-28', '02-29']);
    expect(birthdaysPaidOn(new Date('2000-02-28T00:00:00Z'))).toEqual(['02-28']);
  });

  it('owes a bonus once a year, and not after a change within 365 days of a payment', () => {
    const base = { month: 1, day: 5, changedAt: '2026-01-01T00:00:00.000Z' };
    const asOf = new Date('2028-01-05T00:05:00Z');
    expect(birthdayBonusOwed({ ...base, lastPaidOn: null }, asOf)).toBe(true);
    expect(birthdayBonusOwed({ ...base, lastPaidOn: '2028-01-05' }, asOf)).toBe(false);
    expect(birthdayBonusOwed({ ...base, lastPaidOn: '2027-12-20' }, asOf)).toBe(true);
    expect(birthdayBonusOwed({ ...base, changedAt: '2028-01-02T09:00:00.000Z', lastPaidOn: '2027-12-20' }, asOf)).toBe(
      false,
    );
    expect(birthdayBonusOwed({ ...base, changedAt: '2028-01-02T09:00:00.000Z', lastPaidOn: '2026-12-20' }, asOf)).toBe(
      true,
    );
  });
});
