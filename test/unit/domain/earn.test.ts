import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earnBalance, priceEarn, type EarnPricing } from '../../../shared/domain/earn.js';
import { ValidationError } from '../../../shared/domain/errors.js';
import type { CreditStanding, Merchant, PromotionScope } from '../../../shared/domain/program.js';
import { fruitShop, greenGrocer, hotel, program, promotion, thrownBy, tiers } from './fixtures.js';

const SUMMER = new Date('2027-07-15T10:00:00Z');

function earn(fields: Partial<EarnPricing>): ReturnType<typeof priceEarn> {
  return priceEarn({
    program,
    tiers,
    merchant: fruitShop,
    tierId: 'basic',
    creditStanding: 'standard',
    promotions: [],
    now: SUMMER,
    ...fields,
  });
}

const doublePoints = (scope: PromotionScope = {}) =>
  promotion({ promotionId: 'double-points', effect: { kind: 'earnMultiplier', multiplier: 2 }, scope });

describe('Function: priceEarn', () => {
  describe('spend rule', () => {
    it('earns 1 point per CNY at the fruit shop, with only a base line', () => {
      // Act
      const quote = earn({ amountMinor: 2_000 });

      // Assert
      expect(quote.points).toBe(20);
      expect(quote.breakdown).toEqual([{ source: 'base', points: 20 }]);
      expect(quote.balanceName).toBe('points');
    });

    it('rounds 99.99 CNY down to 99 points', () => {
      // Act
      const quote = earn({ amountMinor: 9_999 });

      // Assert
      expect(quote.points).toBe(99);
    });

    it('earns nothing for less than one yuan', () => {
      // Act
      const quote = earn({ amountMinor: 99 });

      // Assert
      expect(quote.points).toBe(0);
      expect(quote.breakdown).toEqual([{ source: 'base', points: 0 }]);
    });

    it('counts the spend and the points toward the tier window', () => {
      // Act
      const quote = earn({ amountMinor: 2_050 });

      // Assert
      expect(quote.qualifying).toEqual({ nights: 0, spendMinor: 2_050, points: 20 });
    });

    it('adds a tier line from the rule’s tierMultipliers for the member’s tier', () => {
      // Arrange
      const shop: Merchant = {
        ...fruitShop,
        earnRules: [{ kind: 'spend', points: 1, perMinor: 100, tierMultipliers: { gold: 1.5 } }],
      };

      // Act
      const gold = earn({ merchant: shop, tierId: 'gold', amountMinor: 100_000 });
      const silver = earn({ merchant: shop, tierId: 'silver', amountMinor: 100_000 });

      // Assert
      expect(gold.breakdown).toEqual([
        { source: 'base', points: 1_000 },
        { source: 'tier', points: 500 },
      ]);
      expect(gold.points).toBe(1_500);
      expect(silver.breakdown).toEqual([{ source: 'base', points: 1_000 }]);
    });

    it('rounds a tier multiplier’s extra down', () => {
      // Arrange
      const shop: Merchant = {
        ...fruitShop,
        earnRules: [{ kind: 'spend', points: 1, perMinor: 100, tierMultipliers: { silver: 1.25 } }],
      };

      // Act
      const quote = earn({ merchant: shop, tierId: 'silver', amountMinor: 1_100 });

      // Assert: floor(11 × 0.25) = 2
      expect(quote.breakdown).toEqual([
        { source: 'base', points: 11 },
        { source: 'tier', points: 2 },
      ]);
    });
  });

  describe('night rule', () => {
    it.each([
      ['basic', 1_000, []],
      ['silver', 1_200, [{ source: 'tier', points: 200 }]],
      ['gold', 1_500, [{ source: 'tier', points: 500 }]],
    ])(
      'earns %s members %i points a night: the lowest tier’s rate as base, the rest as tier',
      (tierId, total, tierLines) => {
        // Act
        const quote = earn({ merchant: hotel, tierId, nights: 1 });

        // Assert
        expect(quote.points).toBe(total);
        expect(quote.breakdown).toEqual([{ source: 'base', points: 1_000 }, ...tierLines]);
      },
    );

    it('earns a gold member 30,000 points for 20 nights: one free night', () => {
      // Act
      const quote = earn({ merchant: hotel, tierId: 'gold', nights: 20 });

      // Assert
      expect(quote.points).toBe(30_000);
      expect(quote.breakdown).toEqual([
        { source: 'base', points: 20_000 },
        { source: 'tier', points: 10_000 },
      ]);
      expect(quote.qualifying).toEqual({ nights: 20, spendMinor: 0, points: 30_000 });
    });

    it('pays the lowest tier’s rate to a tier the rule does not name', () => {
      // Arrange
      const platinumTiers = [...tiers, { id: 'platinum', name: 'Platinum', qualification: { nights: 50 } }];

      // Act
      const quote = earn({ merchant: hotel, tiers: platinumTiers, tierId: 'platinum', nights: 2 });

      // Assert
      expect(quote.breakdown).toEqual([{ source: 'base', points: 2_000 }]);
    });
  });

  describe('promotions', () => {
    it('doubles the fruit shop’s points: 20 CNY earns base 20 and promotion 20', () => {
      // Act
      const quote = earn({ amountMinor: 2_000, promotions: [doublePoints({ merchantIds: ['fruit-shop'] })] });

      // Assert
      expect(quote.points).toBe(40);
      expect(quote.breakdown).toEqual([
        { source: 'base', points: 20 },
        { source: 'promotion', points: 20, promotionId: 'double-points' },
      ]);
    });

    it('applies from exactly startsAt', () => {
      // Act
      const quote = earn({ amountMinor: 2_000, promotions: [doublePoints()], now: new Date('2027-06-01T00:00:00Z') });

      // Assert
      expect(quote.points).toBe(40);
    });

    it('no longer applies at endsAt', () => {
      // Act
      const quote = earn({ amountMinor: 2_000, promotions: [doublePoints()], now: new Date('2027-09-01T00:00:00Z') });

      // Assert
      expect(quote.points).toBe(20);
      expect(quote.breakdown).toEqual([{ source: 'base', points: 20 }]);
    });

    it('multiplies the base only, not the tier extra', () => {
      // Act: a gold night is base 1,000 + tier 500; double points add floor(1,000 × 1)
      const quote = earn({ merchant: hotel, tierId: 'gold', nights: 1, promotions: [doublePoints()] });

      // Assert
      expect(quote.breakdown).toEqual([
        { source: 'base', points: 1_000 },
        { source: 'tier', points: 500 },
        { source: 'promotion', points: 1_000, promotionId: 'double-points' },
      ]);
      expect(quote.points).toBe(2_500);
    });

    it('adds bonusPoints as they are', () => {
      // Arrange
      const bonus = promotion({ promotionId: 'welcome-bonus', effect: { kind: 'bonusPoints', points: 500 } });

      // Act
      const quote = earn({ amountMinor: 2_000, promotions: [bonus] });

      // Assert
      expect(quote.breakdown).toEqual([
        { source: 'base', points: 20 },
        { source: 'promotion', points: 500, promotionId: 'welcome-bonus' },
      ]);
      expect(quote.points).toBe(520);
    });

    it('shows each promotion in force as its own line, by promotionId', () => {
      // Arrange
      const bonus = promotion({ promotionId: 'a-bonus', effect: { kind: 'bonusPoints', points: 5 } });
      const triple = promotion({ promotionId: 'z-triple', effect: { kind: 'earnMultiplier', multiplier: 3 } });

      // Act
      const quote = earn({ amountMinor: 1_000, promotions: [triple, bonus] });

      // Assert
      expect(quote.breakdown).toEqual([
        { source: 'base', points: 10 },
        { source: 'promotion', points: 5, promotionId: 'a-bonus' },
        { source: 'promotion', points: 20, promotionId: 'z-triple' },
      ]);
    });

    it('adds nothing for a rewardPrice promotion', () => {
      // Arrange
      const cheaper = promotion({ promotionId: 'cheap-box', effect: { kind: 'rewardPrice', costPoints: 400 } });

      // Act
      const quote = earn({ amountMinor: 2_000, promotions: [cheaper] });

      // Assert
      expect(quote.breakdown).toEqual([{ source: 'base', points: 20 }]);
    });

    it('counts promotion points toward the tier window', () => {
      // Act
      const quote = earn({ amountMinor: 2_000, promotions: [doublePoints()] });

      // Assert
      expect(quote.qualifying.points).toBe(40);
    });
  });

  describe('promotion scope', () => {
    const cases: [string, PromotionScope, { tierId?: string; creditStanding?: CreditStanding }, boolean][] = [
      ['an empty scope (the whole program)', {}, {}, true],
      ['its merchant', { merchantIds: ['fruit-shop'] }, {}, true],
      ['another merchant', { merchantIds: ['lakeside-hotel'] }, {}, false],
      ['one of several merchants (OR)', { merchantIds: ['lakeside-hotel', 'fruit-shop'] }, {}, true],
      ['its category', { categories: ['grocery'] }, {}, true],
      ['another category', { categories: ['hotel'] }, {}, false],
      ['its merchant AND another category', { merchantIds: ['fruit-shop'], categories: ['hotel'] }, {}, false],
      ['its merchant AND its category', { merchantIds: ['fruit-shop'], categories: ['fuel', 'grocery'] }, {}, true],
      ['the member’s tier', { tiers: ['silver', 'gold'] }, { tierId: 'gold' }, true],
      ['another tier', { tiers: ['gold'] }, { tierId: 'silver' }, false],
      ['the member’s credit standing', { creditStandings: ['good'] }, { creditStanding: 'good' }, true],
      ['another credit standing', { creditStandings: ['good'] }, { creditStanding: 'standard' }, false],
      ['a tier that matches AND a standing that does not', { tiers: ['basic'], creditStandings: ['poor'] }, {}, false],
      ['rewardIds alone', { rewardIds: ['gift-box'] }, {}, false],
      ['rewardIds with a matching merchant', { merchantIds: ['fruit-shop'], rewardIds: ['gift-box'] }, {}, false],
    ];

    it.each(cases)('scoped to %s applies: %s', (_label, scope, member, applies) => {
      // Act
      const quote = earn({ amountMinor: 2_000, promotions: [doublePoints(scope)], ...member });

      // Assert
      const promotionLines = quote.breakdown.filter((line) => line.source === 'promotion');
      expect(promotionLines).toHaveLength(applies ? 1 : 0);
    });
  });

  describe('credit perks', () => {
    it('adds a credit line for a member in good standing', () => {
      // Act
      const quote = earn({ amountMinor: 100_000, creditStanding: 'good' });

      // Assert: 1,000 × 1.2 adds exactly 200
      expect(quote.breakdown).toEqual([
        { source: 'base', points: 1_000 },
        { source: 'credit', points: 200 },
      ]);
      expect(quote.points).toBe(1_200);
    });

    it.each(['standard', 'poor'] as const)('adds no credit line in %s standing', (creditStanding) => {
      // Act
      const quote = earn({ amountMinor: 100_000, creditStanding });

      // Assert
      expect(quote.breakdown).toEqual([{ source: 'base', points: 1_000 }]);
    });

    it('adds no credit line when the program’s multiplier is 1', () => {
      // Act
      const quote = earn({
        program: { ...program, creditPerks: { earnMultiplier: 1, redemptionDiscountPercent: 0 } },
        amountMinor: 100_000,
        creditStanding: 'good',
      });

      // Assert
      expect(quote.breakdown).toEqual([{ source: 'base', points: 1_000 }]);
    });

    it('multiplies the base after tier and promotion lines', () => {
      // Act
      const quote = earn({
        merchant: hotel,
        tierId: 'silver',
        nights: 1,
        creditStanding: 'good',
        promotions: [doublePoints()],
      });

      // Assert
      expect(quote.breakdown).toEqual([
        { source: 'base', points: 1_000 },
        { source: 'tier', points: 200 },
        { source: 'promotion', points: 1_000, promotionId: 'double-points' },
        { source: 'credit', points: 200 },
      ]);
      expect(quote.points).toBe(2_400);
    });
  });

  describe('green balance', () => {
    it('credits green points and counts nothing toward tiers', () => {
      // Act
      const quote = earn({ merchant: greenGrocer, amountMinor: 5_000 });

      // Assert
      expect(quote.balanceName).toBe('green');
      expect(quote.points).toBe(50);
      expect(quote.qualifying).toEqual({ nights: 0, spendMinor: 0, points: 0 });
    });

    it('applies the credit multiplier to a green earn as well', () => {
      // Act
      const quote = earn({ merchant: greenGrocer, amountMinor: 100_000, creditStanding: 'good' });

      // Assert
      expect(quote.breakdown).toContainEqual({ source: 'credit', points: 200 });
    });
  });

  describe('errors', () => {
    it('refuses an amount at a merchant without a spend rule, naming amountMinor', () => {
      // Act
      const error = thrownBy(() => earn({ merchant: hotel, amountMinor: 50_000 }));

      // Assert
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors).toEqual([{ path: 'amountMinor', message: expect.any(String) }]);
    });

    it('refuses nights at a merchant without a per-night rule, naming nights', () => {
      // Act
      const error = thrownBy(() => earn({ merchant: fruitShop, nights: 2 }));

      // Assert
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors).toEqual([{ path: 'nights', message: expect.any(String) }]);
    });
  });

  it('always has a breakdown that adds up to its points', () => {
    const scope = fc.record(
      {
        merchantIds: fc.subarray(['fruit-shop', 'lakeside-hotel']),
        tiers: fc.subarray(['basic', 'silver', 'gold']),
        creditStandings: fc.subarray(['good', 'standard', 'poor'] as CreditStanding[]),
      },
      { requiredKeys: [] },
    );
    const effect = fc.oneof(
      fc.record({
        kind: fc.constant('earnMultiplier' as const),
        multiplier: fc.integer({ min: 1_000_000, max: 10_000_000 }).map((m) => m / 1_000_000),
      }),
      fc.record({ kind: fc.constant('bonusPoints' as const), points: fc.integer({ min: 1, max: 1_000_000 }) }),
    );
    const promotions = fc.uniqueArray(
      fc.record({ promotionId: fc.stringMatching(/^[a-z]{1,8}$/), effect, scope }).map((p) => promotion(p)),
      { maxLength: 4, selector: (p) => p.promotionId },
    );
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 365 }),
        fc.constantFrom('basic', 'silver', 'gold'),
        fc.constantFrom<CreditStanding>('good', 'standard', 'poor'),
        promotions,
        (atHotel, amountMinor, nights, tierId, creditStanding, promotionList) => {
          // Act
          const quote = earn({
            merchant: atHotel ? hotel : fruitShop,
            ...(atHotel ? { nights } : { amountMinor }),
            tierId,
            creditStanding,
            promotions: promotionList,
          });

          // Assert
          expect(quote.breakdown.reduce((sum, line) => sum + line.points, 0)).toBe(quote.points);
          expect(quote.breakdown[0]!.source).toBe('base');
          expect(quote.breakdown.slice(1).every((line) => Number.isInteger(line.points) && line.points > 0)).toBe(true);
        },
      ),
    );
  });
});

