import type { Birthday } from '../../domain/birthday.js';
import { monthDayKey } from '../../domain/birthday.js';
import { birthdayPartition, keys, shardOf } from './keys.js';

/**
 * A member's birthday, on an item of the member's own. Its entry in the
 * (keys-only) tierReview index is the birthday's day, spread over shards:
 * `g3pk` = `BIRTHDAY#<MM-DD>#<shard>`, `g3sk` = when it was last changed, so
 * the bonuses job reads only the members whose birthday is that day.
 */
export function birthdayToItem(memberId: string, birthday: Birthday): Record<string, unknown> {
  return {
    ...keys.birthday(memberId),
    month: birthday.month,
    day: birthday.day,
    changedAt: birthday.changedAt,
    lastPaidOn: birthday.lastPaidOn,
    g3pk: birthdayPartition(monthDayKey(birthday.month, birthday.day), shardOf(memberId)),
    g3sk: birthday.changedAt,
  };
}

export function birthdayFromItem(item: Record<string, unknown>): Birthday {
  return {
    month: item.month as number,
    day: item.day as number,
    changedAt: item.changedAt as string,
    lastPaidOn: (item.lastPaidOn as string | null | undefined) ?? null,
  };
}
