import { describe, expect, it } from 'vitest';
import type { PromotionScope } from '../../../shared/domain/program.js';
import {
  isForwardTransition,
  isInForce,
  promotionStatus,
  promotionsInForce,
  scopeMatches,
  type PromotionStatus,
  type ScopeSubject,
} from '../../../shared/domain/promotions.js';
import { promotion } from './fixtures.js';

const summer = promotion({
  promotionId: 'summer',
  startsAt: '2027-06-01T00:00:00Z',
  endsAt: '2027-09-01T00:00:00Z',
  effect: { kind: 'earnMultiplier', multiplier: 2 },
});

describe('Function: isInForce', () => {
  it.each([
    ['one millisecond before startsAt', '2027-05-31T23:59:59.999Z', false],
    ['exactly at startsAt', '2027-06-01T00:00:00.000Z', true],
    ['in the middle', '2027-07-15T12:00:00.000Z', true],
    ['one millisecond before endsAt', '2027-08-31T23:59:59.999Z', true],
    ['exactly at endsAt', '2027-09-01T00:00:00.000Z', false],
    ['after endsAt', '2027-10-01T00:00:00.000Z', false],
  ])('%s: %s', (_label, now, expected) => {
    // Act
    const inForce = isInForce(summer, new Date(now));

    // Assert
    expect(inForce).toBe(expected);
  });

  it('reads times with an offset: 08:00 at +08:00 is 00:00Z', () => {
    // Arrange
    const beijing = { ...summer, startsAt: '2027-07-01T08:00:00+08:00', endsAt: '2027-07-02T08:00:00+08:00' };

    // Act
    const atStart = isInForce(beijing, new Date('2027-07-01T00:00:00Z'));
    const justBefore = isInForce(beijing, new Date('2027-06-30T23:59:59.999Z'));
    const atEnd = isInForce(beijing, new Date('2027-07-02T00:00:00Z'));

    // Assert
    expect([justBefore, atStart, atEnd]).toEqual([false, true, false]);
  });
});

describe('Function: promotionStatus', () => {
  it.each<[string, PromotionStatus]>([
    ['2027-05-31T23:59:59.999Z', 'scheduled'],
    ['2027-06-01T00:00:00.000Z', 'active'],
    ['2027-08-31T23:59:59.999Z', 'active'],
    ['2027-09-01T00:00:00.000Z', 'ended'],
  ])('at %s is %s', (now, expected) => {
    // Act
    const status = promotionStatus(summer, new Date(now));

    // Assert
    expect(status).toBe(expected);
  });

  it('is ended as soon as endsAt is moved into the past', () => {
    // Arrange: a promotion ended early by a PUT
    const endedEarly = { ...summer, endsAt: '2027-07-01T00:00:00Z' };

    // Act
    const status = promotionStatus(endedEarly, new Date('2027-07-15T00:00:00Z'));

    // Assert
    expect(status).toBe('ended');
  });
});

describe('Function: isForwardTransition', () => {
  it.each<[PromotionStatus | null, PromotionStatus, boolean]>([
    [null, 'scheduled', true],
    [null, 'active', true],
    [null, 'ended', true],
    ['scheduled', 'active', true],
    ['scheduled', 'ended', true],
    ['active', 'ended', true],
    ['scheduled', 'scheduled', false],
    ['active', 'active', false],
    ['ended', 'ended', false],
    ['active', 'scheduled', false],
    ['ended', 'active', false],
    ['ended', 'scheduled', false],
  ])('%s → %s is forward: %s', (from, to, expected) => {
    // Act
    const forward = isForwardTransition(from, to);

    // Assert
    expect(forward).toBe(expected);
  });
});

describe('Function: scopeMatches', () => {
  const subject: ScopeSubject = {
    merchantId: 'fruit-shop',
    category: 'grocery',
    rewardId: 'gift-box',
    tierId: 'silver',
    creditStanding: 'good',
  };

  it.each<[string, PromotionScope, boolean]>([
    ['an empty scope', {}, true],
    ['empty lists', { merchantIds: [], categories: [] }, true],
    ['the merchant', { merchantIds: ['fruit-shop'] }, true],
    ['one of several merchants', { merchantIds: ['hotel', 'fruit-shop'] }, true],
    ['another merchant', { merchantIds: ['hotel'] }, false],
    ['the category', { categories: ['grocery'] }, true],
    ['another category', { categories: ['fuel'] }, false],
    ['the reward', { rewardIds: ['gift-box'] }, true],
    ['another reward', { rewardIds: ['free-night'] }, false],
    ['the tier', { tiers: ['silver'] }, true],
    ['another tier', { tiers: ['gold'] }, false],
    ['the standing', { creditStandings: ['good'] }, true],
    ['another standing', { creditStandings: ['standard', 'poor'] }, false],
    [
      'every field matching',
      {
        merchantIds: ['fruit-shop'],
        categories: ['grocery'],
        rewardIds: ['gift-box'],
        tiers: ['silver'],
        creditStandings: ['good'],
      },
      true,
    ],
    [
      'all but one field matching',
      {
        merchantIds: ['fruit-shop'],
        categories: ['grocery'],
        rewardIds: ['gift-box'],
        tiers: ['gold'],
        creditStandings: ['good'],
      },
      false,
    ],
  ])('%s matches: %s', (_label, scope, expected) => {
    // Act
    const matches = scopeMatches(scope, subject);

    // Assert
    expect(matches).toBe(expected);
  });

  it('never matches a scope field the subject lacks', () => {
    // Arrange: an earn has no reward; a reward may have no merchant
    const earn: ScopeSubject = {
      merchantId: 'fruit-shop',
      category: 'grocery',
      tierId: 'basic',
      creditStanding: 'standard',
    };
    const programReward: ScopeSubject = {
      merchantId: null,
      category: null,
      rewardId: 'voucher',
      tierId: 'basic',
      creditStanding: 'standard',
    };

    // Act
    const results = [
      scopeMatches({ rewardIds: ['gift-box'] }, earn),
      scopeMatches({ merchantIds: ['fruit-shop'] }, programReward),
      scopeMatches({ categories: ['grocery'] }, programReward),
    ];

    // Assert
    expect(results).toEqual([false, false, false]);
  });
});

describe('Function: promotionsInForce', () => {
  const subject: ScopeSubject = {
    merchantId: 'fruit-shop',
    category: 'grocery',
    tierId: 'basic',
    creditStanding: 'standard',
  };

  it('keeps only promotions in force whose scope matches, sorted by promotionId', () => {
    // Arrange
    const b = promotion({ promotionId: 'b', effect: { kind: 'bonusPoints', points: 1 } });
    const a = promotion({
      promotionId: 'a',
      effect: { kind: 'bonusPoints', points: 1 },
      scope: { categories: ['grocery'] },
    });
    const later = promotion({
      promotionId: 'c',
      effect: { kind: 'bonusPoints', points: 1 },
      startsAt: '2027-08-01T00:00:00Z',
    });
    const hotelOnly = promotion({
      promotionId: 'd',
      effect: { kind: 'bonusPoints', points: 1 },
      scope: { categories: ['hotel'] },
    });

    // Act
    const inForce = promotionsInForce([later, b, hotelOnly, a], new Date('2027-07-01T00:00:00Z'), subject);

    // Assert
    expect(inForce.map((p) => p.promotionId)).toEqual(['a', 'b']);
  });
});
