import { describe, expect, it } from 'vitest';
import { advanceRulesPage, rulesPage, type RulesSource } from '../../../shared/domain/rules-page.js';
import type { Game } from '../../../shared/domain/games.js';
import type { Promotion } from '../../../shared/domain/program.js';
import { fruitShop, hotel, program, tiers, voucher as reward } from './fixtures.js';

const promotion = (promotionId: string, startsAt: string, endsAt: string): Promotion => ({
  promotionId,
  name: promotionId,
  startsAt,
  endsAt,
  conditions: `The ${promotionId} terms.`,
  effect: { kind: 'earnMultiplier', multiplier: 2 },
  scope: {},
});

const wheel: Game = {
  gameId: 'wheel',
  name: 'Wheel',
  kind: 'wheel',
  conditions: 'One spin.',
  costPoints: 10,
  prizes: [{ prizeId: 'big', name: 'Big', points: 100, count: 1 }],
  blanks: 9,
  startsAt: '2027-03-01T00:00:00Z',
  endsAt: '2027-03-10T00:00:00Z',
};

const EFFECTIVE_FROM = '2027-02-01T00:00:00.000Z';

/** A version with a promotion already running, one to come, one ended before the version, and a game that ends within it. */
const source: RulesSource = {
  version: 7,
  effectiveFrom: EFFECTIVE_FROM,
  program,
  tiers,
  merchants: new Map([
    [hotel.merchantId, hotel],
    [fruitShop.merchantId, fruitShop],
  ]),
  rewards: new Map([[reward.rewardId, reward]]),
  promotions: [
    promotion('running', '2027-01-15T00:00:00Z', '2027-03-01T00:00:00Z'),
    promotion('spring', '2027-03-05T00:00:00Z', '2027-04-01T00:00:00Z'),
    promotion('winter', '2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z'),
  ],
  games: [{ game: wheel, commitment: 'c0ffee' }],
};

describe('Function: rulesPage / advanceRulesPage', () => {
  it('shows the version and when it took effect first, and every running or coming promotion with its status at the moment', () => {
    // Act
    const page = rulesPage(source, new Date(EFFECTIVE_FROM));

    // Assert
    expect(Object.keys(page).slice(0, 2)).toEqual(['version', 'effectiveFrom']);
    expect(page).toMatchObject({ version: 7, effectiveFrom: '2027-02-01T00:00:00.000Z' });
    expect(page.promotions.map(({ promotionId, status }) => [promotionId, status])).toEqual([
      ['running', 'active'],
      ['spring', 'scheduled'],
    ]);
    expect(page.earnRules.map((rules) => rules.merchantId)).toEqual(['fruit-shop', 'lakeside-hotel']);
    expect(page.games.map((game) => game.gameId)).toEqual(['wheel']);
  });

  it.each([
    ['the moment the version took effect', '2027-02-01T00:00:00.000Z'],
    ['the instant a promotion ends', '2027-03-01T00:00:00.000Z'],
    ['the instant one starts', '2027-03-05T00:00:00.000Z'],
    ['within the game', '2027-03-09T23:59:59.999Z'],
    ['the instant the game ends', '2027-03-10T00:00:00.000Z'],
    ['after everything has ended', '2027-05-01T00:00:00.000Z'],
  ])(
    'brings the page answered when the version took effect to %s, byte for byte what the page then answers',
    (_, at) => {
      // Arrange
      const first = JSON.stringify(rulesPage(source, new Date(EFFECTIVE_FROM)));

      // Act
      const advanced = JSON.stringify(advanceRulesPage(JSON.parse(first), new Date(at)));

      // Assert
      expect(advanced).toBe(JSON.stringify(rulesPage(source, new Date(at))));
    },
  );

  it('drops an ended promotion and game, and moves a scheduled promotion to active, as time passes within a version', () => {
    // Arrange
    const first = rulesPage(source, new Date(EFFECTIVE_FROM));

    // Act
    const later = advanceRulesPage(first, new Date('2027-03-10T00:00:00.000Z'));

    // Assert
    expect(later.promotions.map(({ promotionId, status }) => [promotionId, status])).toEqual([['spring', 'active']]);
    expect(later.games).toEqual([]);
    expect(later.version).toBe(7);
  });
});

/** The same version with a payment-rate rise and a price rise waiting for their dates, and one on a reward off offer. */
const waiting: RulesSource = {
  ...source,
  program: {
    ...program,
    upcoming: [{ effectiveAt: '2027-03-01T00:00:00.000Z', path: 'program.paymentPointsPerUnit', from: 60, to: 80 }],
  },
  rewards: new Map([
    [
      reward.rewardId,
      {
        ...reward,
        upcoming: [
          { effectiveAt: '2027-02-15T00:00:00.000Z', path: 'rewards.voucher.costPoints', from: 1_000, to: 1_200 },
        ],
      },
    ],
    [
      'retired',
      {
        ...reward,
        rewardId: 'retired',
        active: false,
        upcoming: [
          { effectiveAt: '2027-02-10T00:00:00.000Z', path: 'rewards.retired.costPoints', from: 1_000, to: 9_000 },
        ],
      },
    ],
  ]),
};

describe('Function: rulesPage / advanceRulesPage with changes waiting for their date', () => {
  it('shows the old values and lists what waits for rewards on offer and the program, soonest first, last on the page', () => {
    // Act
    const page = rulesPage(waiting, new Date(EFFECTIVE_FROM));

    // Assert
    expect(Object.keys(page).at(-1)).toBe('upcoming');
    expect(page.program.paymentPointsPerUnit).toBe(60);
    expect(page.rewards.map((shown) => [shown.rewardId, shown.costPoints])).toEqual([['voucher', 1_000]]);
    expect(page.upcoming.map((change) => change.path)).toEqual([
      'rewards.voucher.costPoints',
      'program.paymentPointsPerUnit',
    ]);
  });

  it('shows an empty list when nothing waits', () => {
    // Act
    const page = rulesPage(source, new Date(EFFECTIVE_FROM));

    // Assert
    expect(page.upcoming).toEqual([]);
  });

  it.each([
    ['just before the first date', '2027-02-14T23:59:59.999Z'],
    ['the first date', '2027-02-15T00:00:00.000Z'],
    ['between the dates', '2027-02-20T00:00:00.000Z'],
    ['the second date', '2027-03-01T00:00:00.000Z'],
    ['long after', '2027-05-01T00:00:00.000Z'],
  ])('brings the page to %s byte for byte as rulesPage answers then', (_, at) => {
    // Arrange
    const first = JSON.stringify(rulesPage(waiting, new Date(EFFECTIVE_FROM)));

    // Act
    const advanced = JSON.stringify(advanceRulesPage(JSON.parse(first), new Date(at)));

    // Assert
    expect(advanced).toBe(JSON.stringify(rulesPage(waiting, new Date(at))));
  });

  it('applies each change on its date and takes it off the list', () => {
    // Arrange
    const first = rulesPage(waiting, new Date(EFFECTIVE_FROM));

    // Act
    const later = advanceRulesPage(first, new Date('2027-02-20T00:00:00.000Z'));

    // Assert
    expect(later.rewards[0]!.costPoints).toBe(1_200);
    expect(later.program.paymentPointsPerUnit).toBe(60);
    expect(later.upcoming.map((change) => change.path)).toEqual(['program.paymentPointsPerUnit']);
  });
});
