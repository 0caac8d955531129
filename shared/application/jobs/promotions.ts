import { isForwardTransition, promotionStatus } from '../../domain/promotions.js';
import type { Deps } from '../deps.js';
import type { JobResult } from './result.js';

/**
 * Records each promotion's move between scheduled, active and ended once, for
 * the moment `asOf`. Only forward moves are recorded, so a late run records
 * just the state a promotion has reached (scheduled → ended) and a run for an
 * earlier moment never undoes a later one. Whether a promotion is in force is
 * always computed from its dates; what this job records is the audit trail.
 */
export async function runPromotionsJob(deps: Deps, asOf: Date): Promise<JobResult> {
  const at = asOf.toISOString();
  // Promotions are operator configuration in one small partition, not per-member data.
  const promotions = await deps.config.listPromotions();
  let changed = 0;
  for (const promotion of promotions) {
    const status = promotionStatus(promotion, asOf);
    if (status === promotion.recordedStatus || !isForwardTransition(promotion.recordedStatus, status)) continue;
    // False when a concurrent run recorded it first: counted once, by that run.
    if (await deps.config.recordPromotionStatus(promotion.promotionId, promotion.recordedStatus, status, at)) changed++;
  }
  return { job: 'promotions', asOf: at, processed: promotions.length, changed };
}
