import { putMerchant } from '../../shared/application/configure.js';
import type { Caller, Deps } from '../../shared/application/deps.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { postTransfer } from '../../shared/application/transfers.js';

export const AIRLINE_ID = 'sky-air';
export const airline: Caller = { kind: 'merchant', merchantId: AIRLINE_ID, keyId: 'k-air' };
export const fruitShop: Caller = { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k-fruit' };

/** The worked airline: 3 points a mile, 5,000 bonus miles per 60,000 points, at least 3,000 in steps of 1,000, 72 h to confirm. */
export const airlineExchange = {
  currency: 'miles',
  pointsPerUnit: 3,
  bonus: { everyPoints: 60_000, units: 5_000 },
  minPoints: 3_000,
  incrementPoints: 1_000,
  confirmWithinHours: 72,
  conditions: 'Miles are credited by Sky Air within 72 hours; a rejected transfer returns the points.',
};

/** The airline as an exchange partner, reimbursed `reimbursement` per 1,000 points it honours. */
export function putAirline(deps: Deps, reimbursement = 1_600) {
  return putMerchant(deps, {
    merchantId: AIRLINE_ID,
    name: 'Sky Air',
    category: 'airline',
    green: false,
    earnRules: [],
    settlement: { issuePricePerThousandMinor: 0, reimbursementPerThousandMinor: reimbursement },
    exchange: airlineExchange,
  });
}

export function transfer(deps: Deps, memberId: string, key: string, points: number, caller: Caller = fruitShop) {
  const body = { memberId, partnerId: AIRLINE_ID, points, partnerAccount: `FF-${memberId}` };
  return postTransfer(deps, {
    caller,
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/transfers', body),
    ...body,
  });
}

export function transferIdOf(outcome: { body: unknown }): string {
  return (outcome.body as { transferId: string }).transferId;
}
