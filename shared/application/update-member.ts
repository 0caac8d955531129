import type { AuditRecord } from '../domain/audit.js';
import type { Member } from '../domain/member.js';
import type { MemberChanges } from '../ports/member-store.js';
import type { Deps } from './deps.js';
import { retryWhileStale, STALE } from './retry.js';

/**
 * Reads the member and applies the changes `plan` chooses for that version; if
 * a movement got there first, plans again on a fresh read. Null when the member
 * does not exist or `plan` declines (returns null). An operator's change brings
 * its audit line, written with the change.
 */
export function updateMemberOnFreshRead(
  deps: Deps,
  memberId: string,
  plan: (member: Member) => MemberChanges | null | Promise<MemberChanges | null>,
  audit?: AuditRecord,
): Promise<{ member: Member; changes: MemberChanges } | null> {
  return retryWhileStale(deps, async () => {
    const member = await deps.members.get(memberId);
    if (!member) return null;
    const changes = await plan(member);
    if (!changes) return null;
    const result = await deps.members.update({ ...changes, memberId, expectedVersion: member.version }, audit);
    if (result === 'stale') return STALE;
    return result === 'updated' ? { member, changes } : null;
  });
}
