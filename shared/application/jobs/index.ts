import type { AuditRecord } from '../../domain/audit.js';
import type { Deps } from '../deps.js';
import { runBonusesJob } from './bonuses.js';
import { runExpiryJob, type ExpiryJobOptions } from './expiry.js';
import { runPromotionsJob } from './promotions.js';
import type { JobName, JobResult } from './result.js';
import { runTiersJob } from './tiers.js';
import { runTransfersJob } from './transfers.js';

export { runBonusesJob, runExpiryJob, runPromotionsJob, runTiersJob, runTransfersJob };
export { JOB_NAMES, parseAsOf, type JobName, type JobResult } from './result.js';

/**
 * A job the operator runs by hand. A run changes many items, so its audit line
 * is written once, when the run completes; a failed run has none (and a rerun
 * at the same asOf changes nothing but writes its own line).
 */
export async function runJobByHand(job: JobName, deps: Deps, asOf: Date, audit: AuditRecord): Promise<JobResult> {
  const result = await runJob(job, deps, asOf);
  await deps.audit.append(audit);
  return result;
}

/** The one entry to every job: the schedules and `POST /v1/admin/jobs/{job}` both run this. */
export function runJob(job: JobName, deps: Deps, asOf: Date, options: ExpiryJobOptions = {}): Promise<JobResult> {
  switch (job) {
    case 'promotions':
      return runPromotionsJob(deps, asOf);
    case 'expiry':
      return runExpiryJob(deps, asOf, options);
    case 'tiers':
      return runTiersJob(deps, asOf, options);
    case 'bonuses':
      return runBonusesJob(deps, asOf, options);
    case 'transfers':
      return runTransfersJob(deps, asOf, options);
  }
}
