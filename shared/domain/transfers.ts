import { TransferClosedError, ValidationError } from './errors.js';
import type { EntrySettlement } from './settlement.js';
import { addHours } from './time.js';

/** What a merchant offers as an exchange partner: its currency, at what rate and in which steps. */
export interface Exchange {
  /** The partner's unit, such as `miles`. */
  currency: string;
  pointsPerUnit: number;
  /** `units` more for every whole `everyPoints` transferred. */
  bonus?: { everyPoints: number; units: number };
  minPoints: number;
  incrementPoints: number;
  confirmWithinHours: number;
  conditions: string;
}

export const DEFAULT_CONFIRM_WITHIN_HOURS = 72;

export const TRANSFER_STATUSES = ['pending', 'confirmed', 'rejected', 'expired'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** A transfer of a member's points to a partner's currency; it ends exactly once. */
export interface Transfer {
  transferId: string;
  /** The `transfer` entry that took the points. */
  transactionId: string;
  memberId: string;
  partnerId: string;
  points: number;
  units: number;
  partnerAccount: string;
  status: TransferStatus;
  /** Who posted it (a merchant id or `admin`): that key may read it. */
  postedBy: string;
  createdAt: string;
  expiresAt: string;
  /** The partner's reimbursement per 1,000 points in force when it was posted: a confirmation settles at it. */
  ratePerThousand: number;
  endedAt: string | null;
  partnerReference: string | null;
  reason: string | null;
}

/** units = floor(points / pointsPerUnit) + floor(points / everyPoints) × bonus.units (exact for any integer points). */
export function transferUnits(points: number, exchange: Pick<Exchange, 'pointsPerUnit' | 'bonus'>): number {
  const base = Math.floor(points / exchange.pointsPerUnit);
  const bonus = exchange.bonus ? Math.floor(points / exchange.bonus.everyPoints) * exchange.bonus.units : 0;
  return base + bonus;
}

/** 400 `validation_failed` naming `points` when they are below the partner's minimum or off its steps. */
export function checkTransferPoints(points: number, exchange: Pick<Exchange, 'minPoints' | 'incrementPoints'>): void {
  if (points < exchange.minPoints)
    throw new ValidationError([{ path: 'points', message: `must be at least ${exchange.minPoints}` }]);
  if (points % exchange.incrementPoints !== 0) {
    throw new ValidationError([{ path: 'points', message: `must be a multiple of ${exchange.incrementPoints}` }]);
  }
}

export function transferExpiresAt(createdAt: Date, exchange: Pick<Exchange, 'confirmWithinHours'>): string {
  return addHours(createdAt, exchange.confirmWithinHours).toISOString();
}

/** The transfer's id, derived from its entry's, so a retry of the same request addresses the same transfer. */
export function transferIdFor(transactionId: string): string {
  return `tr_${transactionId.replace(/^tx_/, '')}`;
}

/** The one `transferReturn` entry a transfer can ever have: its id makes a second return impossible. */
export function transferReturnIdFor(transferId: string): string {
  return `tx_return_${transferId}`;
}

/** A confirmed transfer's one settlement line: the partner honours its points at the rate in force when it was posted. */
export function confirmedTransferLine(transfer: Transfer): EntrySettlement {
  return {
    merchantId: transfer.partnerId,
    side: 'honoured',
    points: transfer.points,
    ratePerThousand: transfer.ratePerThousand,
  };
}

export type TransferEnding =
  | { status: 'confirmed'; partnerReference: string }
  | { status: 'rejected'; reason: string }
  | { status: 'expired' };

/** The transfer as this ending leaves it. */
export function endTransfer(transfer: Transfer, ending: TransferEnding, at: string): Transfer {
  return {
    ...transfer,
    status: ending.status,
    endedAt: at,
    partnerReference: ending.status === 'confirmed' ? ending.partnerReference : null,
    reason: ending.status === 'rejected' ? ending.reason : null,
  };
}

/**
 * A partner's confirm or reject of a transfer that has ended: the same call
 * with the same body again is answered with the transfer as it is; anything
 * else is 409 `transfer_closed`.
 */
export function alreadyEndedAs(transfer: Transfer, ending: TransferEnding): Transfer {
  const same =
    transfer.status === ending.status &&
    (ending.status !== 'confirmed' || transfer.partnerReference === ending.partnerReference) &&
    (ending.status !== 'rejected' || transfer.reason === ending.reason);
  if (!same) throw new TransferClosedError(transfer.transferId, transfer.status);
  return transfer;
}

/** Whether the `transfers` job may end the transfer at `asOf`: still pending, and `expiresAt` has passed. */
export function isDueToExpire(transfer: Transfer, asOf: Date): boolean {
  return transfer.status === 'pending' && transfer.expiresAt < asOf.toISOString();
}

/** What a transfer's answers show: never the partner's settlement rate nor who posted it. */
export function transferView(transfer: Transfer) {
  return {
    transferId: transfer.transferId,
    transactionId: transfer.transactionId,
    memberId: transfer.memberId,
    partnerId: transfer.partnerId,
    points: transfer.points,
    units: transfer.units,
    partnerAccount: transfer.partnerAccount,
    status: transfer.status,
    createdAt: transfer.createdAt,
    expiresAt: transfer.expiresAt,
    endedAt: transfer.endedAt,
    partnerReference: transfer.partnerReference,
    reason: transfer.reason,
  };
}
