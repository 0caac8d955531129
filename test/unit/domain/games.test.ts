import { describe, expect, it } from 'vitest';
import { GameLockedError, GameNotActiveError, GameSoldOutError } from '../../../shared/domain/errors.js';
import {
  BLANK,
  commitmentOf,
  drawUrn,
  expectedReturnPoints,
  gameChange,
  gameShapeErrors,
  gameStatus,
  isRevealed,
  GAME_LANES,
  laneSize,
  nextTicket,
  takenTickets,
  prizeCapErrors,
  prizeOnTicket,
  prizesRemaining,
  shuffle,
  ticketCount,
  type Game,
} from '../../../shared/domain/games.js';

const pointsPrize = (prizeId: string, points: number, count: number) => ({
  prizeId,
  name: `${points} points`,
  points,
  count,
});

/** PRODUCT.md's worked wheel: 10 points a spin; 1 × 500, 5 × 50, 20 × 10 and 74 blanks. */
const wheel: Game = {
  gameId: 'wheel',
  name: 'Wheel',
  kind: 'wheel',
  conditions: 'One spin costs 10 points.',
  costPoints: 10,
  prizes: [pointsPrize('grand', 500, 1), pointsPrize('fifty', 50, 5), pointsPrize('ten', 10, 20)],
  blanks: 74,
  startsAt: '2027-03-01T00:00:00Z',
  endsAt: '2027-04-01T00:00:00Z',
};

/** A deterministic stand-in for the CSPRNG: draws taken from a fixed list, in turn. */
const scripted = (draws: number[], seed = 'seed') => {
  let i = 0;
  return { seed: () => seed, int: (max: number) => draws[i++ % draws.length]! % max };
};

const counts = (order: string[]) => order.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());

