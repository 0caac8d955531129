import type { Member } from '../domain/member.js';
import { releaseMatured } from '../domain/pending.js';
import type { Deps } from './deps.js';

/** The member as of now: pending points whose time has come are already spendable, before any write stores that. */
export function memberNow(deps: Deps, member: Member | null): Member | null {
  return member && releaseMatured(member, deps.clock.now());
}

/** Strongly consistent read of the member as of now. */
export async function readMember(deps: Deps, memberId: string): Promise<Member | null> {
  return memberNow(deps, await deps.members.get(memberId));
}
