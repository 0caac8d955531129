import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  discountedPriceRoundedDown,
  multiplierExtraRoundedDown,
  partialReversalPoints,
  pointsForSpendRoundedDown,
  pointsToPayRoundedUp,
} from '../../../shared/domain/points.js';

describe('Function: pointsForSpendRoundedDown', () => {
  it('rounds 99.99 CNY down to 99 points at 1 point per 100 fen', () => {
    // Act
    const points = pointsForSpendRoundedDown(9_999, 100, 1);

    // Assert
    expect(points).toBe(99n);
  });

  it('earns nothing for a partial yuan', () => {
    // Act
    const points = pointsForSpendRoundedDown(99, 100, 1);

    // Assert
    expect(points).toBe(0n);
  });

  it('earns 600 points for 20 CNY a day over 30 days', () => {
    // Arrange
    const days = Array.from({ length: 30 }, () => 2_000);

    // Act
    const total = days.reduce((sum, amountMinor) => sum + pointsForSpendRoundedDown(amountMinor, 100, 1), 0n);

    // Assert
    expect(total).toBe(600n);
  });

  it('multiplies whole units by the points per unit', () => {
    // Act
    const points = pointsForSpendRoundedDown(1_050, 500, 3);

    // Assert: two whole units of 500 fen, 3 points each; the remaining 50 fen earn nothing
    expect(points).toBe(6n);
  });
});

describe('Function: multiplierExtraRoundedDown', () => {
  it('adds exactly 200 for 1,000 points at 1.2, not 199', () => {
    // Act
    const extra = multiplierExtraRoundedDown(1_000n, 1.2);

    // Assert
    expect(extra).toBe(200n);
  });

  it('adds nothing at a multiplier of 1', () => {
    // Act
    const extra = multiplierExtraRoundedDown(12_345n, 1);

    // Assert
    expect(extra).toBe(0n);
  });

  it('rounds a fractional extra down', () => {
    // Act
    const extra = multiplierExtraRoundedDown(7n, 1.5);

    // Assert: 7 × 0.5 = 3.5
    expect(extra).toBe(3n);
  });

  it('adds exactly half of a base past 2^53 at 1.5, where a float product is off', () => {
    // Arrange: 2^53 + 1 is odd and not a float; half of it rounds down
    const base = 2n ** 53n + 1n;

    // Act
    const extra = multiplierExtraRoundedDown(base, 1.5);

    // Assert
    expect(extra).toBe(2n ** 52n);
  });

  it('equals floor(base × (m − 1)) in exact arithmetic for multipliers with up to six decimals', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 16n }),
        fc.integer({ min: 1_000_000, max: 10_000_000 }),
        (base, millionths) => {
          // Arrange: the multiplier is millionths / 1e6, so exact arithmetic works in millionths
          const multiplier = millionths / 1_000_000;
          const expected = (base * BigInt(millionths - 1_000_000)) / 1_000_000n;

          // Act
          const extra = multiplierExtraRoundedDown(base, multiplier);

          // Assert
          expect(extra).toBe(expected);
        },
      ),
    );
  });
});

describe('Function: pointsToPayRoundedUp', () => {
  it('needs 24,000 points to pay 40,000 fen at 60 points per CNY', () => {
    // Act
    const points = pointsToPayRoundedUp(40_000, 60);

    // Assert
    expect(points).toBe(24_000n);
  });

  it('needs 30,000 points to pay a 500 CNY room', () => {
    // Act
    const points = pointsToPayRoundedUp(50_000, 60);

    // Assert
    expect(points).toBe(30_000n);
  });

  it('rounds 1 fen up to 1 point', () => {
    // Act
    const points = pointsToPayRoundedUp(1, 60);

    // Assert: 0.6 points round up so the amount is fully covered
    expect(points).toBe(1n);
  });

  it('prices the largest payment exactly, where the float product is a point short', () => {
    // Arrange: 9,999,999,999 fen at 999,999 points per unit is 99,999,899,990,000.01 points; the float product rounds it to a whole number
    const amountMinor = 9_999_999_999;
    const perUnit = 999_999;

    // Act
    const points = pointsToPayRoundedUp(amountMinor, perUnit);

    // Assert
    expect(points).toBe(99_999_899_990_001n);
  });

  it('always covers the amount, by less than one extra point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (amountMinor, perUnit) => {
          // Act
          const points = pointsToPayRoundedUp(amountMinor, perUnit);

          // Assert: points × 100 ≥ amount × rate > (points − 1) × 100, in exact arithmetic
          const exactValue = BigInt(amountMinor) * BigInt(perUnit);
          expect(points * 100n >= exactValue).toBe(true);
          expect((points - 1n) * 100n < exactValue).toBe(true);
        },
      ),
    );
  });
});

