import { VELOCITY_RULES, type LimitBreach, type VelocityRule } from './velocity.js';

export const FLAG_STATUSES = ['open', 'cleared'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** A suspicious pattern for the operator to look at: an earn that a velocity limit refused. */
export interface Flag {
  flagId: string;
  memberId: string;
  rule: VelocityRule;
  /** The refused earn's transaction id (the id its Idempotency-Key maps to). */
  transactionId: string;
  createdAt: string;
  status: FlagStatus;
}

/**
 * `<day>.<rule>.<memberId>`: a flag id is made of what makes it one per member,
 * rule and UTC day, so every refusal of that day finds the same flag, and the
 * id alone says where the flag is. The day has a fixed length and a rule no
 * dot, so a member id with dots in it still reads back.
 */
export function flagIdOf(breach: LimitBreach): string {
  return `${breach.day}.${breach.rule}.${breach.memberId}`;
}

/** The member, rule and day a flag id names; null when it is no flag id. */
export function breachOf(flagId: string): LimitBreach | null {
  const match = /^(\d{4}-\d{2}-\d{2})\.([A-Za-z]+)\.(.+)$/.exec(flagId);
  const rule = VELOCITY_RULES.find((name) => name === match?.[2]);
  return match && rule ? { day: match[1]!, rule, memberId: match[3]! } : null;
}

/** The flag a refused earn opens. */
export function openFlag(breach: LimitBreach, transactionId: string, createdAt: string): Flag {
  return {
    flagId: flagIdOf(breach),
    memberId: breach.memberId,
    rule: breach.rule,
    transactionId,
    createdAt,
    status: 'open',
  };
}
