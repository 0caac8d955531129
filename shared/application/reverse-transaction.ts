import {
  AlreadyReversedError,
  ForeignTransactionError,
  MemberNotFoundError,
  NotReversibleError,
  TransactionNotFoundError,
  ValidationError,
} from '../domain/errors.js';
import type { LedgerEntry } from '../domain/ledger.js';
import { addActivity, ZERO_ACTIVITY, type Member } from '../domain/member.js';
import { partialReversalPoints } from '../domain/points.js';
import type { Program, Tier } from '../domain/program.js';
import { nextTierReview, qualifyingInWindow, tierAfterReversal, tierRank } from '../domain/tiers.js';
import { checkBalanceFloor, checkMemberState } from '../domain/movement-rules.js';
import type { MemberChanges } from '../ports/member-store.js';
import type { Deps, MovementRequest, Outcome } from './deps.js';
import { ownerOf } from './deps.js';
import { transactionIdFor } from './idempotency.js';
import { buildMovement } from './movement.js';
import { keptConfig } from './kept-config.js';
import { once } from './once.js';
import { guardMember, postIdempotently } from './post-movement.js';
import { readMember } from './member-now.js';

export interface ReverseRequest extends MovementRequest {
  transactionId: string;
  reason: string;
  amountMinor?: number;
}

interface ReversalShare {
  points: number;
  amountMinor: number;
  whole: boolean;
}

/** What this reversal takes back: the rest of the original, or a share of it by amount. */
function shareToReverse(original: LedgerEntry, amountMinor: number | undefined): ReversalShare {
  const originalAmount = original.details.amountMinor;
  const remainingPoints = original.points - original.reversedPoints;
  const remainingAmount = (originalAmount ?? 0) - original.reversedAmountMinor;
  if (amountMinor === undefined) {
    if (remainingPoints === 0 && remainingAmount === 0) throw new AlreadyReversedError(original.transactionId);
    return { points: remainingPoints, amountMinor: remainingAmount, whole: true };
  }
  if (
    originalAmount === undefined ||
    original.details.nights !== undefined ||
    original.details.rewardId !== undefined
  ) {
    throw new ValidationError([
      { path: 'amountMinor', message: 'only an amount-based transaction can be reversed in part' },
    ]);
  }
  if (amountMinor > remainingAmount) throw new AlreadyReversedError(original.transactionId);
  const points = partialReversalPoints(
    original.points,
    originalAmount,
    original.reversedAmountMinor,
    original.reversedPoints,
    amountMinor,
  );
  return { points, amountMinor, whole: amountMinor === remainingAmount };
}

/** An earn's reversal takes its share of qualifying activity back out of the month it counted in. */
function qualifyingTakeBack(original: LedgerEntry, share: ReversalShare, member: Member): MemberChanges['qualifying'] {
  const month = original.details.qualifyingMonth;
  if (original.type !== 'earn' || !month || !member.qualifying[month]) return undefined;
  const qualifyingPoints = original.details.qualifyingPoints ?? 0;
  return {
    month,
    activity: {
      nights: share.whole ? -(original.details.nights ?? 0) : 0,
      spendMinor: -share.amountMinor,
      points: qualifyingPoints > 0 ? -share.points : 0,
    },
  };
}

/**
 * The tier after a refund, over the window with the activity taken back: the
 * member moves down at once when the held tier's thresholds are no longer met.
 */
function tierChange(
  config: { program: Program; tiers: Tier[] },
  member: Member,
  qualifying: MemberChanges['qualifying'],
  now: Date,
): { tierId: string; extras: Pick<MemberChanges, 'tier' | 'tierReviewAt'> } {
  if (!qualifying) return { tierId: member.tierId, extras: {} };
  const { month, activity } = qualifying;
  const buckets = { ...member.qualifying, [month]: addActivity(member.qualifying[month] ?? ZERO_ACTIVITY, activity) };
  const tierId = tierAfterReversal(
    config.tiers,
    member.tierId,
    qualifyingInWindow(buckets, now, config.program.tierWindowMonths),
  );
  if (tierId === member.tierId) return { tierId, extras: {} };
  const tierReviewAt = tierRank(config.tiers, tierId) > 0 ? nextTierReview(now).toISOString() : null;
  return { tierId, extras: { tier: { tierId, since: now.toISOString() }, tierReviewAt } };
}

/**
 * Undoes an earn or a redemption, wholly or in part, once: the reversed total
 * never exceeds the original, and a reversed redemption returns its stock. A
 * refund credits the earn's issuer only with the points it recovers from the
 * member's balance (the rest is the member's debt to it), and moves the member
 * down a tier in the same transaction when the activity it takes back was needed.
 */
export async function reverseTransaction(deps: Deps, request: ReverseRequest): Promise<Outcome> {
  const owner = ownerOf(request.caller);
  const transactionId = transactionIdFor(owner, request.idempotencyKey);

  // The kept configuration, as earns price with it: a reversal reads no configuration item.
  const loadConfig = once(() => keptConfig(deps));
  return postIdempotently(deps, { transactionId, requestHash: request.requestHash }, async (guards) => {
    const [original, config] = await Promise.all([deps.ledger.getEntry(request.transactionId), loadConfig()]);
    if (!original) throw new TransactionNotFoundError(request.transactionId);
    guards.entry = {
      transactionId: original.transactionId,
      reversedPoints: original.reversedPoints,
      reversedAmountMinor: original.reversedAmountMinor,
    };
    if (request.caller.kind === 'merchant' && original.merchantId !== request.caller.merchantId) {
      throw new ForeignTransactionError();
    }
    if (original.type !== 'earn' && original.type !== 'redemption') {
      throw new NotReversibleError(`a ${original.type} cannot be reversed`);
    }
    const member = await readMember(deps, original.memberId);
    guardMember(guards, original.memberId, member);
    if (!member) throw new MemberNotFoundError(original.memberId);
    checkMemberState('reversal', member);

    const share = shareToReverse(original, request.amountMinor);
    const takesBack = original.type === 'earn';
    checkBalanceFloor('reversal', member, original.balanceName, takesBack ? -share.points : share.points);
    const qualifying = qualifyingTakeBack(original, share, member);
    const now = deps.clock.now();
    const tier = tierChange(config, member, qualifying, now);
    const returnsStock = original.type === 'redemption' && original.details.stockTaken && share.whole;

    return buildMovement({
      transactionId,
      requestHash: request.requestHash,
      type: 'reversal',
      member,
      merchantId: original.merchantId,
      owner,
      balanceName: original.balanceName,
      credit: takesBack ? 0 : share.points,
      debit: takesBack ? share.points : 0,
      reference: original.reference,
      createdAt: now.toISOString(),
      rulesVersion: config.version,
      details: {
        reverses: original.transactionId,
        reason: request.reason,
        ...(share.amountMinor > 0 && { amountMinor: share.amountMinor }),
      },
      settles: { reverses: original },
      ...(qualifying && { memberExtras: { qualifying, ...tier.extras } }),
      ...(returnsStock && { stock: { rewardId: original.details.rewardId!, delta: original.details.quantity ?? 1 } }),
      reversal: {
        transactionId: original.transactionId,
        expectedReversedPoints: original.reversedPoints,
        expectedReversedAmountMinor: original.reversedAmountMinor,
        points: share.points,
        amountMinor: share.amountMinor,
      },
      respond: ({ balances, recovery }) => ({
        transactionId,
        reverses: original.transactionId,
        points: share.points,
        ...recovery,
        balances,
        tier: { id: tier.tierId, changed: tier.tierId !== member.tierId },
      }),
    });
  });
}
