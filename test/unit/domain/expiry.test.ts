import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dueExpiries,
  expirySchedule,
  lotExpiresAt,
  oldestOpenLot,
  upcomingExpiries,
  type Lot,
} from '../../../shared/domain/expiry.js';

function lot(createdAt: string, cumulative: number): Lot {
  return { position: `${createdAt}#tx-${cumulative}`, createdAt, cumulative };
}

/** Credits of 100, 150, 50 and 100 points; the second and third were posted on the same day. */
const LOTS: Lot[] = [
  lot('2027-01-10T09:00:00.000Z', 100),
  lot('2027-02-05T08:00:00.000Z', 250),
  lot('2027-02-05T18:30:00.000Z', 300),
  lot('2027-04-01T00:00:00.000Z', 400),
];

describe('Function: lotExpiresAt', () => {
  it('is 00:00 UTC, expiryMonths after the day of posting', () => {
    // Act
    const expiresAt = lotExpiresAt('2027-03-15T17:45:00.000Z', 24);

    // Assert
    expect(expiresAt.toISOString()).toBe('2029-03-15T00:00:00.000Z');
  });

  it('takes the UTC day of a time given with an offset', () => {
    // Act: 01:00 on the 16th in Beijing was posted on the 15th in UTC
    const expiresAt = lotExpiresAt('2027-03-16T01:00:00+08:00', 12);

    // Assert
    expect(expiresAt.toISOString()).toBe('2028-03-15T00:00:00.000Z');
  });

  it('moves a leap day to 28 February', () => {
    // Act
    const expiresAt = lotExpiresAt('2028-02-29T10:00:00.000Z', 12);

    // Assert
    expect(expiresAt.toISOString()).toBe('2029-02-28T00:00:00.000Z');
  });

  it('moves the 31st to the last day of a shorter month', () => {
    // Act
    const expiresAt = lotExpiresAt('2027-08-31T23:59:59.999Z', 1);

    // Assert
    expect(expiresAt.toISOString()).toBe('2027-09-30T00:00:00.000Z');
  });
});

describe('Function: expirySchedule', () => {
  it('lists each date’s points, oldest first, merging lots posted on the same day', () => {
    // Act
    const schedule = expirySchedule(LOTS, 0, 12);

    // Assert
    expect(schedule).toEqual([
      { expiresAt: '2028-01-10T00:00:00.000Z', points: 100 },
      { expiresAt: '2028-02-05T00:00:00.000Z', points: 200 },
      { expiresAt: '2028-04-01T00:00:00.000Z', points: 100 },
    ]);
  });

  it('takes debited points from the oldest lots first', () => {
    // Act: 120 points were spent: all of the first lot and 20 of the second day
    const schedule = expirySchedule(LOTS, 120, 12);

    // Assert
    expect(schedule).toEqual([
      { expiresAt: '2028-02-05T00:00:00.000Z', points: 180 },
      { expiresAt: '2028-04-01T00:00:00.000Z', points: 100 },
    ]);
  });

  it('is empty when every point has been debited', () => {
    // Act
    const schedule = expirySchedule(LOTS, 400, 12);

    // Assert
    expect(schedule).toEqual([]);
  });

  it('accounts for every point still held, in any history of credits and debits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 400 }), points: fc.integer({ min: 1, max: 10_000 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (credits, spentShare) => {
          // Arrange: credits in posting order; some share of all credited points was debited
          const days = credits.map((c) => c.day).sort((a, b) => a - b);
          let cumulative = 0;
          const lots = credits.map((credit, i) => {
            cumulative += credit.points;
            return lot(new Date(Date.UTC(2027, 0, 1) + days[i]! * 86_400_000).toISOString(), cumulative);
          });
          const debited = Math.floor(cumulative * spentShare);

          // Act
          const schedule = expirySchedule(lots, debited, 24);

          // Assert: the dates rise, every entry holds points, and together they are the balance
          expect(schedule.reduce((sum, due) => sum + due.points, 0)).toBe(cumulative - debited);
          expect(schedule.every((due) => due.points > 0)).toBe(true);
          expect(schedule.map((due) => due.expiresAt)).toEqual(
            [...new Set(schedule.map((due) => due.expiresAt))].sort(),
          );
        },
      ),
    );
  });
});

