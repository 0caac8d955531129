import type { CreditStanding, Promotion, PromotionScope } from './program.js';

export type PromotionStatus = 'scheduled' | 'active' | 'ended';

/** In force exactly when startsAt <= now < endsAt, whatever the jobs have recorded. */
export function isInForce(promotion: Promotion, now: Date): boolean {
  return Date.parse(promotion.startsAt) <= now.getTime() && now.getTime() < Date.parse(promotion.endsAt);
}

export function promotionStatus(promotion: Promotion, now: Date): PromotionStatus {
  if (now.getTime() < Date.parse(promotion.startsAt)) return 'scheduled';
  return isInForce(promotion, now) ? 'active' : 'ended';
}

const STATUS_ORDER: PromotionStatus[] = ['scheduled', 'active', 'ended'];

/** Status only moves forward, so a job run for an earlier moment never undoes a later one. */
export function isForwardTransition(from: PromotionStatus | null, to: PromotionStatus): boolean {
  return from === null ? true : STATUS_ORDER.indexOf(to) > STATUS_ORDER.indexOf(from);
}

/** The facts a scope is matched against; a field the subject lacks never matches a given scope field. */
export interface ScopeSubject {
  merchantId?: string | null;
  category?: string | null;
  rewardId?: string | null;
  tierId: string;
  creditStanding: CreditStanding;
}

function fieldMatches<T>(allowed: T[] | undefined, value: T | null | undefined): boolean {
  if (!allowed || allowed.length === 0) return true;
  return value !== null && value !== undefined && allowed.includes(value);
}

/** Every field given must match (AND); within a field any listed value matches (OR). */
export function scopeMatches(scope: PromotionScope, subject: ScopeSubject): boolean {
  return (
    fieldMatches(scope.merchantIds, subject.merchantId) &&
    fieldMatches(scope.categories, subject.category) &&
    fieldMatches(scope.rewardIds, subject.rewardId) &&
    fieldMatches(scope.tiers, subject.tierId) &&
    fieldMatches(scope.creditStandings, subject.creditStanding)
  );
}

export function promotionsInForce(promotions: Promotion[], now: Date, subject: ScopeSubject): Promotion[] {
  return promotions
    .filter((promotion) => isInForce(promotion, now) && scopeMatches(promotion.scope, subject))
    .sort((a, b) => a.promotionId.localeCompare(b.promotionId));
}
