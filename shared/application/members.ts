import type { AuditRecord } from '../domain/audit.js';
import { NOTHING_RELEASED, PENDING_BUCKETS, pendingTotal, releaseMatured } from '../domain/pending.js';
import { MemberNotFoundError } from '../domain/errors.js';
import { upcomingExpiries } from '../domain/expiry.js';
import type { ActivityItem } from '../domain/ledger.js';
import type { Member } from '../domain/member.js';
import type { CreditStanding } from '../domain/program.js';
import { effectiveTier, nextTier, qualifyingInWindow } from '../domain/tiers.js';
import type { ConfigSnapshot } from '../ports/config-store.js';
import type { MemberChanges, Page } from '../ports/member-store.js';
import type { Caller, Deps } from './deps.js';
import { openLotsOf } from './jobs/expiry.js';
import { keptConfig } from './kept-config.js';
import { updateMemberOnFreshRead } from './update-member.js';

/** The member as GET /v1/members/{id} shows it. */
export async function memberStatement(deps: Deps, stored: Member, config?: ConfigSnapshot) {
  const now = deps.clock.now();
  const member = releaseMatured(stored, now);
  const { program, tiers } = config ?? (await keptConfig(deps));
  const tier = effectiveTier(tiers, member.tierId);
  const qualifying = qualifyingInWindow(member.qualifying, now, program.tierWindowMonths);
  const [lots, engagement] = await Promise.all([
    program.expiryMonths !== null ? openLotsOf(deps, member) : Promise.resolve([]),
    deps.members.engagementOf(member.memberId),
  ]);
  return {
    memberId: member.memberId,
    balances: { ...member.balances, pending: pendingTotal(member.pending) },
    pending: member.pending.slice(0, PENDING_BUCKETS).map(({ points, availableAt }) => ({ points, availableAt })),
    tier: {
      id: tier.id,
      name: tier.name,
      since: member.tierSince,
      qualifying,
      next: nextTier(tiers, tier.id, qualifying),
    },
    expiring:
      program.expiryMonths === null ? [] : upcomingExpiries(lots, member.debitedTotal, program.expiryMonths, now),
    creditStanding: member.creditStanding,
    frozen: member.frozen,
    badges: [...engagement.badges].map(([badgeId, awardedAt]) => ({ badgeId, awardedAt })),
    badgeSets: [...engagement.sets].map(([setId, completedAt]) => ({ setId, completedAt })),
  };
}

/** Enrols a member in the lowest tier with standard credit; enrolling twice changes nothing. */
export async function enrolMember(deps: Deps, memberId: string, profile: Record<string, unknown> | null) {
  const config = await keptConfig(deps);
  const now = deps.clock.now().toISOString();
  const { created, member } = await deps.members.enrol(
    {
      memberId,
      balances: { points: 0, green: 0 },
      tierId: config.tiers[0]!.id,
      tierSince: now,
      creditStanding: 'standard',
      frozen: false,
      frozenReason: null,
      creditedTotal: 0,
      debitedTotal: 0,
      debts: [],
      spendCode: null,
      spendCodeFailures: null,
      pending: [],
      released: NOTHING_RELEASED,
      qualifying: {},
      oldestOpenLot: null,
      tierReviewAt: null,
      dailyEarns: null,
      version: 0,
      createdAt: now,
    },
    profile,
  );
  return { created, statement: await memberStatement(deps, member, config) };
}

export async function getMember(deps: Deps, memberId: string) {
  const member = await deps.members.get(memberId);
  if (!member) throw new MemberNotFoundError(memberId);
  return memberStatement(deps, member);
}

/** Applies an operator's state change on the member's current version and answers the statement after it. */
async function changeMember(deps: Deps, memberId: string, change: MemberChanges, audit: AuditRecord | undefined) {
  if (!(await updateMemberOnFreshRead(deps, memberId, () => change, audit))) throw new MemberNotFoundError(memberId);
  return getMember(deps, memberId);
}

export function setCreditStanding(deps: Deps, memberId: string, standing: CreditStanding, audit?: AuditRecord) {
  return changeMember(deps, memberId, { creditStanding: standing }, audit);
}

/** A frozen member can neither earn nor spend until unfrozen; the reason is kept with the member and in the audit trail. */
export function setFrozen(deps: Deps, memberId: string, frozen: boolean, reason: string, audit?: AuditRecord) {
  return changeMember(deps, memberId, { frozen: { frozen, reason } }, audit);
}

/** Newest first; a merchant sees only its own entries. */
export async function listActivity(
  deps: Deps,
  caller: Caller,
  memberId: string,
  page: { limit: number; cursor: string | null },
): Promise<Page<ActivityItem>> {
  const member = await deps.members.get(memberId);
  if (!member) throw new MemberNotFoundError(memberId);
  const merchantId = caller.kind === 'merchant' ? caller.merchantId : null;
  const listed = await deps.ledger.listActivity(memberId, { ...page, merchantId });
  // The activity index does not project the rules version (an index's projection cannot change in place): the entries hold it.
  const versions = new Map(
    (await deps.ledger.getEntries(listed.items.map((item) => item.transactionId))).map((entry) => [
      entry.transactionId,
      entry.rulesVersion,
    ]),
  );
  return {
    ...listed,
    items: listed.items.map((item) => ({ ...item, rulesVersion: versions.get(item.transactionId) ?? null })),
  };
}
