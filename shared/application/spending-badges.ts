import { setsCompleted, spendingBadgesAwarded, type Badge, type BadgeSet } from '../domain/tasks.js';
import type { Movement } from '../ports/ledger-store.js';
import type { Deps } from './deps.js';

export interface SpendingAwards {
  engagement: NonNullable<Movement['engagement']>;
  badgeIds: string[];
  sets: BadgeSet[];
  prize: number;
}

/**
 * What an earn at a merchant of `category` awards: the spending badges its
 * count of earns there now meets, and the sets they complete. Null when no
 * spending badge names the category, so an ordinary earn reads and writes
 * nothing more. The count is the member's own item, raised conditionally on the
 * count read, so racing earns award a badge once.
 */
export async function spendingAwards(
  deps: Deps,
  allBadges: readonly Badge[],
  memberId: string,
  category: string,
  at: string,
): Promise<SpendingAwards | null> {
  if (!allBadges.some((badge) => 'earns' in badge && badge.earns.category === category)) return null;
  const engagement = await deps.members.engagementOf(memberId);
  const before = engagement.earnCounts.get(category) ?? null;
  const earns = (before?.ever ?? 0) + 1;
  const held = new Set(engagement.badges.keys());
  const badges = spendingBadgesAwarded(allBadges, category, earns, held);
  // Sets are read only when a badge is awarded: the rare earn, not every one.
  const sets =
    badges.length > 0
      ? setsCompleted(await deps.config.badgeSets(), held, badges, new Set(engagement.sets.keys()))
      : [];
  return {
    engagement: {
      memberId,
      count: { of: 'earns', id: category, before, after: { period: 'ever', inPeriod: earns, ever: earns } },
      badges: badges.map((badge) => ({ badgeId: badge.badgeId, awardedAt: at })),
      sets: sets.map((set) => ({ setId: set.setId, completedAt: at })),
    },
    badgeIds: badges.map((badge) => badge.badgeId),
    sets,
    prize: sets.reduce((sum, set) => sum + set.prizePoints, 0),
  };
}