describe('Module: games', () => {
  it('commits to sha256(seed + "\\n" + order joined by commas) in lower-case hex', () => {
    // Assert: printf 'abc\na,-,b' | sha256sum
    expect(commitmentOf('abc', ['a', BLANK, 'b'])).toBe(
      'e1b4ff5678343de2d8143fa89ed4c5580993ad4a2588708587cd25520a35a76a',
    );
  });

  it('draws an urn that is a permutation of the prize table and blanks, committed by its seed and order', () => {
    // Act
    const urn = drawUrn(wheel, scripted([7, 3, 91, 42, 5, 0, 66], 'f00d'));

    // Assert
    expect(urn.order).toHaveLength(100);
    expect(counts(urn.order)).toEqual(
      new Map([
        ['grand', 1],
        ['fifty', 5],
        ['ten', 20],
        [BLANK, 74],
      ]),
    );
    expect(urn.seed).toBe('f00d');
    expect(urn.commitment).toBe(commitmentOf('f00d', urn.order));
  });

  it('shuffles by Fisher–Yates: the draws decide the order', () => {
    // Arrange: swap i with int(i + 1), from the last position down
    const order = shuffle(['a', 'b', 'c', 'd'], scripted([0, 0, 0]).int);

    // Assert: [a,b,c,d] → swap 3↔0 [d,b,c,a] → swap 2↔0 [c,b,d,a] → swap 1↔0 [b,c,d,a]
    expect(order).toEqual(['b', 'c', 'd', 'a']);
  });

  it('gives a lane its own tickets in order while the game is open and the lane has tickets left', () => {
    const during = new Date('2027-03-15T00:00:00Z');
    // 100 tickets over 32 lanes: lanes 0-3 hold 4 tickets (0, 32, 64, 96 for lane 0), lanes 4-31 hold 3.
    expect(nextTicket(wheel, 32, 0, 0, during)).toBe(0);
    expect(nextTicket(wheel, 32, 0, 3, during)).toBe(96);
    expect(nextTicket(wheel, 32, 31, 2, during)).toBe(95);
    expect(() => nextTicket(wheel, 32, 0, 4, during)).toThrow(GameSoldOutError);
    expect(() => nextTicket(wheel, 32, 31, 3, during)).toThrow(GameSoldOutError);
    // One lane (a game published before lanes): play k gets ticket k.
    expect(nextTicket(wheel, 1, 0, 99, during)).toBe(99);
    expect(() => nextTicket(wheel, 1, 0, 100, during)).toThrow(GameSoldOutError);
    expect(() => nextTicket(wheel, 32, 0, 0, new Date('2027-02-28T23:59:59Z'))).toThrow(GameNotActiveError);
    expect(() => nextTicket(wheel, 32, 0, 0, new Date(wheel.endsAt))).toThrow(GameNotActiveError);
    // Not active comes before sold out.
    expect(() => nextTicket(wheel, 32, 0, 4, new Date(wheel.endsAt))).toThrow(GameNotActiveError);
  });

  it('deals every ticket to exactly one lane, whatever the urn size', () => {
    for (const tickets of [1, 10, 31, 32, 33, 100, 20_000]) {
      const dealt = Array.from({ length: GAME_LANES }, (_, lane) => laneSize(tickets, GAME_LANES, lane));
      const all = takenTickets(GAME_LANES, dealt).sort((a, b) => a - b);
      expect(all, `${tickets} tickets`).toEqual(Array.from({ length: tickets }, (_, ticket) => ticket));
    }
  });

  it('reads the prize on a ticket, and what each prize has left after some plays', () => {
    const urn = { order: ['ten', BLANK, 'grand', 'ten'] };
    expect(prizeOnTicket(wheel, urn, 2)?.prizeId).toBe('grand');
    expect(prizeOnTicket(wheel, urn, 1)).toBeNull();
    expect(prizesRemaining(wheel, urn, [0, 1, 2])).toEqual(
      new Map([
        ['grand', 0],
        ['fifty', 5],
        ['ten', 19],
      ]),
    );
    expect(prizesRemaining(wheel, urn, [3, 1])).toEqual(
      new Map([
        ['grand', 1],
        ['fifty', 5],
        ['ten', 19],
      ]),
    );
  });

  it('expects 9.5 points back from a 10-point spin of the worked wheel', () => {
    expect(ticketCount(wheel)).toBe(100);
    expect(expectedReturnPoints(wheel)).toBe(9.5);
  });

  it('caps a prize at 50,000 CNY: in points at the payment rate, in goods by the reward value', () => {
    // Arrange: 60 points pay 1 CNY, so 3,000,000 points is the cap
    const prizes = [
      { prizeId: 'ok', name: 'cap', points: 3_000_000, count: 1 },
      { prizeId: 'over', name: 'over', points: 3_000_001, count: 1 },
      { prizeId: 'car', name: 'car', rewardId: 'car', count: 1 },
      { prizeId: 'tv', name: 'tv', rewardId: 'tv', count: 1 },
      { prizeId: 'ghost', name: 'ghost', rewardId: 'ghost', count: 1 },
    ];
    const values: Record<string, number> = { car: 5_000_001, tv: 5_000_000 };

    // Act
    const errors = prizeCapErrors(prizes, 60, (rewardId) => values[rewardId]);

    // Assert
    expect(errors.map((e) => e.path)).toEqual(['prizes.1.points', 'prizes.2.rewardId', 'prizes.4.rewardId']);
  });

  it('refuses an end before the start, duplicate prize ids and an empty urn', () => {
    const bad = { ...wheel, endsAt: wheel.startsAt, prizes: [wheel.prizes[0]!, wheel.prizes[0]!], blanks: 0 };
    expect(gameShapeErrors(bad).map((e) => e.path)).toEqual(['endsAt', 'prizes.1.prizeId']);
    expect(gameShapeErrors({ ...wheel, prizes: [], blanks: 0 }).map((e) => e.path)).toEqual(['blanks']);
  });

  it('reveals the urn once the game is sold out or has ended, never before', () => {
    const during = new Date('2027-03-15T00:00:00Z');
    expect(isRevealed(wheel, 99, during)).toBe(false);
    expect(isRevealed(wheel, 100, during)).toBe(true);
    expect(isRevealed(wheel, 0, new Date(wheel.endsAt))).toBe(true);
  });

  it('is scheduled before its start, ended from its end (sold out or not), sold out in between once every ticket is played', () => {
    const during = new Date('2027-03-15T00:00:00Z');
    expect(gameStatus(wheel, 0, new Date(Date.parse(wheel.startsAt) - 1))).toBe('scheduled');
    expect(gameStatus(wheel, 0, new Date(wheel.startsAt))).toBe('active');
    expect(gameStatus(wheel, 99, during)).toBe('active');
    expect(gameStatus(wheel, 100, during)).toBe('soldOut');
    expect(gameStatus(wheel, 100, new Date(wheel.endsAt))).toBe('ended');
    expect(gameStatus(wheel, 3, new Date(wheel.endsAt))).toBe('ended');
  });

  it('reshuffles for a new prize table before the first play, and after it accepts only an earlier end', () => {
    const earlier = { ...wheel, endsAt: '2027-03-20T00:00:00Z' };
    // Stored games may come back with their keys in another order.
    const reordered = Object.fromEntries(Object.entries(wheel).reverse()) as unknown as Game;
    expect(gameChange(reordered, wheel, 5)).toBe('unchanged');
    expect(gameChange(wheel, { ...wheel, blanks: 75 }, 0)).toBe('reshuffle');
    expect(gameChange(wheel, { ...wheel, name: 'Renamed' }, 0)).toBe('update');
    expect(gameChange(wheel, earlier, 1)).toBe('update');
    expect(() => gameChange(earlier, wheel, 1)).toThrow(GameLockedError);
    expect(() => gameChange(wheel, { ...earlier, costPoints: 5 }, 1)).toThrow(GameLockedError);
    expect(() => gameChange(wheel, { ...wheel, blanks: 75 }, 1)).toThrow(GameLockedError);
  });
});
