import { describe, expect, it } from 'vitest';
import { advanceRulesPage, rulesPage, type RulesSource } from '../../../shared/domain/rules-page.js';
import type { Game } from '../../../shared/domain/games.js';
import type { Promotion, Reward } from '../../../shared/domain/program.js';
import { fruitShop, hotel, program, tiers } from './fixtures.js';

const promotion = (promotionId: string, startsAt: string, endsAt: string): Promotion => ({
  promotionId,
  name: promotionId,
  startsAt,
  endsAt,
  conditions: `The ${promotionId} terms.`,
  effect: { kind: 'earnMultiplier', multiplier: 2 },
  scope: {},
});

const reward: Reward = {
  rewardId: 'voucher',
  name: 'Voucher',
  kind: 'voucher',
  costPoints: 1_000,
  valueMinor: 1_000,
  balance: 'points',
  stock: null,
  merchantId: null,
  conditions: 'One voucher.',
  creditOnly: false,
  priorityWindowHours: 0,
  active: true,
  publishedAt: '2027-01-01T00:00:00Z',
};

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
