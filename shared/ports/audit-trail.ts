import type { AuditRecord } from '../domain/audit.js';
import type { Page } from './member-store.js';

/**
 * The operator's audit trail. A change and its line are written together by
 * the store that makes the change (each write method takes the line); this
 * port appends a line on its own and reads the trail.
 */
export interface AuditTrail {
  /** A line with no change of its own to go with: a job run, recorded once the run completes. */
  append(record: AuditRecord): Promise<void>;
  /** Newest first, from the month of `now` back. */
  list(page: { limit: number; cursor: string | null }, now: Date): Promise<Page<AuditRecord>>;
}
