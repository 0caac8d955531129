import type { AuditRecord } from '../domain/audit.js';
import { isCalendarDate, type Birthday } from '../domain/birthday.js';
import { MemberNotFoundError, ValidationError } from '../domain/errors.js';
import type { Deps } from './deps.js';

/**
 * Records a member's birthday. Setting the same date again changes nothing the
 * bonus depends on; a different date restarts the wait after a payment
 * (shared/domain/birthday.ts), and the year last paid is kept.
 */
export async function setBirthday(deps: Deps, memberId: string, month: number, day: number, audit?: AuditRecord) {
  if (!isCalendarDate(month, day))
    throw new ValidationError([{ path: 'day', message: `month ${month} has no day ${day}` }]);
  const previous = await deps.members.birthdayOf(memberId);
  const unchanged = previous !== null && previous.month === month && previous.day === day;
  const birthday: Birthday = {
    month,
    day,
    changedAt: unchanged ? previous.changedAt : deps.clock.now().toISOString(),
    lastPaidOn: previous?.lastPaidOn ?? null,
  };
  if ((await deps.members.setBirthday(memberId, birthday, audit)) === 'missing')
    throw new MemberNotFoundError(memberId);
  return { memberId, birthday: { month, day, changedAt: birthday.changedAt, lastPaidOn: birthday.lastPaidOn } };
}
