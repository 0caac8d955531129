import { MemberNotFoundError } from '../domain/errors.js';
import type { CreditStanding } from '../domain/program.js';
import { inForce } from '../domain/notice.js';
import { priceReward } from '../domain/redemption.js';
import { effectiveTier } from '../domain/tiers.js';
import type { Deps } from './deps.js';
import { paginate } from './paginate.js';
import { loadConfig } from './kept-config.js';

/**
 * Every active reward of the coalition with what this member pays now; without
 * a member, the price a standard-credit member of the lowest tier would pay.
 */
export async function listRewards(deps: Deps, memberId: string | null, page: { limit: number; cursor: string | null }) {
  const [config, rewards, merchants, member] = await Promise.all([
    loadConfig(deps, { promotions: true }),
    deps.config.listRewards(),
    deps.config.listMerchants(),
    memberId === null ? Promise.resolve(null) : deps.members.get(memberId),
  ]);
  if (memberId !== null && !member) throw new MemberNotFoundError(memberId);
  const now = deps.clock.now();
  const active = rewards
    .filter((reward) => reward.active)
    .map((reward) => inForce(reward, now))
    .sort((a, b) => a.rewardId.localeCompare(b.rewardId));
  const stock = await deps.config.stockLeft(active.filter((reward) => reward.stock !== null).map((r) => r.rewardId));
  const categories = new Map(merchants.map((merchant) => [merchant.merchantId, merchant.category]));
  const tierId = member ? effectiveTier(config.tiers, member.tierId).id : config.tiers[0]!.id;
  const creditStanding: CreditStanding = member?.creditStanding ?? 'standard';
  const items = active.map((reward) => {
    const price = priceReward({
      program: config.program,
      reward,
      merchantCategory: reward.merchantId ? (categories.get(reward.merchantId) ?? null) : null,
      tierId,
      creditStanding,
      promotions: config.promotions,
      now,
    });
    const promotion = config.promotions.find((p) => p.promotionId === price.promotionId);
    return {
      rewardId: reward.rewardId,
      name: reward.name,
      kind: reward.kind,
      balance: reward.balance,
      costPoints: price.costPoints,
      listCostPoints: price.listCostPoints,
      valueMinor: reward.valueMinor,
      // Stock lowered below what was already sold shows as none left, never a negative count.
      stock: reward.stock === null ? null : Math.max(0, stock.get(reward.rewardId) ?? 0),
      merchantId: reward.merchantId,
      creditOnly: reward.creditOnly,
      conditions: reward.conditions,
      ...(promotion && {
        promotion: { promotionId: promotion.promotionId, name: promotion.name, endsAt: promotion.endsAt },
      }),
    };
  });
  return paginate(items, page);
}
