import { runTiersJob } from '../../shared/application/jobs/tiers.js';
import { scheduledJob } from './job-handler.js';

/** Re-evaluates the tiers that are due for review; the only place a tier goes down (daily). */
export const handler = scheduledJob('tiers', (deps, asOf) => runTiersJob(deps, asOf));
