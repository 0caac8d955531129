import { createHash } from 'node:crypto';
import {
  ForbiddenError,
  IdempotencyKeyReusedError,
  MemberNotFoundError,
  PartnerNotFoundError,
  TransferNotFoundError,
} from '../domain/errors.js';
import { checkBalanceFloor, checkMemberState } from '../domain/movement-rules.js';
import { partyOf } from '../domain/settlement.js';
import {
  alreadyEndedAs,
  checkTransferPoints,
  endTransfer,
  isDueToExpire,
  transferExpiresAt,
  transferIdFor,
  transferReturnIdFor,
  transferUnits,
  transferView,
  type Transfer,
  type TransferEnding,
} from '../domain/transfers.js';
import type { Page } from '../ports/member-store.js';
import type { Caller, Deps, MovementRequest, Outcome } from './deps.js';
import { ownerOf } from './deps.js';
import { transactionIdFor } from './idempotency.js';
import { buildMovement } from './movement.js';
import { postAfterOneRead } from './post-movement.js';
import { retryWhileStale, STALE } from './retry.js';
import { admitSpendCode } from './spend-codes.js';

export interface TransferRequest extends MovementRequest {
  memberId: string;
  partnerId: string;
  points: number;
  partnerAccount: string;
  /** The member's one-time code, where the program asks for their consent to spend. */
  spendCode?: string;
}

/**
 * Takes a member's points for a partner's currency and holds them, exactly
 * once per key: the `transfer` entry and the pending transfer are one
 * transaction. Nobody settles anything yet; the partner honours the points if
 * it confirms.
 */
export async function postTransfer(deps: Deps, request: TransferRequest): Promise<Outcome> {
  const owner = ownerOf(request.caller);
  const transactionId = transactionIdFor(owner, request.idempotencyKey);
  const transferId = transferIdFor(transactionId);
  const ids = { transactionId, requestHash: request.requestHash };
  const posting = { ...ids, memberId: request.memberId, keyCheck: request.keyCheck ?? null };
  return postAfterOneRead(deps, posting, async (_guards, { member, config }) => {
    const partner = config.merchants.get(request.partnerId);
    if (!partner?.exchange) throw new PartnerNotFoundError(request.partnerId);
    const { exchange } = partner;
    checkTransferPoints(request.points, exchange);
    if (!member) throw new MemberNotFoundError(request.memberId);
    checkMemberState('transfer', member);
    const consent = await admitSpendCode(deps, {
      type: 'transfer',
      program: config.program,
      caller: request.caller,
      member,
      points: request.points,
      spendCode: request.spendCode,
    });
    checkBalanceFloor('transfer', member, 'points', -request.points);
    const now = deps.clock.now();
    const transfer: Transfer = {
      transferId,
      transactionId,
      memberId: member.memberId,
      partnerId: request.partnerId,
      points: request.points,
      units: transferUnits(request.points, exchange),
      partnerAccount: request.partnerAccount,
      status: 'pending',
      postedBy: owner,
      createdAt: now.toISOString(),
      expiresAt: transferExpiresAt(now, exchange),
      ratePerThousand: partyOf(config.program, partner.merchantId, partner).rates.reimbursementPerThousandMinor,
      endedAt: null,
      partnerReference: null,
      reason: null,
    };
    return buildMovement({
      ...ids,
      type: 'transfer',
      rulesVersion: config.version,
      member,
      merchantId: request.caller.kind === 'merchant' ? request.caller.merchantId : request.partnerId,
      owner,
      balanceName: 'points',
      credit: 0,
      debit: request.points,
      reference: null,
      createdAt: transfer.createdAt,
      details: { transferId, partnerId: request.partnerId },
      memberExtras: consent,
      transfer: { opens: transfer },
      respond: ({ balances }) => {
        const { transferId: id, transactionId: tx, memberId, partnerId, points, units, status, expiresAt } = transfer;
        return { transferId: id, transactionId: tx, memberId, partnerId, points, units, status, expiresAt, balances };
      },
    });
  });
}

/** The transfer, to its partner's key, the key that posted it, or the operator; to anyone else it does not exist. */
async function visibleTransfer(deps: Deps, caller: Caller, transferId: string): Promise<Transfer> {
  const transfer = await deps.transfers.get(transferId);
  const visible =
    transfer !== null &&
    (caller.kind !== 'merchant' || caller.merchantId === transfer.partnerId || caller.merchantId === transfer.postedBy);
  if (!visible) throw new TransferNotFoundError(transferId);
  return transfer;
}

