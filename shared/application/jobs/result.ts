import { ValidationError } from '../../domain/errors.js';
import type { Page } from '../../ports/member-store.js';

export const JOB_NAMES = ['promotions', 'expiry', 'tiers', 'bonuses', 'transfers'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** What every job answers (API.md `POST /v1/admin/jobs/{job}`): items examined and items whose state changed. */
export interface JobResult {
  job: JobName;
  /** The moment the job ran for, ISO 8601. */
  asOf: string;
  processed: number;
  changed: number;
}

/** How a job pages through its candidates. */
export interface PagingOptions {
  /** Members read from the index per page; a job holds one page in memory at a time. */
  pageSize?: number;
}

export const DEFAULT_PAGE_SIZE = 25;

/** The moment a job runs for: `asOf` when given (an ISO 8601 time with offset), otherwise now. */
export function parseAsOf(asOf: string | undefined, now: () => Date): Date {
  if (asOf === undefined) return now();
  const at = new Date(asOf);
  if (Number.isNaN(at.getTime()))
    throw new ValidationError([{ path: 'asOf', message: 'must be an ISO 8601 date-time' }]);
  return at;
}

/**
 * Visits every id a paged source yields, one page at a time. The ids of a page
 * are handled concurrently (the page size bounds the concurrency); the next page
 * is read only when the whole page has settled, and the first failure stops the
 * run after its page settles, so the job can simply be run again.
 * Returns how many ids were visited and how many of them `visit` reported changed.
 */
export async function forEachPaged(
  fetchPage: (cursor: string | null) => Promise<Page<string>>,
  visit: (id: string) => Promise<boolean>,
): Promise<{ processed: number; changed: number }> {
  let processed = 0;
  let changed = 0;
  let cursor: string | null = null;
  do {
    const page: Page<string> = await fetchPage(cursor);
    const outcomes = await Promise.allSettled(page.items.map(visit));
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') throw outcome.reason;
      processed++;
      if (outcome.value) changed++;
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { processed, changed };
}
