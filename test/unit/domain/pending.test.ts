import { describe, expect, it } from 'vitest';
import { buildMovement, type MovementDraft } from '../../../shared/application/movement.js';
import { expirySchedule, lotExpiresAt } from '../../../shared/domain/expiry.js';
import type { LedgerEntry } from '../../../shared/domain/ledger.js';
import { heldUntil } from '../../../shared/domain/movement-rules.js';
import {
  holdPoints,
  PENDING_BUCKETS,
  pendingChange,
  pendingTotal,
  releaseMatured,
  takeBackPending,
  type PendingPoints,
} from '../../../shared/domain/pending.js';
import type { SettlingParty } from '../../../shared/domain/settlement.js';
import { member } from './fixtures.js';

const DAY = 86_400_000;
const at = (day: number) => new Date(Date.UTC(2027, 6, 1) + day * DAY).toISOString();
const bucket = (points: number, day: number): PendingPoints => ({ points, availableAt: at(day) });
const shop: SettlingParty = {
  merchantId: 'shop',
  rates: { issuePricePerThousandMinor: 2_000, reimbursementPerThousandMinor: 1_600 },
};

function draft(fields: Partial<MovementDraft>): MovementDraft {
  return {
    transactionId: 'tx',
    requestHash: 'h',
    type: 'earn',
    member: member(),
    merchantId: 'shop',
    owner: 'shop',
    balanceName: 'points',
    credit: 0,
    debit: 0,
    reference: 'r',
    createdAt: at(0),
    rulesVersion: 1,
    details: {},
    settles: { issuer: shop, honourer: null },
    respond: (result) => result,
    ...fields,
  };
}

describe('which movements are held', () => {
  it('holds an earn to the points balance for the merchant’s days, and nothing else', () => {
    expect(heldUntil('earn', 'points', 14, at(0))).toBe(at(14));
    expect(heldUntil('earn', 'points', 0, at(0))).toBeNull();
    expect(heldUntil('earn', 'green', 14, at(0))).toBeNull();
    expect(heldUntil('task', 'points', 14, at(0))).toBeNull();
    expect(heldUntil('adjustment', 'points', 14, at(0))).toBeNull();
  });
});

describe('pending buckets', () => {
  it('keeps one bucket per release time, soonest first', () => {
    const buckets = holdPoints(holdPoints(holdPoints([], bucket(100, 20)), bucket(50, 10)), bucket(7, 20));
    expect(buckets).toEqual([bucket(50, 10), bucket(107, 20)]);
  });

  it('past the bound, merges the closest two at the earlier time: none held longer than its hold, no point lost', () => {
    let buckets: PendingPoints[] = [];
    for (let day = 0; day < PENDING_BUCKETS; day++) buckets = holdPoints(buckets, bucket(10, day * 3));
    const merged = holdPoints(buckets, bucket(5, 31));
    expect(merged).toHaveLength(PENDING_BUCKETS);
    expect(pendingTotal(merged)).toBe(pendingTotal(buckets) + 5);
    // Day 31 is closest to day 30: its points join day 30's bucket.
    expect(merged.slice(-2)).toEqual([bucket(15, 30), bucket(10, 33)]);
  });

  it('folds matured buckets into the balance and the credited total, as lots dated when they became spendable', () => {
    const held = member({
      balances: { points: 40, green: 0 },
      creditedTotal: 40,
      pending: [bucket(100, 14), bucket(30, 20)],
      version: 7,
    });
    expect(releaseMatured(held, new Date(at(13)))).toBe(held);
    const folded = releaseMatured(held, new Date(at(15)));
    expect(folded.balances.points).toBe(140);
    expect(folded.creditedTotal).toBe(140);
    expect(folded.pending).toEqual([bucket(30, 20)]);
    expect(folded.released.points).toBe(100);
    expect(folded.released.lots).toEqual([{ position: `${at(14)}#pending-7-0`, createdAt: at(14), cumulative: 140 }]);
    // Folding again later adds the next bucket only, after the first.
    const again = releaseMatured(folded, new Date(at(21)));
    expect(again.released.points).toBe(130);
    expect(again.released.lots.map((lot) => lot.cumulative)).toEqual([140, 170]);
    expect(again.pending).toEqual([]);
  });

  it('starts the expiry clock of released points when they became spendable', () => {
    const folded = releaseMatured(member({ pending: [bucket(100, 14)] }), new Date(at(30)));
    expect(expirySchedule(folded.released.lots, 0, 12)).toEqual([
      { expiresAt: lotExpiresAt(at(14), 12).toISOString(), points: 100 },
    ]);
  });

  it('a refund takes back from buckets releasing no later than the earn, latest first', () => {
    const taken = takeBackPending([bucket(30, 5), bucket(50, 10), bucket(70, 20)], 60, at(10));
    expect(taken).toEqual({ taken: 60, pending: [bucket(20, 5), bucket(70, 20)] });
    expect(takeBackPending([bucket(30, 5)], 60, at(10))).toEqual({ taken: 30, pending: [] });
  });

  it('a refund of a held earn after its release takes nothing from pending points', () => {
    const change = pendingChange({
      pending: [bucket(70, 20)],
      credit: 0,
      debit: 70,
      heldUntil: null,
      reversesHeldUntil: at(20),
      now: at(20),
    });
    expect(change).toEqual({ held: 0, taken: 0, pending: [bucket(70, 20)] });
  });
});

