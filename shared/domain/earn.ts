import { ValidationError } from './errors.js';
import type { QualifyingActivity } from './member.js';
import { multiplierExtraRoundedDown, pointsForSpendRoundedDown, pointsWithinBound } from './points.js';
import type { BalanceName, CreditStanding, EarnRule, Merchant, Program, Promotion, Tier } from './program.js';
import { promotionsInForce } from './promotions.js';

export interface BreakdownLine {
  source: 'base' | 'tier' | 'promotion' | 'credit';
  points: number;
  promotionId?: string;
}

export interface EarnQuote {
  balanceName: BalanceName;
  points: number;
  breakdown: BreakdownLine[];
  /** What this earn adds to the member's tier window. Green points never count. */
  qualifying: QualifyingActivity;
}

export interface EarnPricing {
  program: Program;
  tiers: Tier[];
  merchant: Merchant;
  tierId: string;
  creditStanding: CreditStanding;
  promotions: Promotion[];
  now: Date;
  amountMinor?: number;
  nights?: number;
}

/** The balance a merchant's earns credit: all of a merchant's rules credit the same one. */
export function earnBalance(rules: EarnRule[]): BalanceName {
  const spend = rules.find((rule) => rule.kind === 'spend');
  return spend?.kind === 'spend' ? (spend.balance ?? 'points') : 'points';
}

/**
 * Prices an earn at the tier the member holds before it. Multipliers (tier,
 * promotion, credit) each add floor(base × (m − 1)) to the base; bonus points
 * add on top. 400 when the total passes MAX_COMPUTED_POINTS.
 */
export function priceEarn(input: EarnPricing): EarnQuote {
  const { merchant, tierId } = input;
  const spendRules = merchant.earnRules.filter((rule) => rule.kind === 'spend');
  const nightRules = merchant.earnRules.filter((rule) => rule.kind === 'night');
  if (input.amountMinor !== undefined && spendRules.length === 0) {
    throw new ValidationError([{ path: 'amountMinor', message: `merchant ${merchant.merchantId} has no spend rule` }]);
  }
  if (input.nights !== undefined && nightRules.length === 0) {
    throw new ValidationError([{ path: 'nights', message: `merchant ${merchant.merchantId} has no per-night rule` }]);
  }

  // Exact until the total is known to be within the bound; the answer's lines are numbers after that.
  let base = 0n;
  let tierExtra = 0n;
  if (input.amountMinor !== undefined) {
    for (const rule of spendRules) {
      const ruleBase = pointsForSpendRoundedDown(input.amountMinor, rule.perMinor, rule.points);
      base += ruleBase;
      const multiplier = rule.tierMultipliers?.[tierId];
      if (multiplier !== undefined) tierExtra += multiplierExtraRoundedDown(ruleBase, multiplier);
    }
  }
  if (input.nights !== undefined) {
    const lowestTierId = input.tiers[0]?.id ?? tierId;
    const nights = BigInt(input.nights);
    for (const rule of nightRules) {
      const lowestRate = rule.pointsByTier[lowestTierId] ?? 0;
      const tierRate = rule.pointsByTier[tierId] ?? lowestRate;
      base += nights * BigInt(lowestRate);
      tierExtra += nights * BigInt(tierRate - lowestRate);
    }
  }

  const lines: { source: BreakdownLine['source']; points: bigint; promotionId?: string }[] = [
    { source: 'base', points: base },
  ];
  if (tierExtra > 0n) lines.push({ source: 'tier', points: tierExtra });
  const promotions = promotionsInForce(input.promotions, input.now, {
    merchantId: merchant.merchantId,
    category: merchant.category,
    tierId,
    creditStanding: input.creditStanding,
  });
  for (const promotion of promotions) {
    const effect = promotion.effect;
    const points =
      effect.kind === 'earnMultiplier'
        ? multiplierExtraRoundedDown(base, effect.multiplier)
        : effect.kind === 'bonusPoints'
          ? BigInt(effect.points)
          : 0n;
    if (points > 0n) lines.push({ source: 'promotion', points, promotionId: promotion.promotionId });
  }
  if (input.creditStanding === 'good') {
    const credit = multiplierExtraRoundedDown(base, input.program.creditPerks.earnMultiplier);
    if (credit > 0n) lines.push({ source: 'credit', points: credit });
  }

  const points = pointsWithinBound(
    lines.reduce((sum, line) => sum + line.points, 0n),
    input.amountMinor !== undefined ? 'amountMinor' : 'nights',
  );
  // Every line is at most the total, so each is exact as a number too.
  const breakdown = lines.map((line): BreakdownLine => ({ ...line, points: Number(line.points) }));
  const balanceName = earnBalance(merchant.earnRules);
  const qualifying =
    balanceName === 'points'
      ? { nights: input.nights ?? 0, spendMinor: input.amountMinor ?? 0, points }
      : { nights: 0, spendMinor: 0, points: 0 };
  return { balanceName, points, breakdown, qualifying };
}
