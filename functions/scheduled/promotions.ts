import { productionDeps } from '../composition-root.js';
import { scheduledJob } from './job-handler.js';

/** Moves promotions between scheduled, active and ended (every few minutes, and at each promotion's edges). */
export const handler = scheduledJob('promotions', productionDeps);
