import { describe, expect, it } from 'vitest';
import {
  EVENT_SOURCES,
  eventsOf,
  streamFilterPatterns,
  type CommittedChange,
} from '../../../shared/adapters/dynamodb/event-sources.js';
import { EVENT_TYPES } from '../../../shared/domain/webhooks.js';

const entry = (type: string, owner: string, extra: Record<string, unknown> = {}): CommittedChange => ({
  eventName: 'INSERT',
  keys: { pk: 'TX#tx1', sk: 'TX' },
  oldImage: null,
  newImage: {
    pk: 'TX#tx1',
    sk: 'TX',
    txId: 'tx1',
    type,
    own: owner,
    at: '2027-03-15T10:00:00.000Z',
    body: '{"transactionId":"tx1","points":10}',
    ...extra,
  },
});

describe('The event table (committed record kind → event type)', () => {
  it('makes an earn a points.earned of its posting merchant, whose data is the answer kept on the entry', () => {
    expect(eventsOf(entry('earn', 'fruit-shop'))).toEqual([
      {
        eventId: expect.stringMatching(/^evt_[0-9a-f]{32}$/),
        type: 'points.earned',
        at: '2027-03-15T10:00:00.000Z',
        merchantId: 'fruit-shop',
        data: { transactionId: 'tx1', points: 10 },
      },
    ]);
  });

  it('gives the same change the same id every time, and different types different ids', () => {
    const [earned] = eventsOf(entry('earn', 'fruit-shop'));
    expect(eventsOf(entry('earn', 'fruit-shop'))[0]!.eventId).toBe(earned!.eventId);
    expect(eventsOf(entry('redemption', 'fruit-shop'))[0]!.eventId).not.toBe(earned!.eventId);
  });

  it('maps each movement kind to its type, and the program’s own postings to no merchant', () => {
    expect(eventsOf(entry('redemption', 'fruit-shop'))[0]!.type).toBe('points.redeemed');
    expect(eventsOf(entry('reversal', 'fruit-shop'))[0]!.type).toBe('points.reversed');
    expect(eventsOf(entry('expiry', 'system'))[0]).toMatchObject({ type: 'points.expired', merchantId: null });
    expect(eventsOf(entry('bonus', 'system'))[0]).toMatchObject({ type: 'points.earned', merchantId: null });
    expect(eventsOf(entry('adjustment', 'admin'))).toEqual([]);
  });

  it('sends nothing for a remembered refusal, a rewrite of an entry, or a removal', () => {
    const refusal = entry('earn', 'fruit-shop');
    delete refusal.newImage!.type;
    expect(eventsOf(refusal)).toEqual([]);
    expect(eventsOf({ ...entry('earn', 'fruit-shop'), eventName: 'MODIFY' })).toEqual([]);
    expect(eventsOf({ ...entry('earn', 'fruit-shop'), eventName: 'REMOVE' })).toEqual([]);
  });

  it('makes a member’s tier change a member.tier_changed, and a member write that keeps the tier nothing', () => {
    const member = (tier: string, since: string) => ({
      pk: 'MEMBER#m1',
      sk: 'MEMBER',
      tier,
      tierSince: since,
      pts: 10,
    });
    const changed: CommittedChange = {
      eventName: 'MODIFY',
      keys: { pk: 'MEMBER#m1', sk: 'MEMBER' },
      oldImage: member('silver', '2027-01-01T00:00:00Z'),
      newImage: member('gold', '2027-03-15T10:00:00Z'),
    };
    expect(eventsOf(changed)).toEqual([
      {
        eventId: expect.any(String),
        type: 'member.tier_changed',
        at: '2027-03-15T10:00:00Z',
        merchantId: null,
        data: { memberId: 'm1', fromTier: 'silver', toTier: 'gold', at: '2027-03-15T10:00:00Z' },
      },
    ]);
    expect(eventsOf({ ...changed, newImage: { ...changed.oldImage!, pts: 20 } })).toEqual([]);
  });

  it('makes an opened flag a flag.opened', () => {
    const flag: CommittedChange = {
      eventName: 'INSERT',
      keys: { pk: 'MEMBER#m1', sk: 'FLAG#2027-03-15#earnsPerMemberPerDay' },
      oldImage: null,
      newImage: {
        pk: 'MEMBER#m1',
        sk: 'FLAG#2027-03-15#earnsPerMemberPerDay',
        g3pk: 'FLAGS#open#3',
        g3sk: '2027-03-15T10:00:00.000Z#tx9',
      },
    };
    expect(eventsOf(flag)).toMatchObject([
      {
        type: 'flag.opened',
        merchantId: null,
        data: { flagId: '2027-03-15.earnsPerMemberPerDay.m1', transactionId: 'tx9', status: 'open' },
      },
    ]);
  });

  it("makes a transfer's request and its end transfer.* events of the partner, and any other transfer write nothing", () => {
    const transfer = (status: string, endedAt: string | null) => ({
      pk: 'TRANSFER#tr1',
      sk: 'TRANSFER',
      d: {
        transferId: 'tr1',
        transactionId: 'tx1',
        memberId: 'm1',
        partnerId: 'air',
        points: 60_000,
        units: 25_000,
        partnerAccount: 'FF-1',
        status,
        postedBy: 'fruit-shop',
        createdAt: '2027-03-15T10:00:00.000Z',
        expiresAt: '2027-03-18T10:00:00.000Z',
        ratePerThousand: 1_400,
        endedAt,
        partnerReference: null,
        reason: null,
      },
    });
    const requested: CommittedChange = {
      eventName: 'INSERT',
      keys: { pk: 'TRANSFER#tr1', sk: 'TRANSFER' },
      oldImage: null,
      newImage: transfer('pending', null),
    };
    expect(eventsOf(requested)).toMatchObject([
      {
        type: 'transfer.requested',
        merchantId: 'air',
        at: '2027-03-15T10:00:00.000Z',
        data: { transferId: 'tr1', units: 25_000, status: 'pending' },
      },
    ]);
    expect(eventsOf(requested)[0]!.data).not.toHaveProperty('ratePerThousand');
    for (const status of ['confirmed', 'rejected', 'expired'] as const) {
      const ended: CommittedChange = {
        eventName: 'MODIFY',
        keys: { pk: 'TRANSFER#tr1', sk: 'TRANSFER' },
        oldImage: transfer('pending', null),
        newImage: transfer(status, '2027-03-16T10:00:00.000Z'),
      };
      expect(eventsOf(ended)).toMatchObject([
        { type: `transfer.${status}`, merchantId: 'air', at: '2027-03-16T10:00:00.000Z', data: { status } },
      ]);
    }
    const rewritten: CommittedChange = {
      eventName: 'MODIFY',
      keys: { pk: 'TRANSFER#tr1', sk: 'TRANSFER' },
      oldImage: transfer('confirmed', '2027-03-16T10:00:00.000Z'),
      newImage: transfer('confirmed', '2027-03-16T10:00:00.000Z'),
    };
    expect(eventsOf(rewritten)).toEqual([]);
  });

  it('names only types of the contract, and makes one filter pattern per record kind for the event source mapping', () => {
    for (const source of EVENT_SOURCES) expect(EVENT_TYPES).toContain(source.type);
    expect(streamFilterPatterns()).toEqual([
      {
        eventName: ['INSERT'],
        dynamodb: {
          Keys: { sk: { S: ['TX'] } },
          NewImage: { type: { S: ['bonus', 'earn', 'expiry', 'redemption', 'reversal', 'task'] } },
        },
      },
      { eventName: ['INSERT'], dynamodb: { Keys: { sk: { S: ['TRANSFER'] } } } },
      { eventName: ['MODIFY'], dynamodb: { Keys: { sk: { S: ['TRANSFER'] } } } },
      { eventName: ['MODIFY'], dynamodb: { Keys: { sk: { S: ['MEMBER'] } } } },
      { eventName: ['INSERT'], dynamodb: { Keys: { sk: { S: [{ prefix: 'FLAG#' }] } } } },
    ]);
    // Lambda takes at most 5 filter patterns per event source mapping unless a quota is raised.
    expect(streamFilterPatterns().length).toBeLessThanOrEqual(5);
  });
});
