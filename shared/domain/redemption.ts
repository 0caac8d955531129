import { CreditRequiredError, OutOfStockError, PriorityWindowError } from './errors.js';
import type { Member } from './member.js';
import { checkBalanceFloor, checkMemberState } from './movement-rules.js';
import { discountedPriceRoundedDown, pointsToPayRoundedUp, pointsWithinBound } from './points.js';
import type { CreditStanding, Program, Promotion, Reward } from './program.js';
import { promotionsInForce } from './promotions.js';
import { addHours } from './time.js';

export interface RewardPrice {
  /** What this member pays per unit now. */
  costPoints: number;
  listCostPoints: number;
  /** The rewardPrice promotion that set the price, if one did. */
  promotionId: string | null;
}

export interface RewardPricing {
  program: Program;
  reward: Reward;
  /** Category of the reward's merchant, for category-scoped promotions. */
  merchantCategory: string | null;
  tierId: string;
  creditStanding: CreditStanding;
  promotions: Promotion[];
  now: Date;
}

/** The lowest in-force rewardPrice wins; the credit discount then applies and rounds down. */
export function priceReward(input: RewardPricing): RewardPrice {
  const { reward } = input;
  let costPoints = reward.costPoints;
  let promotionId: string | null = null;
  const promotions = promotionsInForce(input.promotions, input.now, {
    merchantId: reward.merchantId,
    category: input.merchantCategory,
    rewardId: reward.rewardId,
    tierId: input.tierId,
    creditStanding: input.creditStanding,
  });
  for (const promotion of promotions) {
    if (promotion.effect.kind === 'rewardPrice' && promotion.effect.costPoints < costPoints) {
      costPoints = promotion.effect.costPoints;
      promotionId = promotion.promotionId;
    }
  }
  if (input.creditStanding === 'good') {
    costPoints = discountedPriceRoundedDown(costPoints, input.program.creditPerks.redemptionDiscountPercent);
  }
  return { costPoints, listCostPoints: reward.costPoints, promotionId };
}

export function priorityWindowEnd(reward: Reward): Date | null {
  if (reward.stock === null || reward.priorityWindowHours <= 0 || reward.publishedAt === null) return null;
  return addHours(new Date(reward.publishedAt), reward.priorityWindowHours);
}

/**
 * Refuses a reward redemption in the contract's order: the member's state (403),
 * then the priority window, stock and balance (409).
 */
export function assertRewardRedeemable(args: {
  member: Member;
  reward: Reward;
  quantity: number;
  totalPoints: number;
  stockLeft: number | null;
  now: Date;
}): void {
  const { member, reward } = args;
  checkMemberState('redemption', member);
  if (reward.creditOnly && member.creditStanding !== 'good') throw new CreditRequiredError(reward.rewardId);
  const windowEnd = priorityWindowEnd(reward);
  if (windowEnd && args.now < windowEnd && member.creditStanding !== 'good') {
    throw new PriorityWindowError(reward.rewardId, windowEnd.toISOString());
  }
  if (args.stockLeft !== null && args.stockLeft < args.quantity) throw new OutOfStockError(reward.rewardId);
  checkBalanceFloor('redemption', member, reward.balance, -args.totalPoints);
}

/** Points paying part of a bill always fully cover it; there is no partial payment. 400 past the points bound. */
export function pricePayment(program: Program, amountMinor: number): number {
  return pointsWithinBound(pointsToPayRoundedUp(amountMinor, program.paymentPointsPerUnit), 'payment.amountMinor');
}
