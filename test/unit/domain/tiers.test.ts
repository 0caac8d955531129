import { describe, expect, it } from 'vitest';
import type { QualifyingActivity } from '../../../shared/domain/member.js';
import {
  effectiveTier,
  expiredBuckets,
  isInWindow,
  nextTier,
  nextTierReview,
  qualifiedTier,
  qualifyingInWindow,
  tierAfterEarn,
  tierRank,
} from '../../../shared/domain/tiers.js';
import { monthKey } from '../../../shared/domain/time.js';
import { tiers } from './fixtures.js';

const activity = (fields: Partial<QualifyingActivity>): QualifyingActivity => ({
  nights: 0,
  spendMinor: 0,
  points: 0,
  ...fields,
});
const MID_MARCH = new Date('2027-03-15T10:00:00Z');

describe('Function: isInWindow', () => {
  it.each([
    ['202703', true, 'the month of asOf'],
    ['202604', true, 'a month wholly inside the window'],
    ['202603', true, 'the month the window starts in, counted whole'],
    ['202602', false, 'the month before the window starts'],
    ['202704', false, 'a month after asOf'],
  ])('bucket %s at 2027-03-15 with a 12-month window: %s (%s)', (bucket, expected) => {
    // Act
    const inWindow = isInWindow(bucket, MID_MARCH, 12);

    // Assert
    expect(inWindow).toBe(expected);
  });

  it('holds the current month and the one the window starts in for a one-month window', () => {
    // Act
    const results = ['202701', '202702', '202703'].map((bucket) => isInWindow(bucket, MID_MARCH, 1));

    // Assert: (15 Feb, 15 Mar] touches February and March
    expect(results).toEqual([false, true, true]);
  });

  it('counts across a year boundary', () => {
    // Act
    const results = ['202609', '202610', '202611', '202612', '202701'].map((bucket) =>
      isInWindow(bucket, new Date('2027-01-10T00:00:00Z'), 3),
    );

    // Assert: (10 Oct 2026, 10 Jan 2027]
    expect(results).toEqual([false, true, true, true, true]);
  });

  it('moves on a month exactly at 00:00 UTC on the 1st', () => {
    // Act
    const marchAtEndOfMarch = isInWindow('202603', new Date('2027-03-31T23:59:59.999Z'), 12);
    const marchAtStartOfApril = isInWindow('202603', new Date('2027-04-01T00:00:00.000Z'), 12);
    const aprilAtStartOfApril = isInWindow('202604', new Date('2027-04-01T00:00:00.000Z'), 12);

    // Assert
    expect([marchAtEndOfMarch, marchAtStartOfApril, aprilAtStartOfApril]).toEqual([true, false, true]);
  });

  it('buckets by UTC month, so 07:59 on 1 July in Beijing is still June', () => {
    // Arrange
    const bucket = monthKey(new Date('2027-07-01T07:59:00+08:00'));

    // Act
    const inWindow = isInWindow(bucket, new Date('2028-07-15T00:00:00Z'), 12);

    // Assert: the window (15 Jul 2027, 15 Jul 2028] starts in July, so June 2027 is out
    expect(inWindow).toBe(false);
  });
});

describe('Function: isInWindow (API.md window)', () => {
  it('counts activity from within (X − 12 months, X], as API.md defines the window', () => {
    // Arrange: 20 March 2026 lies within (15 March 2026, 15 March 2027]
    const bucket = monthKey(new Date('2026-03-20T12:00:00Z'));

    // Act
    const inWindow = isInWindow(bucket, MID_MARCH, 12);

    // Assert
    expect(inWindow).toBe(true);
  });
});

describe('Function: qualifyingInWindow', () => {
  it('sums the buckets inside the window and ignores the rest', () => {
    // Arrange
    const buckets = {
      '202602': activity({ nights: 100 }),
      '202603': activity({ nights: 3, spendMinor: 1_000, points: 10 }),
      '202703': activity({ nights: 2, spendMinor: 500, points: 5 }),
    };

    // Act
    const sum = qualifyingInWindow(buckets, MID_MARCH, 12);

    // Assert
    expect(sum).toEqual({ nights: 5, spendMinor: 1_500, points: 15 });
  });

  it('is zero without buckets', () => {
    // Act
    const sum = qualifyingInWindow({}, MID_MARCH, 12);

    // Assert
    expect(sum).toEqual({ nights: 0, spendMinor: 0, points: 0 });
  });
});

