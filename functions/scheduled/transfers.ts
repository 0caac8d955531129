import { productionDeps } from '../composition-root.js';
import { scheduledJob } from './job-handler.js';

/** Ends the transfers whose partner did not confirm them in time, giving their points back (hourly). */
export const handler = scheduledJob('transfers', productionDeps);
