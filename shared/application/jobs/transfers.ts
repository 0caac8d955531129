import type { Deps } from '../deps.js';
import { expireTransfer } from '../transfers.js';
import { DEFAULT_PAGE_SIZE, forEachPaged, type JobResult, type PagingOptions } from './result.js';

/**
 * Ends every pending transfer whose `expiresAt` has passed by `asOf`, giving
 * its points back, from the sparse index of pending transfers by expiry (never
 * a scan of all transfers). An ended transfer leaves the index, and its one
 * return entry is keyed by the transfer, so a rerun returns nothing twice.
 */
export async function runTransfersJob(deps: Deps, asOf: Date, options: PagingOptions = {}): Promise<JobResult> {
  const at = asOf.toISOString();
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const { processed, changed } = await forEachPaged(
    (cursor) => deps.transfers.dueToExpire(at, cursor, pageSize),
    (transferId) => expireTransfer(deps, transferId, asOf),
  );
  return { job: 'transfers', asOf: at, processed, changed };
}