describe('Function: dueExpiries', () => {
  it('includes a date exactly at asOf', () => {
    // Act
    const due = dueExpiries(LOTS, 0, 12, new Date('2028-02-05T00:00:00.000Z'));

    // Assert
    expect(due).toEqual([
      { expiresAt: '2028-01-10T00:00:00.000Z', points: 100 },
      { expiresAt: '2028-02-05T00:00:00.000Z', points: 200 },
    ]);
  });

  it('excludes a date one millisecond after asOf', () => {
    // Act
    const due = dueExpiries(LOTS, 0, 12, new Date('2028-02-04T23:59:59.999Z'));

    // Assert
    expect(due).toEqual([{ expiresAt: '2028-01-10T00:00:00.000Z', points: 100 }]);
  });

  it('has nothing left due once the expired points are debited', () => {
    // Arrange: the expiry job debits what is due
    const asOf = new Date('2028-02-05T00:00:00.000Z');
    const expired = dueExpiries(LOTS, 0, 12, asOf).reduce((sum, due) => sum + due.points, 0);

    // Act
    const dueAgain = dueExpiries(LOTS, expired, 12, asOf);

    // Assert
    expect(expired).toBe(300);
    expect(dueAgain).toEqual([]);
  });

  it('never expires points already spent', () => {
    // Act: 250 of the 300 points due by then were redeemed before
    const due = dueExpiries(LOTS, 250, 12, new Date('2028-03-01T00:00:00.000Z'));

    // Assert
    expect(due).toEqual([{ expiresAt: '2028-02-05T00:00:00.000Z', points: 50 }]);
  });
});

describe('Function: upcomingExpiries', () => {
  it('lists only future dates, soonest first', () => {
    // Act
    const upcoming = upcomingExpiries(LOTS, 0, 12, new Date('2028-01-10T00:00:00.000Z'));

    // Assert: the date equal to now is due, not upcoming
    expect(upcoming).toEqual([
      { expiresAt: '2028-02-05T00:00:00.000Z', points: 200 },
      { expiresAt: '2028-04-01T00:00:00.000Z', points: 100 },
    ]);
  });

  it('lists at most 12 dates', () => {
    // Arrange: one credit of 10 points on the 1st of each of 15 months
    const monthly = Array.from({ length: 15 }, (_, i) =>
      lot(new Date(Date.UTC(2027, i, 1)).toISOString(), (i + 1) * 10),
    );

    // Act
    const upcoming = upcomingExpiries(monthly, 0, 24, new Date('2027-06-01T00:00:00.000Z'));

    // Assert
    expect(upcoming).toHaveLength(12);
    expect(upcoming[0]).toEqual({ expiresAt: '2029-01-01T00:00:00.000Z', points: 10 });
    expect(upcoming[11]).toEqual({ expiresAt: '2029-12-01T00:00:00.000Z', points: 10 });
  });
});

describe('Function: oldestOpenLot', () => {
  it.each([
    [0, '2027-01-10T09:00:00.000Z'],
    [99, '2027-01-10T09:00:00.000Z'],
    [100, '2027-02-05T08:00:00.000Z'],
    [299, '2027-02-05T18:30:00.000Z'],
    [300, '2027-04-01T00:00:00.000Z'],
  ])('after %i debited points is the lot posted %s', (debited, createdAt) => {
    // Act
    const open = oldestOpenLot(LOTS, debited);

    // Assert
    expect(open?.createdAt).toBe(createdAt);
  });

  it('is null when every point has been debited', () => {
    // Act
    const open = oldestOpenLot(LOTS, 400);

    // Assert
    expect(open).toBeNull();
  });
});
