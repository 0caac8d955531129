import { expect } from 'vitest';
import { adjustPoints } from '../../shared/application/adjust-points.js';
import type { Deps } from '../../shared/application/deps.js';
import { earnPoints } from '../../shared/application/earn-points.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { getMember } from '../../shared/application/members.js';
import { redeem } from '../../shared/application/redeem.js';
import { reverseTransaction } from '../../shared/application/reverse-transaction.js';
import type { LedgerStore } from '../../shared/ports/ledger-store.js';
import type { MemberStore } from '../../shared/ports/member-store.js';
import { ledgerOf } from './program.js';

const fruitShop = { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k' } as const;
const hotel = { kind: 'merchant', merchantId: 'lakeside-hotel', keyId: 'k' } as const;

export function transactionIdOf(outcome: { body: unknown }): string {
  return (outcome.body as { transactionId: string }).transactionId;
}

export function adjust(deps: Deps, memberId: string, key: string, points: number) {
  const body = { memberId, points, reason: 'test' };
  return adjustPoints(deps, {
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/admin/adjustments', body),
    ...body,
    balance: 'points',
  });
}

export function redeemReward(deps: Deps, memberId: string, key: string, rewardId: string, quantity = 1) {
  const body = { memberId, rewardId, quantity };
  return redeem(deps, {
    caller: fruitShop,
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/redemptions', body),
    ...body,
  });
}

export function reverse(deps: Deps, key: string, transactionId: string) {
  const body = { transactionId, reason: 'refund' };
  return reverseTransaction(deps, {
    caller: fruitShop,
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/reversals', body),
    ...body,
  });
}

export function hotelStay(deps: Deps, memberId: string, key: string, nights: number) {
  const body = { memberId, nights, reference: key };
  return earnPoints(deps, {
    caller: hotel,
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/earn', body),
    ...body,
  });
}

/** The member's ledger entries of one type, as stored. */
export async function entriesOfType(deps: Deps, tableName: string, memberId: string, type: string) {
  return (await ledgerOf(deps, tableName, memberId)).filter((entry) => entry.type === type);
}

/** Expiry entries of a member as `{expiresFor, points, balanceAfter}`, oldest due date first. */
export async function expiriesOf(deps: Deps, tableName: string, memberId: string) {
  const entries = await entriesOfType(deps, tableName, memberId, 'expiry');
  const withDates = await Promise.all(
    entries.map(async (entry) => {
      const full = await deps.ledger.getEntry(entry.txId as string);
      return { expiresFor: full!.details.expiresFor!, points: full!.points, balanceAfter: full!.balance };
    }),
  );
  return withDates.sort((a, b) => a.expiresFor.localeCompare(b.expiresFor));
}

/** The ledger identity: the points entries sum to what the member can spend plus what is pending. */
export async function expectLedgerMatchesBalance(deps: Deps, tableName: string, memberId: string) {
  const entries = await ledgerOf(deps, tableName, memberId);
  const member = await getMember(deps, memberId);
  const sum = (balance: string) =>
    entries.filter((e) => e.bal === balance).reduce((s, e) => s + (e.delta as number), 0);
  expect(sum('points')).toBe(member.balances.points + member.balances.pending);
  expect(sum('green')).toBe(member.balances.green);
}

export class SimulatedCrash extends Error {}

/**
 * The same deps, except that the job "crashes" right after its `n`-th write of
 * the given kind has been stored: the write is durable, the job never hears of it.
 */
export function crashAfterWrites(deps: Deps, n: number, kind: 'commit' | 'memberUpdate'): Deps {
  let writes = 0;
  const afterWrite = () => {
    writes++;
    if (writes === n) throw new SimulatedCrash(`simulated crash after write ${n}`);
  };
  const ledger: LedgerStore = Object.create(deps.ledger);
  const members: MemberStore = Object.create(deps.members);
  if (kind === 'commit') {
    ledger.commit = async (movement) => {
      const result = await deps.ledger.commit(movement);
      if (result.kind === 'committed') afterWrite();
      return result;
    };
  } else {
    members.update = async (write) => {
      const result = await deps.members.update(write);
      if (result === 'updated') afterWrite();
      return result;
    };
  }
  return { ...deps, ledger, members };
}
