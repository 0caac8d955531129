import { ValidationError } from './errors.js';
import type { QualifyingActivity } from './member.js';
import { multiplierExtraRoundedDown, pointsForSpendRoundedDown } from './points.js';
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
 * promotion, credit) each add floor(base × (m − 1)) to the base; bonus points add on top.
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

  let base = 0;
  let tierExtra = 0;
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
    for (const rule of nightRules) {
      const lowestRate = rule.pointsByTier[lowestTierId] ?? 0;
      const tierRate = rule.pointsByTier[tierId] ?? lowestRate;
      base += input.nights * lowestRate;
      tierExtra += input.nights * (tierRate - lowestRate);
    }
  }

  const breakdown: BreakdownLine[] = [{ source: 'base', points: base }];
  if (tierExtra > 0) breakdown.push({ source: 'tier', points: tierExtra });
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
          ? effect.points
          : 0;
    if (points > 0) breakdown.push({ source: 'promotion', points, promotionId: promotion.promotionId });
  }
  if (input.creditStanding === 'good') {
    const credit = multiplierExtraRoundedDown(base, input.program.creditPerks.earnMultiplier);
    if (credit > 0) breakdown.push({ source: 'credit', points: credit });
  }

  const points = breakdown.reduce((sum, line) => sum + line.points, 0);
  const balanceName = earnBalance(merchant.earnRules);
  const qualifying =
    balanceName === 'points'
      ? { nights: input.nights ?? 0, spendMinor: input.amountMinor ?? 0, points }
      : { nights: 0, spendMinor: 0, points: 0 };
  return { balanceName, points, breakdown, qualifying };
}
