import { productionDeps } from '../composition-root.js';
import { scheduledJob } from './job-handler.js';

/** Re-evaluates the tiers that are due for review; the only place a tier goes down (daily). */
export const handler = scheduledJob('tiers', productionDeps);
