import { describe, expect, it } from 'vitest';
import {
  CreditRequiredError,
  InsufficientPointsError,
  MemberFrozenError,
  OutOfStockError,
  PriorityWindowError,
  ValidationError,
} from '../../../shared/domain/errors.js';
import type { Member } from '../../../shared/domain/member.js';
import type { Reward } from '../../../shared/domain/program.js';
import {
  assertRewardRedeemable,
  priceReward,
  pricePayment,
  priorityWindowEnd,
  type RewardPricing,
} from '../../../shared/domain/redemption.js';
import { member, program, promotion, reward, thrownBy } from './fixtures.js';

const SUMMER = new Date('2027-07-15T10:00:00Z');
const giftBox = reward({ rewardId: 'gift-box', costPoints: 500, stock: 100 });
const freeNight = reward({ rewardId: 'free-night', costPoints: 30_000, merchantId: 'lakeside-hotel', kind: 'night' });
const summerGiftBox = promotion({
  promotionId: 'summer-gift-box',
  effect: { kind: 'rewardPrice', costPoints: 400 },
  scope: { rewardIds: ['gift-box'] },
});

function price(fields: Partial<RewardPricing>) {
  return priceReward({
    program,
    reward: giftBox,
    merchantCategory: 'grocery',
    tierId: 'basic',
    creditStanding: 'standard',
    promotions: [],
    now: SUMMER,
    ...fields,
  });
}

describe('Function: priceReward', () => {
  it('charges the list price without a promotion', () => {
    // Act
    const quote = price({});

    // Assert
    expect(quote).toEqual({ costPoints: 500, listCostPoints: 500, promotionId: null });
  });

  it('charges 400 for the gift box during the watermelon season', () => {
    // Act
    const quote = price({ promotions: [summerGiftBox] });

    // Assert
    expect(quote).toEqual({ costPoints: 400, listCostPoints: 500, promotionId: 'summer-gift-box' });
  });

  it('charges the list price again once the promotion has ended', () => {
    // Act
    const quote = price({ promotions: [summerGiftBox], now: new Date('2027-09-01T00:00:00Z') });

    // Assert
    expect(quote).toEqual({ costPoints: 500, listCostPoints: 500, promotionId: null });
  });

  it('charges 25,000 for a free night in the off season', () => {
    // Arrange
    const offSeason = promotion({
      promotionId: 'off-season-nights',
      startsAt: '2027-11-01T00:00:00Z',
      endsAt: '2028-03-01T00:00:00Z',
      effect: { kind: 'rewardPrice', costPoints: 25_000 },
      scope: { rewardIds: ['free-night'] },
    });

    // Act
    const quote = price({
      reward: freeNight,
      merchantCategory: 'hotel',
      promotions: [offSeason],
      now: new Date('2028-02-29T12:00:00Z'),
    });

    // Assert
    expect(quote.costPoints).toBe(25_000);
    expect(quote.promotionId).toBe('off-season-nights');
  });

  it('lets the lowest of several rewardPrice promotions win, whatever their order', () => {
    // Arrange
    const a = promotion({ promotionId: 'a-450', effect: { kind: 'rewardPrice', costPoints: 450 } });
    const b = promotion({ promotionId: 'b-380', effect: { kind: 'rewardPrice', costPoints: 380 } });
    const c = promotion({ promotionId: 'c-420', effect: { kind: 'rewardPrice', costPoints: 420 } });

    // Act
    const quotes = [price({ promotions: [a, b, c] }), price({ promotions: [c, b, a] })];

    // Assert
    expect(quotes.map((quote) => [quote.costPoints, quote.promotionId])).toEqual([
      [380, 'b-380'],
      [380, 'b-380'],
    ]);
  });

  it('ignores a rewardPrice promotion scoped to another reward', () => {
    // Act
    const quote = price({ reward: freeNight, merchantCategory: 'hotel', promotions: [summerGiftBox] });

    // Assert
    expect(quote.costPoints).toBe(30_000);
  });

  it('applies a promotion scoped to the category of the reward’s merchant', () => {
    // Arrange
    const groceries = promotion({
      promotionId: 'grocery-sale',
      effect: { kind: 'rewardPrice', costPoints: 450 },
      scope: { categories: ['grocery'] },
    });

    // Act
    const inGrocery = price({ promotions: [groceries] });
    const inHotel = price({ reward: freeNight, merchantCategory: 'hotel', promotions: [groceries] });

    // Assert
    expect(inGrocery.costPoints).toBe(450);
    expect(inHotel.costPoints).toBe(30_000);
  });

  it('takes the credit discount off the promotion price for a good-credit member', () => {
    // Act
    const quote = price({ promotions: [summerGiftBox], creditStanding: 'good' });

    // Assert: 400 less 10%
    expect(quote).toEqual({ costPoints: 360, listCostPoints: 500, promotionId: 'summer-gift-box' });
  });

  it('rounds the discounted price down', () => {
    // Act
    const quote = price({ reward: reward({ rewardId: 'odd', costPoints: 333 }), creditStanding: 'good' });

    // Assert: 333 × 0.9 = 299.7
    expect(quote.costPoints).toBe(299);
  });

  it.each(['standard', 'poor'] as const)('gives no credit discount in %s standing', (creditStanding) => {
    // Act
    const quote = price({ creditStanding });

    // Assert
    expect(quote.costPoints).toBe(500);
  });
});

