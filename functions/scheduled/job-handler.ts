import type { Deps } from '../../shared/application/deps.js';
import { runJob } from '../../shared/application/jobs/index.js';
import { parseAsOf, type JobName, type JobResult } from '../../shared/application/jobs/result.js';
import { logger, recordJobRun, recordPointsExpired } from '../middleware/observability.js';

/** What EventBridge Scheduler sends: the scheduled time, so a retried or late run computes what the on-time run would have. */
export interface ScheduledJobEvent {
  asOf?: string;
}

/**
 * A scheduled job's Lambda handler, given its dependencies: resolves `asOf`
 * (default now), runs the job, logs and counts the result. A failure is thrown,
 * so the scheduler retries the run; every job is safe to run again.
 */
export function scheduledJob(job: JobName, deps: () => Deps) {
  return async (event: ScheduledJobEvent | null | undefined): Promise<JobResult> => {
    const given = deps();
    const asOf = parseAsOf(event?.asOf, () => given.clock.now());
    logger.appendKeys({ job, asOf: asOf.toISOString() });
    const result = await runJob(job, given, asOf, { onExpired: recordPointsExpired });
    logger.info('job finished', { ...result });
    recordJobRun(job, result.processed, result.changed);
    return result;
  };
}