describe('Function: earnBalance', () => {
  it('is points for a merchant whose rules name no balance', () => {
    // Act
    const balance = earnBalance(fruitShop.earnRules);

    // Assert
    expect(balance).toBe('points');
  });

  it('is the balance a spend rule names', () => {
    // Act
    const balance = earnBalance(greenGrocer.earnRules);

    // Assert
    expect(balance).toBe('green');
  });

  it('is points for a merchant with only a night rule', () => {
    // Act
    const balance = earnBalance(hotel.earnRules);

    // Assert
    expect(balance).toBe('points');
  });
});

describe('Function: priceEarn, exact and bounded', () => {
  const bigSpender: Merchant = { ...fruitShop, earnRules: [{ kind: 'spend', points: 1_000_000, perMinor: 1 }] };

  it('prices an earn of exactly 10^12 points', () => {
    // Act
    const quote = earn({ merchant: bigSpender, amountMinor: 1_000_000 });

    // Assert
    expect(quote.points).toBe(1_000_000_000_000);
  });

  it('refuses an earn one unit past 10^12 points with 400 naming amountMinor', () => {
    // Act
    const error = thrownBy(() => earn({ merchant: bigSpender, amountMinor: 1_000_001 }));

    // Assert
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([
      { path: 'amountMinor', message: expect.stringContaining('1000001000000') },
    ]);
  });

  it('refuses an earn that only its multipliers take past 10^12 points', () => {
    // Arrange: a base of 6 × 10^11 and a double-points promotion
    const promotions = [doublePoints()];

    // Act
    const error = thrownBy(() => earn({ merchant: bigSpender, amountMinor: 600_000, promotions }));

    // Assert
    expect(error).toBeInstanceOf(ValidationError);
  });

  it('equals a BigInt reference for any spend, fractional tier, promotion and credit multipliers', () => {
    const millionths = fc.integer({ min: 1_000_000, max: 10_000_000 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        millionths,
        millionths,
        millionths,
        (amountMinor, perMinor, pointsPerUnit, tierM, promotionM, creditM) => {
          // Arrange: each multiplier is an exact number of millionths, so the reference works in millionths
          const merchant: Merchant = {
            ...fruitShop,
            earnRules: [{ kind: 'spend', points: pointsPerUnit, perMinor, tierMultipliers: { gold: tierM / 1e6 } }],
          };
          const base = (BigInt(amountMinor) / BigInt(perMinor)) * BigInt(pointsPerUnit);
          const extra = (m: number) => (base * BigInt(m - 1_000_000)) / 1_000_000n;
          const expected = base + extra(tierM) + extra(promotionM) + extra(creditM);
          const fields: Partial<EarnPricing> = {
            merchant,
            tierId: 'gold',
            creditStanding: 'good',
            program: { ...program, creditPerks: { earnMultiplier: creditM / 1e6, redemptionDiscountPercent: 0 } },
            promotions: [
              promotion({ promotionId: 'boost', effect: { kind: 'earnMultiplier', multiplier: promotionM / 1e6 } }),
            ],
            amountMinor,
          };

          // Act
          const outcome = expected > 1_000_000_000_000n ? thrownBy(() => earn(fields)) : earn(fields);

          // Assert
          if (expected > 1_000_000_000_000n) expect(outcome).toBeInstanceOf(ValidationError);
          else {
            const quote = outcome as ReturnType<typeof priceEarn>;
            expect(BigInt(quote.points)).toBe(expected);
            expect(quote.breakdown.reduce((sum, line) => sum + line.points, 0)).toBe(quote.points);
          }
        },
      ),
    );
  });
});