describe('Function: discountedPriceRoundedDown', () => {
  it('takes 10% off 30,000 points', () => {
    // Act
    const price = discountedPriceRoundedDown(30_000, 10);

    // Assert
    expect(price).toBe(27_000);
  });

  it('rounds a fractional price down in the member’s favour', () => {
    // Act
    const price = discountedPriceRoundedDown(333, 10);

    // Assert: 299.7
    expect(price).toBe(299);
  });

  it('leaves the price unchanged at 0%', () => {
    // Act
    const price = discountedPriceRoundedDown(500, 0);

    // Assert
    expect(price).toBe(500);
  });
});

/** Reverses an earn of `points` for `amountMinor` in the given parts, as successive partial reversals. */
function reverseInParts(points: number, amountMinor: number, parts: number[]): number[] {
  let reversedAmount = 0;
  let reversedPoints = 0;
  return parts.map((part) => {
    const share = partialReversalPoints(points, amountMinor, reversedAmount, reversedPoints, part);
    reversedAmount += part;
    reversedPoints += share;
    return share;
  });
}

describe('Function: partialReversalPoints', () => {
  it('splits 99 points for 99.99 CNY into three thirds that add up to 99', () => {
    // Act
    const shares = reverseInParts(99, 9_999, [3_333, 3_333, 3_333]);

    // Assert
    expect(shares).toEqual([33, 33, 33]);
  });

  it('adds up exactly to the original for uneven splits', () => {
    // Arrange: 10 points for 10.01 CNY, reversed in pieces that each earn a fraction
    const splits = [[1, 1_000], [333, 334, 334], [1, 1, 1, 998], [500, 501], [1_001]];

    // Act
    const totals = splits.map((parts) => reverseInParts(10, 1_001, parts).reduce((sum, share) => sum + share, 0));

    // Assert
    expect(totals).toEqual([10, 10, 10, 10, 10]);
  });

  it('takes back the floor of the cumulative share minus what was already taken', () => {
    // Act: 100 points for 300 fen; 100 fen already gave back 33 points
    const share = partialReversalPoints(100, 300, 100, 33, 100);

    // Assert: floor(100 × 200 / 300) − 33 = 66 − 33
    expect(share).toBe(33);
  });

  it('for any split of the amount, the shares are non-negative and add up to the original points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (amountMinor, perMinor, weights) => {
          // Arrange: an earn at `perMinor` fen per point, cut into parts proportional to the weights
          const points = Math.floor(amountMinor / perMinor);
          const totalWeight = weights.reduce((sum, w) => sum + w, 0);
          const cuts = [
            ...new Set(
              weights.slice(0, -1).map((_, i) => {
                const upTo = weights.slice(0, i + 1).reduce((sum, w) => sum + w, 0);
                return Math.floor((amountMinor * upTo) / totalWeight);
              }),
            ),
          ].filter((cut) => cut > 0 && cut < amountMinor);
          const bounds = [0, ...cuts, amountMinor];
          const parts = bounds.slice(1).map((bound, i) => bound - bounds[i]!);

          // Act
          const shares = reverseInParts(points, amountMinor, parts);

          // Assert
          expect(shares.every((share) => share >= 0)).toBe(true);
          expect(shares.reduce((sum, share) => sum + share, 0)).toBe(points);
        },
      ),
    );
  });

  it('gives back every point of a very large earn when its whole amount is reversed', () => {
    // Arrange: 60,711,528.47 CNY at 1 point per CNY; amountMinor up to 10^10 fen is valid input
    const amountMinor = 6_071_152_847;
    const points = 60_711_528;

    // Act
    const share = partialReversalPoints(points, amountMinor, 0, 0, amountMinor);

    // Assert
    expect(share).toBe(points);
  });
});
