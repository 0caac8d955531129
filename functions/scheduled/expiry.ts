import { runExpiryJob } from '../../shared/application/jobs/expiry.js';
import { recordPointsExpired } from '../middleware/observability.js';
import { scheduledJob } from './job-handler.js';

/** Expires the points that are due, oldest first (daily). */
export const handler = scheduledJob('expiry', (deps, asOf) => runExpiryJob(deps, asOf, { onExpired: recordPointsExpired }));
