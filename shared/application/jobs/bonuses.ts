import { birthdayBonusOwed, birthdaysPaidOn } from '../../domain/birthday.js';
import type { BirthdayBonus } from '../../domain/program.js';
import { dayKey } from '../../domain/time.js';
import type { Deps } from '../deps.js';
import { requestHash, transactionIdFor } from '../idempotency.js';
import { buildMovement } from '../movement.js';
import { postIdempotently } from '../post-movement.js';
import { DEFAULT_PAGE_SIZE, forEachPaged, type JobResult, type PagingOptions } from './result.js';
import { readMember } from '../member-now.js';
import { loadConfig } from '../kept-config.js';

/** One birthday bonus per member and year, ever: the idempotency key names both. */
export function birthdayBonusKey(memberId: string, year: number): string {
  return `birthday:${memberId}:${year}`;
}

/** A member who cannot be paid today (frozen, or no longer owed): nothing is posted. */
class NotPaid extends Error {}

/**
 * Pays one member's birthday bonus for `asOf`'s year through the idempotent
 * path of every movement: a `bonus` entry of the program's own (no settlement);
 * one that credits a member in debt repays the debt, as every credit does.
 * True when this call posted it.
 */
async function payBirthday(
  deps: Deps,
  memberId: string,
  bonus: BirthdayBonus,
  rulesVersion: number,
  asOf: Date,
): Promise<boolean> {
  const birthday = await deps.members.birthdayOf(memberId);
  if (!birthday || !birthdayBonusOwed(birthday, asOf)) return false;
  const year = asOf.getUTCFullYear();
  const key = birthdayBonusKey(memberId, year);
  const transactionId = transactionIdFor('system', key);
  // Constant per key, so a rerun after the program's bonus changed replays rather than pays again.
  const hash = requestHash('system birthday bonus', key);
  try {
    const outcome = await postIdempotently(deps, { transactionId, requestHash: hash }, async () => {
      const member = await readMember(deps, memberId);
      if (!member || member.frozen) throw new NotPaid();
      return buildMovement({
        transactionId,
        requestHash: hash,
        type: 'bonus',
        member,
        merchantId: null,
        owner: 'system',
        balanceName: 'points',
        credit: bonus.points,
        debit: 0,
        rulesVersion,
        reference: null,
        createdAt: deps.clock.now().toISOString(),
        details: { reason: `birthday ${year}` },
        respond: ({ balances }) => ({
          transactionId,
          memberId,
          type: 'bonus',
          points: bonus.points,
          delta: bonus.points,
          balances,
        }),
      });
    });
    // Noted after the entry, so a run that stopped in between notes it on its rerun (the entry replays).
    await deps.members.recordBirthdayPaid(memberId, dayKey(asOf));
    return !outcome.replayed;
  } catch (error) {
    if (error instanceof NotPaid) return false;
    throw error;
  }
}

/**
 * Pays the birthday bonus to each member whose birthday is on `asOf`'s UTC
 * date (29 February's on 28 February in other years), once per member and year
 * however often the job runs. Members come from the birthday partitions of the
 * index for that day only, a page at a time; never a scan of all members.
 */
export async function runBonusesJob(deps: Deps, asOf: Date, options: PagingOptions = {}): Promise<JobResult> {
  const at = asOf.toISOString();
  const { program, version } = await loadConfig(deps, {});
  const bonus = program.birthdayBonus;
  if (!bonus) return { job: 'bonuses', asOf: at, processed: 0, changed: 0 };
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  let processed = 0;
  let changed = 0;
  for (const monthDay of birthdaysPaidOn(asOf)) {
    const run = await forEachPaged(
      (cursor) => deps.members.withBirthdayOn(monthDay, at, cursor, pageSize),
      (memberId) => payBirthday(deps, memberId, bonus, version, asOf),
    );
    processed += run.processed;
    changed += run.changed;
  }
  return { job: 'bonuses', asOf: at, processed, changed };
}
