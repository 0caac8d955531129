import type { Tier } from '../../domain/program.js';
import { expiredBuckets, nextTierReview, qualifiedTier, qualifyingInWindow, tierRank } from '../../domain/tiers.js';
import type { MemberChanges } from '../../ports/member-store.js';
import type { Deps } from '../deps.js';
import { updateMemberOnFreshRead } from '../update-member.js';
import { DEFAULT_PAGE_SIZE, forEachPaged, type JobResult, type PagingOptions } from './result.js';
import { loadConfig } from '../kept-config.js';

/**
 * Sets one member's tier to the one its activity in the window qualifies for at
 * `asOf` (a downgrade when old activity has left the window), drops the buckets
 * that left the window for good, and books the next review. True when the tier changed.
 */
export async function reviewMemberTier(
  deps: Deps,
  memberId: string,
  asOf: Date,
  tiers: Tier[],
  tierWindowMonths: number,
): Promise<boolean> {
  const at = asOf.toISOString();
  const applied = await updateMemberOnFreshRead(deps, memberId, (member): MemberChanges | null => {
    // Someone else reviewed it already (another run, or an earn that upgraded it and booked a later review).
    if (member.tierReviewAt === null || member.tierReviewAt > at) return null;
    const qualified = qualifiedTier(tiers, qualifyingInWindow(member.qualifying, asOf, tierWindowMonths));
    return {
      // The lowest tier has nothing to lose, so it leaves the review index.
      tierReviewAt: tierRank(tiers, qualified.id) > 0 ? nextTierReview(asOf).toISOString() : null,
      dropBuckets: expiredBuckets(member.qualifying, asOf, tierWindowMonths),
      ...(qualified.id !== member.tierId && { tier: { tierId: qualified.id, since: at } }),
    };
  });
  return applied?.changes.tier !== undefined;
}

/**
 * Re-evaluates the tier of every member whose review is due by `asOf`, from the
 * sparse tier-review index, a page at a time. This is the only place a tier goes
 * down. A reviewed member's next review is the start of the next month, so a
 * rerun at the same `asOf` finds nobody due.
 */
export async function runTiersJob(deps: Deps, asOf: Date, options: PagingOptions = {}): Promise<JobResult> {
  const at = asOf.toISOString();
  const { program, tiers } = await loadConfig(deps, {});
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const { processed, changed } = await forEachPaged(
    (cursor) => deps.members.dueForTierReview(at, cursor, pageSize),
    (memberId) => reviewMemberTier(deps, memberId, asOf, tiers, program.tierWindowMonths),
  );
  return { job: 'tiers', asOf: at, processed, changed };
}
