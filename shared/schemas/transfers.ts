/**
 * The transfer routes' requests and answers, kept apart from the other
 * merchant routes' so that only the transfer functions bundle them.
 */
import * as z from 'zod/mini';
import { TRANSFER_STATUSES } from '../domain/transfers.js';
import { balances, int, named, namedList, time } from './answers.js';
import { id, intBetween, listQuery, MAX_POINTS, spendCode, text } from './common.js';

/** A transfer of points to a partner's currency; `partnerAccount` is the member's account with the partner. */
export const transferBody = z.strictObject({
  memberId: id,
  partnerId: id,
  points: intBetween(1, MAX_POINTS),
  partnerAccount: text(128),
  spendCode: z.optional(spendCode),
});

export const confirmTransferBody = z.strictObject({ partnerReference: text(128) });
export const rejectTransferBody = z.strictObject({ reason: text(500) });
/** Only pending transfers are listed: the ones a partner still has to act on. */
export const transfersQuery = z.extend(listQuery, { status: z.enum(['pending']) });

const transferStatus = z.enum(TRANSFER_STATUSES);
export const transferCreatedAnswer = named(
  'TransferCreated',
  z.object({
    transferId: z.string(),
    transactionId: z.string(),
    memberId: z.string(),
    partnerId: z.string(),
    points: int,
    units: int,
    status: transferStatus,
    expiresAt: time,
    balances,
  }),
);
export const transferAnswer = named(
  'Transfer',
  z.object({
    transferId: z.string(),
    transactionId: z.string(),
    memberId: z.string(),
    partnerId: z.string(),
    points: int,
    units: int,
    partnerAccount: z.string(),
    status: transferStatus,
    createdAt: time,
    expiresAt: time,
    endedAt: z.nullable(time),
    partnerReference: z.nullable(z.string()),
    reason: z.nullable(z.string()),
  }),
);
export const transferListAnswer = namedList('TransferList', transferAnswer);
