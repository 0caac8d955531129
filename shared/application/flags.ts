import type { AuditRecord } from '../domain/audit.js';
import { FlagNotFoundError } from '../domain/errors.js';
import type { Flag, FlagStatus } from '../domain/flags.js';
import type { Page } from '../ports/member-store.js';
import type { Deps } from './deps.js';

/** The operator's flags, newest first, by status and member when given. */
export function listFlags(
  deps: Deps,
  filter: { status: FlagStatus | null; memberId: string | null },
  page: { limit: number; cursor: string | null },
): Promise<Page<Flag>> {
  return deps.flags.list(filter, page);
}

/** The operator has looked into a flag; it stays on record, cleared. The member's limits are unchanged. */
export async function clearFlag(deps: Deps, flagId: string, audit?: AuditRecord): Promise<Flag> {
  const flag = await deps.flags.clear(flagId, audit);
  if (!flag) throw new FlagNotFoundError(flagId);
  return flag;
}
