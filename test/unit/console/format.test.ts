import { describe, expect, it } from 'vitest';
import {
  formatCny,
  formatInstant,
  formatPoints,
  formatSignedPoints,
  parseYuan,
  utcWindow,
} from '../../../console/src/format.js';

describe('Console formats', () => {
  it('writes points with "," between thousands and a minus sign for negatives', () => {
    expect(formatPoints(0)).toBe('0');
    expect(formatPoints(1_234)).toBe('1,234');
    expect(formatPoints(1_234_567)).toBe('1,234,567');
    expect(formatPoints(-99)).toBe('\u221299');
    expect(formatSignedPoints(99)).toBe('+99');
    expect(formatSignedPoints(-30_000)).toBe('\u221230,000');
  });

  it('writes fen as CNY with two decimals, negatives as −CNY', () => {
    expect(formatCny(123_456)).toBe('CNY 1,234.56');
    expect(formatCny(5)).toBe('CNY 0.05');
    expect(formatCny(0)).toBe('CNY 0.00');
    expect(formatCny(-1_250)).toBe('\u2212CNY 12.50');
  });

  it('reads yuan with up to two decimals as fen, and nothing else', () => {
    expect(parseYuan('12')).toBe(1_200);
    expect(parseYuan('12.5')).toBe(1_250);
    expect(parseYuan(' 0.05 ')).toBe(5);
    expect(parseYuan('20.50')).toBe(2_050);
    for (const text of ['', '12.345', '-3', '1,000', 'abc', '1e3']) expect(parseYuan(text), text).toBeNull();
  });

  it("turns inclusive UTC days into the API's [from, to) window, across month and year ends", () => {
    expect(utcWindow('2026-11-01', '2026-11-30')).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    expect(utcWindow('2026-12-31', '2026-12-31')).toEqual({
      from: '2026-12-31T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
    expect(utcWindow('2028-02-01', '2028-02-28').to).toBe('2028-02-29T00:00:00.000Z');
  });

  it('shows an instant as its UTC date and minute', () => {
    expect(formatInstant('2027-03-15T10:07:59.123Z')).toBe('2027-03-15 10:07 UTC');
  });
});
