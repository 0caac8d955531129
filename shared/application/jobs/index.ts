import type { Deps } from '../deps.js';
import { runExpiryJob, type ExpiryJobOptions } from './expiry.js';
import { runPromotionsJob } from './promotions.js';
import type { JobName, JobResult } from './result.js';
import { runTiersJob } from './tiers.js';

export { runExpiryJob, runPromotionsJob, runTiersJob };
export { JOB_NAMES, parseAsOf, type JobName, type JobResult } from './result.js';

/** The one entry to every job: the schedules and `POST /v1/admin/jobs/{job}` both run this. */
export function runJob(job: JobName, deps: Deps, asOf: Date, options: ExpiryJobOptions = {}): Promise<JobResult> {
  switch (job) {
    case 'promotions':
      return runPromotionsJob(deps, asOf);
    case 'expiry':
      return runExpiryJob(deps, asOf, options);
    case 'tiers':
      return runTiersJob(deps, asOf, options);
  }
}
