import type { Promotion } from '../domain/program.js';

/**
 * Arranges for the promotions job to run when a promotion starts and ends.
 * Only a convenience for timely status records: whether a promotion is in
 * force is always computed from its times, and a recurring run heals misses.
 */
export interface PromotionScheduler {
  schedule(promotion: Promotion, now: Date): Promise<void>;
}

/** Locally the promotions job runs every minute, so nothing needs arranging. */
export const noPromotionScheduler: PromotionScheduler = { schedule: async () => undefined };
