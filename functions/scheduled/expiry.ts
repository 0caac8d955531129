import { productionDeps } from '../composition-root.js';
import { scheduledJob } from './job-handler.js';

/** Expires the points that are due, oldest first (daily). */
export const handler = scheduledJob('expiry', productionDeps);
