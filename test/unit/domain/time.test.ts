import { describe, expect, it } from 'vitest';
import {
  addDays,
  addHours,
  addMonths,
  monthIndex,
  monthKey,
  startOfNextMonth,
  startOfUtcDay,
} from '../../../shared/domain/time.js';

const at = (iso: string) => new Date(iso);

describe('Function: addMonths', () => {
  it.each([
    ['2028-02-29T00:00:00.000Z', 12, '2029-02-28T00:00:00.000Z'],
    ['2028-02-29T00:00:00.000Z', 48, '2032-02-29T00:00:00.000Z'],
    ['2027-01-31T00:00:00.000Z', 1, '2027-02-28T00:00:00.000Z'],
    ['2028-01-31T00:00:00.000Z', 1, '2028-02-29T00:00:00.000Z'],
    ['2027-03-31T00:00:00.000Z', 1, '2027-04-30T00:00:00.000Z'],
    ['2027-03-31T00:00:00.000Z', -1, '2027-02-28T00:00:00.000Z'],
    ['2027-11-15T00:00:00.000Z', 3, '2028-02-15T00:00:00.000Z'],
    ['2027-03-15T00:00:00.000Z', 24, '2029-03-15T00:00:00.000Z'],
    ['2027-03-15T00:00:00.000Z', 0, '2027-03-15T00:00:00.000Z'],
  ])('%s + %i months = %s', (from, months, expected) => {
    // Act
    const result = addMonths(at(from), months);

    // Assert
    expect(result.toISOString()).toBe(expected);
  });

  it('keeps the time of day', () => {
    // Act
    const result = addMonths(at('2027-01-31T17:45:12.345Z'), 1);

    // Assert
    expect(result.toISOString()).toBe('2027-02-28T17:45:12.345Z');
  });

  it('does not change its argument', () => {
    // Arrange
    const start = at('2027-01-31T00:00:00.000Z');

    // Act
    addMonths(start, 1);

    // Assert
    expect(start.toISOString()).toBe('2027-01-31T00:00:00.000Z');
  });
});

describe('Function: startOfUtcDay', () => {
  it('is 00:00 UTC of the UTC day, whatever offset the time was given in', () => {
    // Act: 01:00 in Beijing on the 16th is still the 15th in UTC
    const day = startOfUtcDay(at('2027-03-16T01:00:00+08:00'));

    // Assert
    expect(day.toISOString()).toBe('2027-03-15T00:00:00.000Z');
  });
});

describe('Function: monthKey', () => {
  it.each([
    ['2027-03-15T10:00:00Z', '202703'],
    ['2027-12-31T23:59:59.999Z', '202712'],
    ['2027-07-01T07:59:59+08:00', '202706'],
  ])('of %s is %s', (time, expected) => {
    // Act
    const key = monthKey(at(time));

    // Assert
    expect(key).toBe(expected);
  });
});

describe('Function: monthIndex', () => {
  it('counts December and the following January as consecutive', () => {
    // Act
    const step = monthIndex('202701') - monthIndex('202612');

    // Assert
    expect(step).toBe(1);
  });

  it('puts a year twelve months apart', () => {
    // Act
    const span = monthIndex('202803') - monthIndex('202703');

    // Assert
    expect(span).toBe(12);
  });
});

describe('Function: startOfNextMonth', () => {
  it.each([
    ['2027-03-15T10:00:00Z', '2027-04-01T00:00:00.000Z'],
    ['2027-12-31T23:59:59.999Z', '2028-01-01T00:00:00.000Z'],
    ['2028-02-29T12:00:00Z', '2028-03-01T00:00:00.000Z'],
  ])('after %s is %s', (time, expected) => {
    // Act
    const next = startOfNextMonth(at(time));

    // Assert
    expect(next.toISOString()).toBe(expected);
  });
});

describe('Function: addHours', () => {
  it('adds whole hours across a day boundary', () => {
    // Act
    const later = addHours(at('2027-07-01T20:00:00Z'), 48 + 6);

    // Assert
    expect(later.toISOString()).toBe('2027-07-04T02:00:00.000Z');
  });
});

describe('Function: addDays', () => {
  it('adds days across a month boundary', () => {
    // Act
    const later = addDays(at('2027-02-27T10:00:00Z'), 30);

    // Assert
    expect(later.toISOString()).toBe('2027-03-29T10:00:00.000Z');
  });
});
