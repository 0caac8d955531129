import { describe, expect, it } from 'vitest';
import { EVENT_SOURCES, eventsOf, streamFilterPatterns, type CommittedChange } from '../../../shared/adapters/dynamodb/event-sources.js';
import { EVENT_TYPES } from '../../../shared/domain/webhooks.js';

const entry = (type: string, owner: string, extra: Record<string, unknown> = {}): CommittedChange => ({
  eventName: 'INSERT',
  keys: { pk: 'TX#tx1', sk: 'TX' },
  oldImage: null,
  newImage: { pk: 'TX#tx1', sk: 'TX', txId: 'tx1', type, own: owner, at: '2027-03-15T10:00:00.000Z', body: '{"transactionId":"tx1","points":10}', ...extra },
});

describe('The event table (committed record kind → event type)', () => {
  it('makes an earn a points.earned of its posting merchant, whose data is the answer kept on the entry', () => {
    expect(eventsOf(entry('earn', 'fruit-shop'))).toEqual([
      { eventId: expect.stringMatching(/^evt_[0-9a-f]{32}$/), type: 'points.earned', at: '2027-03-15T10:00:00.000Z', merchantId: 'fruit-shop', data: { transactionId: 'tx1', points: 10 } },
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
    const member = (tier: string, since: string) => ({ pk: 'MEMBER#m1', sk: 'MEMBER', tier, tierSince: since, pts: 10 });
    const changed: CommittedChange = { eventName: 'MODIFY', keys: { pk: 'MEMBER#m1', sk: 'MEMBER' }, oldImage: member('silver', '2027-01-01T00:00:00Z'), newImage: member('gold', '2027-03-15T10:00:00Z') };
    expect(eventsOf(changed)).toEqual([
      { eventId: expect.any(String), type: 'member.tier_changed', at: '2027-03-15T10:00:00Z', merchantId: null, data: { memberId: 'm1', fromTier: 'silver', toTier: 'gold', at: '2027-03-15T10:00:00Z' } },
    ]);
    expect(eventsOf({ ...changed, newImage: { ...changed.oldImage!, pts: 20 } })).toEqual([]);
  });

  it('makes an opened flag a flag.opened', () => {
    const flag: CommittedChange = {
      eventName: 'INSERT',
      keys: { pk: 'MEMBER#m1', sk: 'FLAG#2027-03-15#earnsPerMemberPerDay' },
      oldImage: null,
      newImage: { pk: 'MEMBER#m1', sk: 'FLAG#2027-03-15#earnsPerMemberPerDay', g3pk: 'FLAGS#open#3', g3sk: '2027-03-15T10:00:00.000Z#tx9' },
    };
    expect(eventsOf(flag)).toMatchObject([{ type: 'flag.opened', merchantId: null, data: { flagId: '2027-03-15.earnsPerMemberPerDay.m1', transactionId: 'tx9', status: 'open' } }]);
  });

  it('names only types of the contract, and makes one filter pattern per record kind for the event source mapping', () => {
    for (const source of EVENT_SOURCES) expect(EVENT_TYPES).toContain(source.type);
    expect(streamFilterPatterns()).toEqual([
      { eventName: ['INSERT'], dynamodb: { Keys: { sk: { S: ['TX'] } }, NewImage: { type: { S: ['bonus', 'earn', 'expiry', 'redemption', 'reversal', 'task'] } } } },
      { eventName: ['MODIFY'], dynamodb: { Keys: { sk: { S: ['MEMBER'] } } } },
      { eventName: ['INSERT'], dynamodb: { Keys: { sk: { S: [{ prefix: 'FLAG#' }] } } } },
    ]);
  });
});
