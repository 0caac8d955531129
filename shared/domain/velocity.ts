import { VelocityLimitError } from './errors.js';

/**
 * The operator's velocity limits on earning, per member and UTC day of
 * posting (API.md "Velocity limits and flags"). A limit left out does not apply.
 */
export interface VelocityLimits {
  earnsPerMemberPerDay?: number;
  pointsPerMemberPerDay?: number;
}

/** The name of a limit: what a refusal and its flag say was exceeded. */
export type VelocityRule = keyof VelocityLimits;

export const VELOCITY_RULES = [
  'earnsPerMemberPerDay',
  'pointsPerMemberPerDay',
] as const satisfies readonly VelocityRule[];

/** An earn refused by a limit: the member, the limit and the UTC day it was counted on. */
export interface LimitBreach {
  memberId: string;
  rule: VelocityRule;
  day: string;
}

/** A member's earns on one UTC day of posting (`YYYY-MM-DD`): how many, and their points in either balance. */
export interface DailyEarns {
  day: string;
  earns: number;
  points: number;
}

/** The member's count once an earn of `points` is posted on `day`; a count of an earlier day starts again. */
export function countEarn(counted: DailyEarns | null, day: string, points: number): DailyEarns {
  const before = counted?.day === day ? counted : { earns: 0, points: 0 };
  return { day, earns: before.earns + 1, points: before.points + points };
}

/**
 * 409 `velocity_limit` when the count after an earn exceeds a limit. The
 * number of earns is checked first, so an earn past both limits names that one.
 */
export function checkVelocity(limits: VelocityLimits, memberId: string, after: DailyEarns): void {
  const exceeded = VELOCITY_RULES.find((rule) => {
    const limit = limits[rule];
    const counted = rule === 'earnsPerMemberPerDay' ? after.earns : after.points;
    return limit !== undefined && counted > limit;
  });
  if (exceeded) throw new VelocityLimitError({ memberId, rule: exceeded, day: after.day });
}
