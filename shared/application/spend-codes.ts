import { randomInt } from 'node:crypto';
import type { AuditRecord } from '../domain/audit.js';
import { MemberNotFoundError, SpendCodeInvalidError } from '../domain/errors.js';
import type { TransactionType } from '../domain/ledger.js';
import type { Member } from '../domain/member.js';
import { MOVEMENT_RULES } from '../domain/movement-rules.js';
import type { Program } from '../domain/program.js';
import {
  checkSpendCode,
  hashSpendCode,
  needsSpendCode,
  SPEND_CODE_DIGITS,
  SPEND_CODE_LOCK_MS,
  SPEND_CODE_VALID_SECONDS,
} from '../domain/spend-codes.js';
import type { MemberChanges } from '../ports/member-store.js';
import type { Caller, Deps } from './deps.js';
import { updateMemberOnFreshRead } from './update-member.js';

/**
 * Issues the member a one-time spend code (the operator's member app asks for
 * it once it has authenticated the member). Only its hash is kept, on the
 * member's own item, and it replaces (voids) the member's previous code.
 */
export async function issueSpendCode(
  deps: Deps,
  memberId: string,
  audit?: AuditRecord,
): Promise<{ code: string; expiresAt: string }> {
  const code = String(randomInt(0, 10 ** SPEND_CODE_DIGITS)).padStart(SPEND_CODE_DIGITS, '0');
  const expiresAt = new Date(deps.clock.now().getTime() + SPEND_CODE_VALID_SECONDS * 1000).toISOString();
  const issued = await updateMemberOnFreshRead(
    deps,
    memberId,
    () => ({ spendCode: { hash: hashSpendCode(memberId, code), expiresAt } }),
    audit,
  );
  if (!issued) throw new MemberNotFoundError(memberId);
  return { code, expiresAt };
}

/**
 * A spend's consent, for the kinds whose rules row says they spend, where the program asks for it: the member write that
 * consumes the code (in the spend's own transaction), or nothing when this
 * spend needs none. An invalid code is counted on the member's item before
 * the refusal, which is not remembered: the till may retry with the right code.
 */
export async function admitSpendCode(
  deps: Deps,
  spend: {
    type: TransactionType;
    program: Program;
    caller: Caller;
    member: Member;
    points: number;
    spendCode: string | undefined;
  },
): Promise<Pick<MemberChanges, 'spendCode'>> {
  if (
    !MOVEMENT_RULES[spend.type].spends ||
    !needsSpendCode(spend.program, spend.caller.kind === 'merchant', spend.points)
  )
    return {};
  const now = deps.clock.now();
  try {
    checkSpendCode(spend.member, spend.spendCode, now);
  } catch (error) {
    if (error instanceof SpendCodeInvalidError)
      await deps.members.recordSpendCodeFailure(spend.member.memberId, now, SPEND_CODE_LOCK_MS);
    throw error;
  }
  return { spendCode: null };
}
