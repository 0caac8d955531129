import { describe, expect, it } from 'vitest';
import { TransferClosedError, ValidationError } from '../../../shared/domain/errors.js';
import {
  alreadyEndedAs,
  checkTransferPoints,
  confirmedTransferLine,
  endTransfer,
  isDueToExpire,
  transferExpiresAt,
  transferUnits,
  type Transfer,
} from '../../../shared/domain/transfers.js';

/** The worked airline: 3 points a mile, 5,000 bonus miles per 60,000 points, at least 3,000 in steps of 1,000. */
const AIRLINE = {
  pointsPerUnit: 3,
  bonus: { everyPoints: 60_000, units: 5_000 },
  minPoints: 3_000,
  incrementPoints: 1_000,
  confirmWithinHours: 72,
};

function refusalOf(check: () => void): unknown {
  try {
    check();
    return undefined;
  } catch (error) {
    return error;
  }
}

const pending: Transfer = {
  transferId: 'tr_x',
  transactionId: 'tx_x',
  memberId: 'm1',
  partnerId: 'air',
  points: 60_000,
  units: 25_000,
  partnerAccount: 'FF-1',
  status: 'pending',
  postedBy: 'fruit-shop',
  createdAt: '2027-07-01T10:00:00.000Z',
  expiresAt: '2027-07-04T10:00:00.000Z',
  ratePerThousand: 1_600,
  endedAt: null,
  partnerReference: null,
  reason: null,
};

describe('Module: transfers', () => {
  it('converts the worked example: 60,000 points → 20,000 + 5,000 = 25,000 miles', () => {
    expect(transferUnits(60_000, AIRLINE)).toBe(25_000);
  });

  it('floors each part on its own: the base at whole units, the bonus at whole blocks', () => {
    expect(transferUnits(3_000, AIRLINE)).toBe(1_000);
    expect(transferUnits(59_999, AIRLINE)).toBe(19_999);
    expect(transferUnits(119_000, AIRLINE)).toBe(39_666 + 5_000);
    expect(transferUnits(120_000, AIRLINE)).toBe(40_000 + 10_000);
    expect(transferUnits(1_000, { pointsPerUnit: 7 })).toBe(142);
  });

  it('is exact at the largest transfer a balance can hold', () => {
    expect(transferUnits(1_000_000_000, AIRLINE)).toBe(333_333_333 + 16_666 * 5_000);
  });

  it('refuses points below the minimum or off the steps, naming points', () => {
    for (const points of [2_000, 2_999, 3_500, 60_001]) {
      const refusal = refusalOf(() => checkTransferPoints(points, AIRLINE));
      expect(refusal, String(points)).toBeInstanceOf(ValidationError);
      expect((refusal as ValidationError).errors?.map((error) => error.path)).toEqual(['points']);
    }
    for (const points of [3_000, 4_000, 60_000])
      expect(refusalOf(() => checkTransferPoints(points, AIRLINE))).toBeUndefined();
  });

  it('expires confirmWithinHours after it is posted, and is due only once that has passed and while pending', () => {
    expect(transferExpiresAt(new Date('2027-07-01T10:00:00.000Z'), AIRLINE)).toBe('2027-07-04T10:00:00.000Z');
    expect(isDueToExpire(pending, new Date('2027-07-04T10:00:00.000Z'))).toBe(false);
    expect(isDueToExpire(pending, new Date('2027-07-04T10:00:00.001Z'))).toBe(true);
    expect(isDueToExpire({ ...pending, status: 'confirmed' }, new Date('2027-08-01T00:00:00.000Z'))).toBe(false);
  });

  it('settles a confirmation as points the partner honoured, at the rate of the posting', () => {
    expect(confirmedTransferLine(pending)).toEqual({
      merchantId: 'air',
      side: 'honoured',
      points: 60_000,
      ratePerThousand: 1_600,
    });
  });

  it('answers the same ending again with the transfer as it is, and any other with transfer_closed', () => {
    const confirmed = endTransfer(
      pending,
      { status: 'confirmed', partnerReference: 'AB12' },
      '2027-07-02T00:00:00.000Z',
    );
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      partnerReference: 'AB12',
      reason: null,
      endedAt: '2027-07-02T00:00:00.000Z',
    });
    expect(alreadyEndedAs(confirmed, { status: 'confirmed', partnerReference: 'AB12' })).toBe(confirmed);
    expect(
      refusalOf(() => alreadyEndedAs(confirmed, { status: 'confirmed', partnerReference: 'other' })),
    ).toBeInstanceOf(TransferClosedError);
    expect(refusalOf(() => alreadyEndedAs(confirmed, { status: 'rejected', reason: 'no account' }))).toBeInstanceOf(
      TransferClosedError,
    );

    const expired = endTransfer(pending, { status: 'expired' }, '2027-07-05T00:00:00.000Z');
    expect(refusalOf(() => alreadyEndedAs(expired, { status: 'rejected', reason: 'late' }))).toBeInstanceOf(
      TransferClosedError,
    );
  });
});
