import { TemporarilyUnavailableError } from '../domain/errors.js';
import type { Member } from '../domain/member.js';
import type { MemberUpdate } from '../ports/member-store.js';
import type { Deps } from './deps.js';

const MAX_ATTEMPTS = 20;

/**
 * Reads the member and applies the change `plan` chooses for that version; if a
 * movement got there first, plans again on a fresh read. Null when the member
 * does not exist or `plan` declines (returns null).
 */
export async function updateMemberOnFreshRead(
  deps: Deps,
  memberId: string,
  plan: (member: Member) => MemberUpdate | null | Promise<MemberUpdate | null>,
): Promise<{ member: Member; update: MemberUpdate } | null> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const member = await deps.members.get(memberId);
    if (!member) return null;
    const update = await plan(member);
    if (!update) return null;
    const result = await deps.members.update(memberId, member.version, update);
    if (result === 'updated') return { member, update };
    if (result === 'missing') return null;
    await deps.sleep(Math.random() * 20);
  }
  throw new TemporarilyUnavailableError({ cause: new Error(`${MAX_ATTEMPTS} attempts each met a concurrent change`) });
}
