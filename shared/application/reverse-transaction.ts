import {
  AlreadyReversedError,
  ForeignTransactionError,
  MemberNotFoundError,
  NotReversibleError,
  TransactionNotFoundError,
  ValidationError,
} from '../domain/errors.js';
import type { LedgerEntry } from '../domain/ledger.js';
import type { Member } from '../domain/member.js';
import { partialReversalPoints } from '../domain/points.js';
import { reversalSettlement } from '../domain/settlement.js';
import { checkBalanceFloor, checkMemberState } from '../domain/movement-rules.js';
import type { MemberChanges } from '../ports/member-store.js';
import type { Deps, MovementRequest, Outcome } from './deps.js';
import { ownerOf } from './deps.js';
import { transactionIdFor } from './idempotency.js';
import { buildMovement } from './movement.js';
import { guardMember, postIdempotently } from './post-movement.js';

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
  if (originalAmount === undefined || original.details.nights !== undefined || original.details.rewardId !== undefined) {
    throw new ValidationError([{ path: 'amountMinor', message: 'only an amount-based transaction can be reversed in part' }]);
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
 * Undoes an earn or a redemption, wholly or in part, once: the reversed total
 * never exceeds the original, and a reversed redemption returns its stock.
 */
export async function reverseTransaction(deps: Deps, request: ReverseRequest): Promise<Outcome> {
  const owner = ownerOf(request.caller);
  const transactionId = transactionIdFor(owner, request.idempotencyKey);

  return postIdempotently(deps, { transactionId, requestHash: request.requestHash }, async (guards) => {
    const original = await deps.ledger.getEntry(request.transactionId);
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
    const member = await deps.members.get(original.memberId);
    guardMember(guards, original.memberId, member);
    if (!member) throw new MemberNotFoundError(original.memberId);
    checkMemberState('reversal', member);

    const share = shareToReverse(original, request.amountMinor);
    const delta = original.type === 'earn' ? -share.points : share.points;
    checkBalanceFloor('reversal', member, original.balanceName, delta);
    const qualifying = qualifyingTakeBack(original, share, member);
    const returnsStock = original.type === 'redemption' && original.details.stockTaken && share.whole;

    return buildMovement({
      transactionId,
      requestHash: request.requestHash,
      type: 'reversal',
      member,
      merchantId: original.merchantId,
      owner,
      balanceName: original.balanceName,
      delta,
      reference: original.reference,
      createdAt: deps.clock.now().toISOString(),
      details: {
        reverses: original.transactionId,
        reason: request.reason,
        ...(share.amountMinor > 0 && { amountMinor: share.amountMinor }),
      },
      settlement: reversalSettlement(original, share.points),
      ...(qualifying && { memberExtras: { qualifying } }),
      ...(returnsStock && { stock: { rewardId: original.details.rewardId!, delta: original.details.quantity ?? 1 } }),
      reversal: {
        transactionId: original.transactionId,
        expectedReversedPoints: original.reversedPoints,
        expectedReversedAmountMinor: original.reversedAmountMinor,
        points: share.points,
        amountMinor: share.amountMinor,
      },
      respond: (balances) => ({ transactionId, reverses: original.transactionId, points: share.points, balances }),
    });
  });
}
