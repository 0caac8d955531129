import type { Deps } from '../shared/application/deps.js';
import { runJob, type JobName } from '../shared/application/jobs/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The deployed schedules, run in-process: promotions every minute, transfers hourly, expiry, tiers and bonuses daily. */
export function startLocalSchedules(deps: Deps): { stop(): void } {
  const every = (job: JobName, intervalMs: number) =>
    setInterval(() => {
      runJob(job, deps, deps.clock.now()).catch((error: unknown) => console.error(`${job} job failed`, error));
    }, intervalMs).unref();
  const timers = [
    every('promotions', MINUTE),
    every('expiry', DAY),
    every('tiers', DAY),
    every('bonuses', DAY),
    every('transfers', HOUR),
  ];
  return { stop: () => timers.forEach(clearInterval) };
}