export async function getTransfer(deps: Deps, caller: Caller, transferId: string) {
  return transferView(await visibleTransfer(deps, caller, transferId));
}

/** The partner's pending transfers, oldest first. */
export async function listPendingTransfers(
  deps: Deps,
  partnerId: string,
  page: { limit: number; cursor: string | null },
) {
  const found: Page<Transfer> = await deps.transfers.pendingOf(partnerId, page);
  return { items: found.items.map(transferView), nextCursor: found.nextCursor };
}

/** Only the partner ends a transfer; a key that may see it but is not the partner's is 403. */
async function partnersTransfer(deps: Deps, caller: Caller, transferId: string): Promise<Transfer> {
  const transfer = await visibleTransfer(deps, caller, transferId);
  if (caller.kind !== 'merchant' || caller.merchantId !== transfer.partnerId) {
    throw new ForbiddenError("Only the partner's key confirms or rejects a transfer.");
  }
  return transfer;
}

/**
 * The partner keeps the points: the transfer ends as confirmed and becomes the
 * partner's honoured line, in the window of this confirmation, at the rate of
 * its posting. Idempotent by the transfer's id.
 */
export async function confirmTransfer(deps: Deps, caller: Caller, transferId: string, partnerReference: string) {
  const ending: TransferEnding = { status: 'confirmed', partnerReference };
  // A confirmation that meets a concurrent end reads the transfer again and answers as it finds it.
  return retryWhileStale(deps, async () => {
    const transfer = await partnersTransfer(deps, caller, transferId);
    if (transfer.status !== 'pending') return transferView(alreadyEndedAs(transfer, ending));
    const confirmed = endTransfer(transfer, ending, deps.clock.now().toISOString());
    return (await deps.transfers.confirm(confirmed)) === 'confirmed' ? transferView(confirmed) : STALE;
  });
}

/** The partner refuses the transfer: the points go back to the member with the status change. */
export async function rejectTransfer(deps: Deps, caller: Caller, transferId: string, reason: string) {
  const transfer = await partnersTransfer(deps, caller, transferId);
  const ending: TransferEnding = { status: 'rejected', reason };
  if (transfer.status !== 'pending') return transferView(alreadyEndedAs(transfer, ending));
  await returnPoints(deps, transfer, ending, transfer.partnerId);
  return transferView(alreadyEndedAs((await deps.transfers.get(transferId))!, ending));
}

/** Ends a transfer that was not confirmed in time, giving its points back; true when this run ended it. */
export async function expireTransfer(deps: Deps, transferId: string, asOf: Date): Promise<boolean> {
  const transfer = await deps.transfers.get(transferId);
  if (!transfer || !isDueToExpire(transfer, asOf)) return false;
  return returnPoints(deps, transfer, { status: 'expired' }, 'system');
}

/** The transfer ended another way while its return was being decided. */
class NoLongerPending extends Error {}

/**
 * The transfer's one `transferReturn` entry, with the transfer's end in the
 * same transaction (only a pending transfer ends, so a racing confirm, reject
 * or expiry makes it stale and it is decided again, finding it ended). The
 * entry's id is the transfer's, so no retry or rerun returns the points twice.
 * True when this call ended the transfer.
 */
async function returnPoints(deps: Deps, transfer: Transfer, ending: TransferEnding, owner: string): Promise<boolean> {
  const transactionId = transferReturnIdFor(transfer.transferId);
  const requestHash = createHash('sha256').update(JSON.stringify(ending)).digest('base64url');
  const ids = { transactionId, requestHash };
  try {
    const outcome = await postAfterOneRead(
      deps,
      { ...ids, memberId: transfer.memberId },
      async (_guards, { member, config }) => {
        const current = await deps.transfers.get(transfer.transferId);
        if (current?.status !== 'pending') throw new NoLongerPending();
        if (!member) throw new MemberNotFoundError(transfer.memberId);
        const ended = endTransfer(current, ending, deps.clock.now().toISOString());
        return buildMovement({
          ...ids,
          type: 'transferReturn',
          rulesVersion: config.version,
          member,
          merchantId: current.partnerId,
          owner,
          balanceName: 'points',
          credit: current.points,
          debit: 0,
          reference: null,
          createdAt: ended.endedAt!,
          details: { transferId: current.transferId, partnerId: current.partnerId },
          transfer: { ends: ended },
          status: 200,
          respond: () => transferView(ended),
        });
      },
    );
    return !outcome.replayed;
  } catch (error) {
    if (error instanceof NoLongerPending || error instanceof IdempotencyKeyReusedError) return false;
    throw error;
  }
}
