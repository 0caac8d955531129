import { createHash, timingSafeEqual } from 'node:crypto';
import { SpendCodeInvalidError, SpendCodeLockedError, SpendCodeRequiredError } from './errors.js';
import type { Member } from './member.js';
import type { Program } from './program.js';

/** A code is 8 decimal digits, valid for 120 s and one spend; 5 invalid codes within 15 minutes lock the member's spends. */
export const SPEND_CODE_DIGITS = 8;
export const SPEND_CODE_VALID_SECONDS = 120;
export const SPEND_CODE_MAX_FAILURES = 5;
export const SPEND_CODE_LOCK_MS = 15 * 60_000;

/** The member's current code, as kept: its hash only. */
export interface StoredSpendCode {
  hash: string;
  expiresAt: string;
}

/** Invalid codes counted since the first of them, within the lock's window. */
export interface SpendCodeFailures {
  count: number;
  since: string;
}

/** Keyed by the member, so a code is another member's nowhere but in its own member's item. */
export function hashSpendCode(memberId: string, code: string): string {
  return createHash('sha256').update(`${memberId}\n${code}`).digest('hex');
}

/** Seconds until the member's spends are unlocked; 0 when they are not locked. */
export function lockedForSeconds(failures: SpendCodeFailures | null, now: Date): number {
  if (!failures || failures.count < SPEND_CODE_MAX_FAILURES) return 0;
  const endsAt = Date.parse(failures.since) + SPEND_CODE_LOCK_MS;
  return endsAt > now.getTime() ? Math.ceil((endsAt - now.getTime()) / 1000) : 0;
}

/**
 * Whether this spend needs the member's code: the program asks for consent, a
 * merchant's key posts it, and its points exceed the threshold. The operator's
 * own member app authenticates the member itself.
 */
export function needsSpendCode(program: Program, byMerchant: boolean, points: number): boolean {
  const consent = program.memberConsent;
  return byMerchant && consent?.required === true && points > (consent.abovePoints ?? 0);
}

/**
 * Admits a spend's code, in order: the lock (429), a missing code, then a
 * code that is not the member's current one. A valid code is consumed by the
 * spend's own write, so of concurrent spends with it exactly one commits.
 */
export function checkSpendCode(member: Member, spendCode: string | undefined, now: Date): void {
  const locked = lockedForSeconds(member.spendCodeFailures, now);
  if (locked > 0) throw new SpendCodeLockedError(locked);
  if (spendCode === undefined) throw new SpendCodeRequiredError();
  const stored = member.spendCode;
  if (!stored || Date.parse(stored.expiresAt) <= now.getTime()) throw new SpendCodeInvalidError();
  const given = Buffer.from(hashSpendCode(member.memberId, spendCode), 'hex');
  if (!timingSafeEqual(given, Buffer.from(stored.hash, 'hex'))) throw new SpendCodeInvalidError();
}
