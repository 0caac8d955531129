import { ValidationError } from './errors.js';

/**
 * Points arithmetic. Points are integers; each function names its rounding.
 * Products are taken in BigInt: an amount times a rate passes 2^53 for inputs
 * the API accepts, and a float product there is off by whole points.
 */

/** The most points one earn, payment or prize may come to: a sum of many stays far below 2^53. */
export const MAX_COMPUTED_POINTS = 1_000_000_000_000;

/** Points computed exactly, as a number once they are known to be within MAX_COMPUTED_POINTS; 400 naming `path` above it. */
export function pointsWithinBound(points: bigint, path: string): number {
  if (points > BigInt(MAX_COMPUTED_POINTS)) {
    throw new ValidationError([
      { path, message: `would come to ${points} points; at most ${MAX_COMPUTED_POINTS} are allowed` },
    ]);
  }
  return Number(points);
}

/** Whole points for a spend: partial units earn nothing (9,999 fen at 1 per 100 = 99). */
export function pointsForSpendRoundedDown(amountMinor: number, perMinor: number, pointsPerUnit: number): bigint {
  return (BigInt(amountMinor) / BigInt(perMinor)) * BigInt(pointsPerUnit);
}

/**
 * A decimal number as an exact fraction of integers, from its shortest decimal
 * form (the one the operator wrote: 1.2 is 12/10, not the float just below it).
 */
function exactFraction(value: number): { numerator: bigint; denominator: bigint } {
  const written = String(value);
  if (!/^\d+(\.\d+)?$/.test(written)) throw new RangeError(`${written} is not a plain non-negative decimal`);
  const [whole, decimals = ''] = written.split('.');
  return { numerator: BigInt(whole! + decimals), denominator: 10n ** BigInt(decimals.length) };
}

/** The extra a multiplier (≥ 1) adds on a base, rounded down: floor(base × (m − 1)). */
export function multiplierExtraRoundedDown(base: bigint, multiplier: number): bigint {
  const { numerator, denominator } = exactFraction(multiplier);
  // Both factors are non-negative, so BigInt's truncation is the floor.
  return (base * (numerator - denominator)) / denominator;
}

/** Points needed to pay an amount, rounded up so the points always fully cover it: ceil(amountMinor × rate / 100). */
export function pointsToPayRoundedUp(amountMinor: number, pointsPerMajorUnit: number): bigint {
  return (BigInt(amountMinor) * BigInt(pointsPerMajorUnit) + 99n) / 100n;
}

/** A price after a percentage discount, rounded down in the member's favour. */
export function discountedPriceRoundedDown(price: number, discountPercent: number): number {
  return Number((BigInt(price) * BigInt(100 - discountPercent)) / 100n);
}

/** Points a partial reversal takes back so that partials add up exactly to the original. */
export function partialReversalPoints(
  originalPoints: number,
  originalAmountMinor: number,
  alreadyReversedAmountMinor: number,
  alreadyReversedPoints: number,
  amountMinor: number,
): number {
  // Exact integer arithmetic: P × (R + a) passes 2^53 for amounts the API accepts.
  const cumulative =
    (BigInt(originalPoints) * BigInt(alreadyReversedAmountMinor + amountMinor)) / BigInt(originalAmountMinor);
  return Number(cumulative) - alreadyReversedPoints;
}
