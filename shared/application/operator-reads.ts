import { MerchantNotFoundError } from '../domain/errors.js';
import { inForce } from '../domain/notice.js';
import type { Merchant, Reward, Tier } from '../domain/program.js';
import type { Badge, BadgeSet, Task } from '../domain/tasks.js';
import type { Page } from '../ports/member-store.js';
import type { Deps } from './deps.js';
import { loadConfig } from './kept-config.js';

/*
 * The operator's reads of its own configuration, for its console: each item as
 * its PUT answers it, lists paged in id order straight from the store.
 */

type PageRequest = { limit: number; cursor: string | null };

export function listMerchants(deps: Deps, page: PageRequest): Promise<Page<Merchant>> {
  return deps.config.listPage('merchant', page);
}

export async function getMerchant(deps: Deps, merchantId: string): Promise<Merchant> {
  const merchant = (await loadConfig(deps, { merchantIds: [merchantId] })).merchants.get(merchantId);
  if (!merchant) throw new MerchantNotFoundError(merchantId);
  return merchant;
}

/** The tiers as saved, or the default tier until the operator sets them. */
export async function getTiers(deps: Deps): Promise<{ tiers: Tier[] }> {
  return { tiers: (await loadConfig(deps, {})).tiers };
}

/**
 * Every reward, inactive ones too, with what is left of a limited stock (never
 * below zero, as the catalog shows it), each as in force now with the price
 * changes still waiting.
 */
export async function listAllRewards(
  deps: Deps,
  page: PageRequest,
): Promise<Page<Reward & { stockLeft: number | null }>> {
  const rewards = await deps.config.listPage('reward', page);
  const left = await deps.config.stockLeft(
    rewards.items.filter((reward) => reward.stock !== null).map((reward) => reward.rewardId),
  );
  const now = deps.clock.now();
  return {
    items: rewards.items.map((reward) => ({
      ...inForce(reward, now),
      stockLeft: reward.stock === null ? null : Math.max(0, left.get(reward.rewardId) ?? 0),
    })),
    nextCursor: rewards.nextCursor,
  };
}

export function listTasks(deps: Deps, page: PageRequest): Promise<Page<Task>> {
  return deps.config.listPage('task', page);
}

export function listBadges(deps: Deps, page: PageRequest): Promise<Page<Badge>> {
  return deps.config.listPage('badge', page);
}

export function listBadgeSets(deps: Deps, page: PageRequest): Promise<Page<BadgeSet>> {
  return deps.config.listPage('badgeSet', page);
}
