import { productionDeps } from '../composition-root.js';
import { scheduledJob } from './job-handler.js';

/** Pays the birthday bonuses of the day (daily). */
export const handler = scheduledJob('bonuses', productionDeps);
