import { ForbiddenError, MemberNotFoundError, MerchantNotFoundError, ValidationError } from '../domain/errors.js';
import { priceEarn } from '../domain/earn.js';
import { addActivity, ZERO_ACTIVITY } from '../domain/member.js';
import { checkMemberState } from '../domain/movement-rules.js';
import { partyOf } from '../domain/settlement.js';
import { addDays, dayKey, monthKey } from '../domain/time.js';
import { checkVelocity, countEarn } from '../domain/velocity.js';
import {
  effectiveTier,
  expiredBuckets,
  nextTierReview,
  qualifyingInWindow,
  tierAfterEarn,
  tierRank,
} from '../domain/tiers.js';
import type { Deps, MovementRequest, Outcome } from './deps.js';
import { ownerOf } from './deps.js';
import { transactionIdFor } from './idempotency.js';
import { buildMovement } from './movement.js';
import { postAfterOneRead } from './post-movement.js';
import { spendingAwards } from './spending-badges.js';

export interface EarnRequest extends MovementRequest {
  memberId: string;
  /** Required with the admin key; a merchant key's earns belong to its merchant. */
  merchantId?: string;
  amountMinor?: number;
  currency?: string;
  nights?: number;
  reference: string;
  occurredAt?: string;
}

const MAX_BACKDATE_DAYS = 30;

function merchantOf(request: EarnRequest): string {
  if (request.caller.kind === 'merchant') {
    if (request.merchantId !== undefined && request.merchantId !== request.caller.merchantId) {
      throw new ForbiddenError('A merchant key earns for its own merchant only; leave merchantId out.');
    }
    return request.caller.merchantId;
  }
  if (!request.merchantId) throw new ValidationError([{ path: 'merchantId', message: 'required with the admin key' }]);
  return request.merchantId;
}

function assertOccurredAt(occurredAt: string | undefined, now: Date): void {
  if (occurredAt === undefined) return;
  const at = Date.parse(occurredAt);
  if (at > now.getTime()) throw new ValidationError([{ path: 'occurredAt', message: 'must not be in the future' }]);
  if (at < addDays(now, -MAX_BACKDATE_DAYS).getTime()) {
    throw new ValidationError([{ path: 'occurredAt', message: `must be within the last ${MAX_BACKDATE_DAYS} days` }]);
  }
}

/**
 * Awards points for a purchase or stay, priced at the member's tier before it;
 * upgrades the tier in the same transaction when the earn crosses a threshold.
 * Counted in the member's day in the same write, so concurrent earns never pass
 * a velocity limit. Exactly once per Idempotency-Key.
 */
export async function earnPoints(deps: Deps, request: EarnRequest): Promise<Outcome> {
  const merchantId = merchantOf(request);
  const owner = ownerOf(request.caller);
  const transactionId = transactionIdFor(owner, request.idempotencyKey);
  const bonusId = transactionIdFor(owner, `${request.idempotencyKey}\nbadge set prize`);
  const posting = {
    transactionId,
    requestHash: request.requestHash,
    memberId: request.memberId,
    keyCheck: request.keyCheck ?? null,
  };
  return postAfterOneRead(deps, posting, async (_guards, { member, config }) => {
    const now = deps.clock.now();
    assertOccurredAt(request.occurredAt, now);
    if (request.currency !== undefined && request.currency !== config.program.currency) {
      throw new ValidationError([
        { path: 'currency', message: `the program's currency is ${config.program.currency}` },
      ]);
    }
    const merchant = config.merchants.get(merchantId);
    if (!merchant) throw new MerchantNotFoundError(merchantId);
    if (!member) throw new MemberNotFoundError(request.memberId);
    checkMemberState('earn', member);

    const tier = effectiveTier(config.tiers, member.tierId);
    const quote = priceEarn({
      program: config.program,
      tiers: config.tiers,
      merchant,
      tierId: tier.id,
      creditStanding: member.creditStanding,
      promotions: config.promotions,
      now,
      ...(request.amountMinor !== undefined && { amountMinor: request.amountMinor }),
      ...(request.nights !== undefined && { nights: request.nights }),
    });

    // Limits count by the day of posting, like expiry: a backdated receipt counts today.
    const day = dayKey(now);
    checkVelocity(config.program.limits, member.memberId, countEarn(member.dailyEarns, day, quote.points));

    const occurredAt = request.occurredAt ?? now.toISOString();
    const month = monthKey(new Date(occurredAt));
    const buckets = {
      ...member.qualifying,
      [month]: addActivity(member.qualifying[month] ?? ZERO_ACTIVITY, quote.qualifying),
    };
    const window = qualifyingInWindow(buckets, now, config.program.tierWindowMonths);
    const newTierId = tierAfterEarn(config.tiers, tier.id, window);
    const changed = newTierId !== member.tierId;
    const createdAt = now.toISOString();
    const awards = await spendingAwards(deps, config.spendingBadges, member.memberId, merchant.category, createdAt);
    const issuer = partyOf(config.program, merchantId, merchant);

    const movement = buildMovement({
      transactionId,
      requestHash: request.requestHash,
      type: 'earn',
      member,
      merchantId,
      owner,
      balanceName: quote.balanceName,
      credit: quote.points,
      debit: 0,
      reference: request.reference,
      createdAt,
      rulesVersion: config.version,
      occurredAt,
      details: {
        ...(request.amountMinor !== undefined && { amountMinor: request.amountMinor }),
        ...(request.nights !== undefined && { nights: request.nights }),
        qualifyingMonth: month,
        qualifyingPoints: quote.qualifying.points,
      },
      settles: { issuer, honourer: null },
      holdDays: merchant.holdDays ?? 0,
      memberExtras: {
        qualifying: { month, activity: quote.qualifying },
        dropBuckets: expiredBuckets(member.qualifying, now, config.program.tierWindowMonths).filter((b) => b !== month),
        dailyEarns: {
          day,
          points: quote.points,
          startsDay: member.dailyEarns?.day !== day,
          limits: config.program.limits,
        },
        ...(changed && {
          tier: { tierId: newTierId, since: createdAt },
          tierReviewAt: tierRank(config.tiers, newTierId) > 0 ? nextTierReview(now).toISOString() : null,
        }),
      },
      ...(awards &&
        awards.prize > 0 && {
          // A set's prize is the posting key's to pay for: an earn with the operator's key names its merchant, not the prize's issuer.
          prize: {
            transactionId: bonusId,
            setIds: awards.sets.map((set) => set.setId),
            points: awards.prize,
            issuer: request.caller.kind === 'merchant' ? issuer : null,
          },
        }),
      respond: ({ balances }) => ({
        transactionId,
        memberId: member.memberId,
        points: quote.points,
        breakdown: quote.breakdown,
        balances,
        tier: { id: newTierId, changed },
        badgesAwarded: awards?.badgeIds ?? [],
      }),
    });
    if (awards) movement.engagement = awards.engagement;
    return movement;
  });
}
