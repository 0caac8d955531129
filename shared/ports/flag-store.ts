import type { AuditRecord } from '../domain/audit.js';
import type { Flag, FlagStatus } from '../domain/flags.js';
import type { Page } from './member-store.js';

/** Flags are opened with the refusal that raises them (LedgerStore.recordRefusal); here they are listed and cleared. */
export interface FlagStore {
  /** Newest first; `null` in the filter means any. */
  list(
    filter: { status: FlagStatus | null; memberId: string | null },
    page: { limit: number; cursor: string | null },
  ): Promise<Page<Flag>>;
  /** Marks a flag cleared, with the operator's audit line in the same transaction; null when there is no such flag. */
  clear(flagId: string, audit?: AuditRecord): Promise<Flag | null>;
}
