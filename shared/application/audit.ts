import type { AuditRecord } from '../domain/audit.js';
import type { Page } from '../ports/member-store.js';
import type { Deps } from './deps.js';

/** The operator's audit trail, newest first. */
export function listAudit(deps: Deps, page: { limit: number; cursor: string | null }): Promise<Page<AuditRecord>> {
  return deps.audit.list(page, deps.clock.now());
}
