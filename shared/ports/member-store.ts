import type { Member } from '../domain/member.js';
import type { CreditStanding } from '../domain/program.js';

export interface MemberUpdate {
  creditStanding?: CreditStanding;
  frozen?: { frozen: boolean; reason: string | null };
  tier?: { tierId: string; since: string };
  tierReviewAt?: string | null;
  dropBuckets?: string[];
  oldestOpenLot?: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface MemberStore {
  /** Strongly consistent read. */
  get(memberId: string): Promise<Member | null>;
  enrol(member: Member, profile: Record<string, unknown> | null): Promise<{ created: boolean; member: Member }>;
  /** Applies a change if the member is still at `expectedVersion`; 'stale' when it moved on. */
  update(memberId: string, expectedVersion: number, change: MemberUpdate): Promise<'updated' | 'stale' | 'missing'>;
  /** Members whose tier review is due by `asOf`, one page at a time. */
  dueForTierReview(asOf: string, cursor: string | null, limit: number): Promise<Page<string>>;
  /** Members whose oldest open lot was posted before `postedBefore`, one page at a time. */
  withLotsPostedBefore(postedBefore: string, cursor: string | null, limit: number): Promise<Page<string>>;
}