describe('Function: expiredBuckets', () => {
  it('names the buckets that have left the window, not current or future ones', () => {
    // Arrange
    const buckets = {
      '202601': activity({}),
      '202603': activity({}),
      '202604': activity({}),
      '202703': activity({}),
      '202705': activity({}),
    };

    // Act
    const expired = expiredBuckets(buckets, MID_MARCH, 12);

    // Assert
    expect(expired.sort()).toEqual(['202601']);
  });

  it('puts every past bucket either in the window or among the expired, never both', () => {
    // Arrange
    const keys = ['202509', '202602', '202603', '202604', '202612', '202703'];
    const buckets = Object.fromEntries(keys.map((key) => [key, activity({})]));

    // Act
    const expired = new Set(expiredBuckets(buckets, MID_MARCH, 12));

    // Assert
    for (const key of keys) expect(expired.has(key)).toBe(!isInWindow(key, MID_MARCH, 12));
  });
});

describe('Function: qualifiedTier', () => {
  it.each([
    ['no activity', activity({}), 'basic'],
    ['the silver nights alone', activity({ nights: 10 }), 'silver'],
    ['the silver spend alone', activity({ spendMinor: 2_000_000 }), 'silver'],
    ['just under both silver thresholds', activity({ nights: 9, spendMinor: 1_999_999 }), 'basic'],
    ['the gold nights alone', activity({ nights: 25 }), 'gold'],
    ['the gold spend with no nights', activity({ spendMinor: 5_000_000 }), 'gold'],
    ['gold nights and only silver spend', activity({ nights: 25, spendMinor: 2_000_000 }), 'gold'],
    ['points, which no tier here asks for', activity({ points: 1_000_000 }), 'basic'],
  ])('with %s is %s', (_label, qualifying, expected) => {
    // Act
    const tier = qualifiedTier(tiers, qualifying);

    // Assert
    expect(tier.id).toBe(expected);
  });

  it('qualifies on a points threshold', () => {
    // Arrange
    const pointsTiers = [tiers[0]!, { id: 'star', name: 'Star', qualification: { points: 5_000 } }];

    // Act
    const results = [
      qualifiedTier(pointsTiers, activity({ points: 4_999 })).id,
      qualifiedTier(pointsTiers, activity({ points: 5_000 })).id,
    ];

    // Assert
    expect(results).toEqual(['basic', 'star']);
  });
});

describe('Function: tierAfterEarn', () => {
  it('upgrades a basic member whose activity crosses the silver threshold', () => {
    // Act
    const tierId = tierAfterEarn(tiers, 'basic', activity({ nights: 10 }));

    // Assert
    expect(tierId).toBe('silver');
  });

  it('upgrades silver straight to gold', () => {
    // Act
    const tierId = tierAfterEarn(tiers, 'silver', activity({ spendMinor: 5_000_000 }));

    // Assert
    expect(tierId).toBe('gold');
  });

  it('never downgrades a gold member with too little activity', () => {
    // Act
    const tierId = tierAfterEarn(tiers, 'gold', activity({ nights: 11 }));

    // Assert
    expect(tierId).toBe('gold');
  });

  it('keeps the tier when the activity qualifies for exactly it', () => {
    // Act
    const tierId = tierAfterEarn(tiers, 'silver', activity({ nights: 12 }));

    // Assert
    expect(tierId).toBe('silver');
  });
});

describe('Function: tierRank', () => {
  it('ranks tiers lowest first and an unknown id as the lowest', () => {
    // Act
    const ranks = ['basic', 'silver', 'gold', 'retired'].map((id) => tierRank(tiers, id));

    // Assert
    expect(ranks).toEqual([0, 1, 2, 0]);
  });
});

describe('Function: nextTier', () => {
  it('lists what is missing for each threshold of the next tier', () => {
    // Act
    const next = nextTier(tiers, 'basic', activity({ nights: 4, spendMinor: 500_000, points: 700 }));

    // Assert
    expect(next).toEqual({ id: 'silver', remaining: { nights: 6, spendMinor: 1_500_000 } });
  });

  it('never lists a negative remainder', () => {
    // Act: silver member past the gold nights but short of the gold spend
    const next = nextTier(tiers, 'silver', activity({ nights: 30, spendMinor: 100 }));

    // Assert
    expect(next).toEqual({ id: 'gold', remaining: { nights: 0, spendMinor: 4_999_900 } });
  });

  it('is null at the highest tier', () => {
    // Act
    const next = nextTier(tiers, 'gold', activity({}));

    // Assert
    expect(next).toBeNull();
  });
});

describe('Function: nextTierReview', () => {
  it('is the start of the next UTC month, when the window next changes', () => {
    // Act
    const review = nextTierReview(new Date('2027-12-31T23:00:00Z'));

    // Assert
    expect(review.toISOString()).toBe('2028-01-01T00:00:00.000Z');
  });
});

describe('Function: effectiveTier', () => {
  it('finds the member’s tier', () => {
    // Act
    const tier = effectiveTier(tiers, 'silver');

    // Assert
    expect(tier.name).toBe('Silver');
  });

  it('falls back to the lowest tier for an id no longer configured', () => {
    // Act
    const tier = effectiveTier(tiers, 'platinum');

    // Assert
    expect(tier.id).toBe('basic');
  });
});
