import { MemberNotFoundError, RewardNotFoundError } from '../domain/errors.js';
import { admitMovement } from '../domain/movement-rules.js';
import { assertRewardRedeemable, pricePayment, priceReward } from '../domain/redemption.js';
import { effectiveTier } from '../domain/tiers.js';
import type { Caller, Deps, Outcome } from './deps.js';
import { ownerOf } from './deps.js';
import { transactionIdFor } from './idempotency.js';
import { buildMovement } from './movement.js';
import { once } from './once.js';
import { guardMember, postIdempotently } from './post-movement.js';

interface RedemptionBase {
  caller: Caller;
  idempotencyKey: string;
  requestHash: string;
  memberId: string;
}

export type RedeemRequest =
  | (RedemptionBase & { rewardId: string; quantity: number })
  | (RedemptionBase & { payment: { amountMinor: number } });

/**
 * Spends points on a reward or on part of a bill, exactly once per key. The
 * balance (and limited stock) can never go below zero: the transaction's
 * conditions guard them, and concurrent redemptions are decided one at a time.
 */
export async function redeem(deps: Deps, request: RedeemRequest): Promise<Outcome> {
  const owner = ownerOf(request.caller);
  const transactionId = transactionIdFor(owner, request.idempotencyKey);
  const callerMerchantId = request.caller.kind === 'merchant' ? request.caller.merchantId : null;
  const ids = { transactionId, requestHash: request.requestHash };

  if ('payment' in request) {
    const { amountMinor } = request.payment;
    const loadConfig = once(() => deps.config.load({}));
    return postIdempotently(deps, ids, async (guards) => {
      const [config, member] = await Promise.all([loadConfig(), deps.members.get(request.memberId)]);
      guardMember(guards, request.memberId, member);
      if (!member) throw new MemberNotFoundError(request.memberId);
      const points = pricePayment(config.program, amountMinor);
      admitMovement('redemption', member, 'points', -points);
      return buildMovement({
        ...ids,
        type: 'redemption',
        member,
        merchantId: callerMerchantId,
        owner,
        balanceName: 'points',
        delta: -points,
        reference: null,
        createdAt: deps.clock.now().toISOString(),
        details: { amountMinor },
        respond: (balances) => ({ transactionId, memberId: member.memberId, points, coveredMinor: amountMinor, balances }),
      });
    });
  }

  const { rewardId, quantity } = request;
  // Read once per request: a retry after a concurrent write needs a fresh member and stock, not fresh configuration.
  const loadConfig = once(() => deps.config.load({ rewardIds: [rewardId], promotions: true }));
  return postIdempotently(deps, ids, async (guards) => {
    const now = deps.clock.now();
    const [config, member, stock] = await Promise.all([
      loadConfig(),
      deps.members.get(request.memberId),
      deps.config.stockLeft([rewardId]),
    ]);
    guardMember(guards, request.memberId, member);
    const reward = config.rewards.get(rewardId);
    if (!reward || !reward.active) throw new RewardNotFoundError(rewardId);
    if (!member) throw new MemberNotFoundError(request.memberId);

    const merchantCategory = await rewardMerchantCategory(deps, reward.merchantId, config.promotions);
    const price = priceReward({
      program: config.program,
      reward,
      merchantCategory,
      tierId: effectiveTier(config.tiers, member.tierId).id,
      creditStanding: member.creditStanding,
      promotions: config.promotions,
      now,
    });
    const totalPoints = price.costPoints * quantity;
    const stockLeft = reward.stock === null ? null : (stock.get(rewardId) ?? 0);
    if (reward.stock !== null) guards.stock = { rewardId, left: stock.get(rewardId) ?? null };
    assertRewardRedeemable({ member, reward, quantity, totalPoints, stockLeft, now });

    return buildMovement({
      ...ids,
      type: 'redemption',
      member,
      merchantId: callerMerchantId ?? reward.merchantId,
      owner,
      balanceName: reward.balance,
      delta: -totalPoints,
      reference: null,
      createdAt: now.toISOString(),
      details: {
        rewardId,
        quantity,
        stockTaken: stockLeft !== null,
        ...(price.promotionId && { promotionId: price.promotionId }),
      },
      ...(stockLeft !== null && { stock: { rewardId, delta: -quantity } }),
      respond: (balances) => ({
        transactionId,
        memberId: member.memberId,
        points: totalPoints,
        rewardId,
        quantity,
        ...(price.promotionId && { promotionId: price.promotionId }),
        balances,
      }),
    });
  });
}

/** Only category-scoped promotions need the reward's merchant, so only they cost the extra read. */
async function rewardMerchantCategory(
  deps: Deps,
  merchantId: string | null,
  promotions: { scope: { categories?: string[] } }[],
): Promise<string | null> {
  if (!merchantId || !promotions.some((promotion) => promotion.scope.categories?.length)) return null;
  const config = await deps.config.load({ merchantIds: [merchantId] });
  return config.merchants.get(merchantId)?.category ?? null;
}
