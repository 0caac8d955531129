/** Points arithmetic. Points are integers; each function names its rounding. */

/** Whole points for a spend: partial units earn nothing (9,999 fen at 1 per 100 = 99). */
export function pointsForSpendRoundedDown(amountMinor: number, perMinor: number, pointsPerUnit: number): number {
  return Math.floor(amountMinor / perMinor) * pointsPerUnit;
}

/** The extra a multiplier (≥ 1, up to six decimals) adds on a base, rounded down: floor(base × (m − 1)). */
export function multiplierExtraRoundedDown(base: number, multiplier: number): number {
  // Exact integer arithmetic: 1000 × (1.2 − 1) in floating point is 199.999…
  const extraPerMillion = BigInt(Math.round((multiplier - 1) * 1_000_000));
  return Number((BigInt(base) * extraPerMillion) / 1_000_000n);
}

/** Points needed to pay an amount, rounded up so the points always fully cover it. */
export function pointsToPayRoundedUp(amountMinor: number, pointsPerMajorUnit: number): number {
  return Math.ceil((amountMinor * pointsPerMajorUnit) / 100);
}

/** A price after a percentage discount, rounded down in the member's favour. */
export function discountedPriceRoundedDown(price: number, discountPercent: number): number {
  return Math.floor((price * (100 - discountPercent)) / 100);
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
  const cumulative = (BigInt(originalPoints) * BigInt(alreadyReversedAmountMinor + amountMinor)) / BigInt(originalAmountMinor);
  return Number(cumulative) - alreadyReversedPoints;
}
