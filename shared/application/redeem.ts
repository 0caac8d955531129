import { MemberNotFoundError, RewardNotFoundError } from '../domain/errors.js';
import { checkBalanceFloor, checkMemberState } from '../domain/movement-rules.js';
import type { Merchant, Program } from '../domain/program.js';
import { assertRewardRedeemable, pricePayment, priceReward } from '../domain/redemption.js';
import { partyOf, type SettlingParty } from '../domain/settlement.js';
import { effectiveTier } from '../domain/tiers.js';
import type { ConfigSnapshot } from '../ports/config-store.js';
import type { Deps, MovementRequest, Outcome } from './deps.js';
import { ownerOf } from './deps.js';
import { transactionIdFor } from './idempotency.js';
import { buildMovement } from './movement.js';
import { postAfterOneRead } from './post-movement.js';
import { admitSpendCode } from './spend-codes.js';

interface RedemptionBase extends MovementRequest {
  memberId: string;
  /** The member's one-time code, where the program asks for their consent to spend. */
  spendCode?: string;
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
  const posting = { ...ids, memberId: request.memberId, keyCheck: request.keyCheck ?? null };

  if ('payment' in request) {
    const { amountMinor } = request.payment;
    return postAfterOneRead(deps, posting, async (_guards, { member, config }) => {
      if (!member) throw new MemberNotFoundError(request.memberId);
      const points = pricePayment(config.program, amountMinor);
      checkMemberState('redemption', member);
      const consent = await admitSpendCode(deps, {
        type: 'redemption',
        program: config.program,
        caller: request.caller,
        member,
        points,
        spendCode: request.spendCode,
      });
      checkBalanceFloor('redemption', member, 'points', -points);
      return buildMovement({
        ...ids,
        type: 'redemption',
        member,
        merchantId: callerMerchantId,
        owner,
        balanceName: 'points',
        credit: 0,
        debit: points,
        reference: null,
        createdAt: deps.clock.now().toISOString(),
        rulesVersion: config.version,
        details: { amountMinor },
        // A payment is always honoured by the merchant taking it.
        settles: {
          issuer: null,
          honourer: callerMerchantId
            ? partyOf(config.program, callerMerchantId, config.merchants.get(callerMerchantId))
            : null,
        },
        memberExtras: consent,
        respond: ({ balances }) => ({
          transactionId,
          memberId: member.memberId,
          points,
          coveredMinor: amountMinor,
          balances,
        }),
      });
    });
  }

  const { rewardId, quantity } = request;
  const stockOf = (config: ConfigSnapshot) => (config.rewards.get(rewardId)?.stock === null ? undefined : rewardId);
  return postAfterOneRead(deps, { ...posting, stockOf }, async (guards, { member, config, stockLeft: stockRead }) => {
    const now = deps.clock.now();
    const reward = config.rewards.get(rewardId);
    if (!reward?.active) throw new RewardNotFoundError(rewardId);
    if (!member) throw new MemberNotFoundError(request.memberId);

    // The reward's own merchant: its category for promotions, its rates as the honouring merchant.
    const rewardMerchant = reward.merchantId ? config.merchants.get(reward.merchantId) : undefined;
    const price = priceReward({
      program: config.program,
      reward,
      merchantCategory: rewardMerchant?.category ?? null,
      tierId: effectiveTier(config.tiers, member.tierId).id,
      creditStanding: member.creditStanding,
      promotions: config.promotions,
      now,
    });
    const totalPoints = price.costPoints * quantity;
    const stockLeft = reward.stock === null ? null : (stockRead ?? 0);
    if (reward.stock !== null) guards.stock = { rewardId, left: stockRead ?? null };
    checkMemberState('redemption', member);
    const consent = await admitSpendCode(deps, {
      type: 'redemption',
      program: config.program,
      caller: request.caller,
      member,
      points: totalPoints,
      spendCode: request.spendCode,
    });
    assertRewardRedeemable({ member, reward, quantity, totalPoints, stockLeft, now });

    return buildMovement({
      ...ids,
      type: 'redemption',
      member,
      merchantId: callerMerchantId ?? reward.merchantId,
      owner,
      balanceName: reward.balance,
      credit: 0,
      debit: totalPoints,
      reference: null,
      createdAt: now.toISOString(),
      rulesVersion: config.version,
      details: {
        rewardId,
        quantity,
        stockTaken: stockLeft !== null,
        ...(price.promotionId && { promotionId: price.promotionId }),
      },
      settles: { issuer: null, honourer: honourerOf(reward.merchantId, rewardMerchant, callerMerchantId, config) },
      memberExtras: consent,
      ...(stockLeft !== null && { stock: { rewardId, delta: -quantity } }),
      respond: ({ balances }) => ({
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

/** The reward's merchant honours it; a reward without one is honoured by the merchant whose key redeemed it (or, for the operator, nobody). */
function honourerOf(
  rewardMerchantId: string | null,
  rewardMerchant: Merchant | undefined,
  callerMerchantId: string | null,
  config: { program: Program; merchants: ReadonlyMap<string, Merchant> },
): SettlingParty | null {
  if (rewardMerchantId) return partyOf(config.program, rewardMerchantId, rewardMerchant);
  if (callerMerchantId) return partyOf(config.program, callerMerchantId, config.merchants.get(callerMerchantId));
  return null;
}