describe('Function: priorityWindowEnd', () => {
  it('ends priorityWindowHours after the reward was first published', () => {
    // Arrange
    const limited = reward({
      rewardId: 'r',
      costPoints: 1,
      stock: 10,
      priorityWindowHours: 48,
      publishedAt: '2027-07-01T09:00:00.000Z',
    });

    // Act
    const end = priorityWindowEnd(limited);

    // Assert
    expect(end?.toISOString()).toBe('2027-07-03T09:00:00.000Z');
  });

  it.each<[string, Partial<Reward>]>([
    ['unlimited stock', { stock: null }],
    ['no window hours', { priorityWindowHours: 0 }],
    ['never published', { publishedAt: null }],
  ])('is null for a reward with %s', (_label, fields) => {
    // Arrange
    const candidate = reward({ rewardId: 'r', costPoints: 1, stock: 10, priorityWindowHours: 48, ...fields });

    // Act
    const end = priorityWindowEnd(candidate);

    // Assert
    expect(end).toBeNull();
  });
});

describe('Function: assertRewardRedeemable', () => {
  const PUBLISHED = '2027-07-01T00:00:00.000Z';
  const WINDOW_END = new Date('2027-07-02T00:00:00.000Z');
  const limited = reward({
    rewardId: 'limited',
    costPoints: 500,
    stock: 10,
    priorityWindowHours: 24,
    publishedAt: PUBLISHED,
  });
  const rich = member({ balances: { points: 10_000, green: 0 } });

  function check(fields: {
    member?: Member;
    reward?: Reward;
    quantity?: number;
    totalPoints?: number;
    stockLeft?: number | null;
    now?: Date;
  }) {
    return () =>
      assertRewardRedeemable({
        member: rich,
        reward: limited,
        quantity: 1,
        totalPoints: 500,
        stockLeft: 10,
        now: WINDOW_END,
        ...fields,
      });
  }

  it('lets a redemption through when nothing stands in its way', () => {
    // Act + Assert
    expect(check({})).not.toThrow();
  });

  it('refuses a frozen member before anything else', () => {
    // Arrange: every other refusal would apply too
    const frozen = member({ frozen: true, frozenReason: 'fraud review', balances: { points: 0, green: 0 } });

    // Act
    const error = thrownBy(
      check({ member: frozen, reward: { ...limited, creditOnly: true }, stockLeft: 0, now: new Date(PUBLISHED) }),
    );

    // Assert
    expect(error).toBeInstanceOf(MemberFrozenError);
    expect(error).toMatchObject({ code: 'member_frozen' });
  });

  it('refuses a creditOnly reward to a standard member before window, stock and balance', () => {
    // Arrange
    const poorMember = member({ balances: { points: 0, green: 0 } });

    // Act
    const error = thrownBy(
      check({ member: poorMember, reward: { ...limited, creditOnly: true }, stockLeft: 0, now: new Date(PUBLISHED) }),
    );

    // Assert
    expect(error).toBeInstanceOf(CreditRequiredError);
    expect(error).toMatchObject({ code: 'credit_required' });
  });

  it('lets a good-credit member redeem a creditOnly reward', () => {
    // Act + Assert
    expect(
      check({ member: { ...rich, creditStanding: 'good' }, reward: { ...limited, creditOnly: true } }),
    ).not.toThrow();
  });

  it('refuses during the priority window before stock and balance', () => {
    // Arrange
    const broke = member({ balances: { points: 0, green: 0 } });

    // Act
    const error = thrownBy(check({ member: broke, stockLeft: 0, now: new Date('2027-07-01T12:00:00Z') }));

    // Assert
    expect(error).toBeInstanceOf(PriorityWindowError);
    expect(error).toMatchObject({ code: 'priority_window' });
  });

  it('refuses out of stock before insufficient points', () => {
    // Arrange
    const broke = member({ balances: { points: 0, green: 0 } });

    // Act
    const error = thrownBy(check({ member: broke, stockLeft: 0 }));

    // Assert
    expect(error).toBeInstanceOf(OutOfStockError);
    expect(error).toMatchObject({ code: 'out_of_stock' });
  });

  it('refuses insufficient points last', () => {
    // Act
    const error = thrownBy(check({ totalPoints: 10_001 }));

    // Assert
    expect(error).toBeInstanceOf(InsufficientPointsError);
    expect(error).toMatchObject({ code: 'insufficient_points' });
  });

  it('lets the exact balance pay', () => {
    // Act + Assert
    expect(check({ totalPoints: 10_000 })).not.toThrow();
  });

  it('refuses a quantity larger than the stock left', () => {
    // Act
    const error = thrownBy(check({ quantity: 3, stockLeft: 2, totalPoints: 1_500 }));

    // Assert
    expect(error).toBeInstanceOf(OutOfStockError);
  });

  it('still refuses one millisecond before the window ends', () => {
    // Act
    const error = thrownBy(check({ now: new Date(WINDOW_END.getTime() - 1) }));

    // Assert
    expect(error).toBeInstanceOf(PriorityWindowError);
  });

  it('is open to everyone exactly at the window’s end', () => {
    // Act + Assert
    expect(check({ now: WINDOW_END })).not.toThrow();
  });

  it('exempts good-credit members from the window', () => {
    // Act + Assert
    expect(check({ member: { ...rich, creditStanding: 'good' }, now: new Date(PUBLISHED) })).not.toThrow();
  });

  it('counts the window from publication, not from the reward’s stock or now', () => {
    // Arrange: published long ago, so its 24-hour window is long over
    const old = { ...limited, publishedAt: '2027-01-01T00:00:00.000Z' };

    // Act + Assert
    expect(check({ reward: old, now: new Date(PUBLISHED) })).not.toThrow();
  });

  it('has no window for an unlimited reward', () => {
    // Arrange
    const unlimited = { ...limited, stock: null };

    // Act + Assert
    expect(check({ reward: unlimited, stockLeft: null, now: new Date(PUBLISHED) })).not.toThrow();
  });

  it('checks a green reward against the green balance', () => {
    // Arrange
    const greenReward = reward({ rewardId: 'tote', costPoints: 200, balance: 'green' });
    const pointsOnly = member({ balances: { points: 10_000, green: 199 } });

    // Act
    const error = thrownBy(check({ member: pointsOnly, reward: greenReward, stockLeft: null, totalPoints: 200 }));

    // Assert
    expect(error).toBeInstanceOf(InsufficientPointsError);
  });
});

describe('Function: pricePayment', () => {
  it('needs 24,000 points for 40,000 fen at 60 per CNY', () => {
    // Act
    const points = pricePayment(program, 40_000);

    // Assert
    expect(points).toBe(24_000);
  });

  it('rounds up so 1 fen costs 1 point', () => {
    // Act
    const points = pricePayment(program, 1);

    // Assert
    expect(points).toBe(1);
  });

  it('follows the program’s rate', () => {
    // Act
    const points = pricePayment({ ...program, paymentPointsPerUnit: 100 }, 40_000);

    // Assert
    expect(points).toBe(40_000);
  });

  it('prices a payment of exactly 10^12 points', () => {
    // Act
    const points = pricePayment({ ...program, paymentPointsPerUnit: 1_000_000 }, 100_000_000);

    // Assert
    expect(points).toBe(1_000_000_000_000);
  });

  it('refuses a payment past 10^12 points with 400 naming payment.amountMinor', () => {
    // Act
    const error = thrownBy(() => pricePayment({ ...program, paymentPointsPerUnit: 1_000_000 }, 100_000_001));

    // Assert
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([{ path: 'payment.amountMinor', message: expect.any(String) }]);
  });
});