describe('a movement around a hold', () => {
  it('an earn at a holding merchant credits pending points: the ledger moves, the balance and lots do not, settlement counts it', () => {
    const movement = buildMovement(
      draft({ credit: 100, holdDays: 14, member: member({ balances: { points: 5, green: 0 }, creditedTotal: 5 }) }),
    );
    expect(movement.entry).toMatchObject({
      delta: 100,
      balance: 105,
      lotCumulative: null,
      details: { availableAt: at(14) },
    });
    expect(movement.entry.settlement).toEqual([
      { merchantId: 'shop', side: 'issued', points: 100, ratePerThousand: 2_000 },
    ]);
    expect(movement.member.balance).toMatchObject({ delta: 0, credited: 0, openLotIfNone: `${at(14)}#tx` });
    expect(movement.member.pending).toEqual({ buckets: [bucket(100, 14)], released: 0 });
    expect(movement.outcome.body).toEqual({ balances: { points: 5, green: 0 } });
  });

  it('a held earn repays no debt: the points it would repay are not yet the member’s to spend', () => {
    const indebted = member({
      debts: [{ merchantId: 'shop', ratePerThousand: 2_000, points: 40, transactionId: 'rv' }],
    });
    const movement = buildMovement(draft({ credit: 100, holdDays: 14, member: indebted }));
    expect(movement.member.debts).toBeUndefined();
    expect(movement.entry.settlement).toHaveLength(1);
  });

  it('released points repay what refunds left owed, settled with the write that stores the release', () => {
    const indebted = member({
      balances: { points: -40, green: 0 },
      pending: [bucket(100, 14)],
      debts: [{ merchantId: 'shop', ratePerThousand: 2_000, points: 40, transactionId: 'rv' }],
    });
    const folded = releaseMatured(indebted, new Date(at(14)));
    expect(folded).toMatchObject({ balances: { points: 60 }, debts: [] });
    const spend = buildMovement(
      draft({
        type: 'redemption',
        debit: 10,
        createdAt: at(15),
        member: indebted,
        settles: { issuer: null, honourer: shop },
      }),
    );
    expect(spend.member.debts).toEqual([]);
    expect(spend.entry.settlement).toContainEqual({
      merchantId: 'shop',
      side: 'issued',
      points: -40,
      ratePerThousand: 2_000,
      repaid: true,
    });
  });

  it('a spend after the release folds the matured bucket in its own write, the floor counting the released points', () => {
    const held = member({ pending: [bucket(100, 14)], version: 3 });
    const movement = buildMovement(
      draft({ type: 'redemption', debit: 80, createdAt: at(15), settles: { issuer: null, honourer: shop } }),
    );
    expect(movement.member.pending).toBeUndefined();
    const spend = buildMovement(
      draft({
        type: 'redemption',
        debit: 80,
        createdAt: at(15),
        member: held,
        settles: { issuer: null, honourer: shop },
      }),
    );
    expect(spend.member.pending).toEqual({ buckets: [], released: 100 });
    expect(spend.member.balance).toMatchObject({ delta: -80, debited: 80 });
    expect(spend.releasedLots).toEqual([{ position: `${at(14)}#pending-3-0`, createdAt: at(14), cumulative: 100 }]);
    expect(spend.entry).toMatchObject({ delta: -80, balance: 20 });
    expect(movement.member.balance?.openLotIfNone).toBeUndefined();
  });

  it('a refund within the hold takes the pending points back whole: all recovered, no debt, the balance untouched', () => {
    const original: LedgerEntry = {
      ...buildMovement(draft({ credit: 100, holdDays: 14 })).entry,
      transactionId: 'earn-1',
    };
    const held = member({ pending: [bucket(100, 14)] });
    const refund = buildMovement(
      draft({
        type: 'reversal',
        debit: 100,
        createdAt: at(3),
        member: held,
        settles: { reverses: original },
        respond: (result) => result,
      }),
    );
    expect(refund.outcome.body).toMatchObject({ recovery: { recoveredPoints: 100, unrecoveredPoints: 0 } });
    expect(refund.member.debts).toBeUndefined();
    expect(refund.member.balance).toMatchObject({ delta: 0, debited: 0 });
    expect(refund.member.pending).toEqual({ buckets: [], released: 0 });
    expect(refund.entry).toMatchObject({ delta: -100, balance: 0 });
    expect(refund.entry.settlement).toEqual([
      { merchantId: 'shop', side: 'issued', points: -100, ratePerThousand: 2_000 },
    ]);
  });

  it('spending the last available point leaves the lots pointer on the soonest pending bucket', () => {
    const held = member({
      balances: { points: 50, green: 0 },
      creditedTotal: 50,
      oldestOpenLot: `${at(0)}#e`,
      pending: [bucket(100, 14)],
    });
    const spend = buildMovement(
      draft({
        type: 'redemption',
        debit: 50,
        createdAt: at(2),
        member: held,
        settles: { issuer: null, honourer: shop },
      }),
    );
    expect(spend.member.oldestOpenLot).toBe(`${at(14)}#pending`);
  });
});
