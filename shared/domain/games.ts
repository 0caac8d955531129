import { createHash } from 'node:crypto';
import { GameLockedError, GameNotActiveError, GameSoldOutError, ValidationError } from './errors.js';
import { inKeyOrder } from './key-order.js';

export const GAME_KINDS = ['scratchCard', 'wheel'] as const;
export type GameKind = (typeof GAME_KINDS)[number];

/** How a blank ticket is written in the committed order. */
export const BLANK = '-';

/** One urn's size: its order is read by every play, so it stays a small item (a bigger game is several urns). */
export const MAX_TICKETS = 20_000;
export const MAX_PRIZES = 50;

/** The law on prize promotions caps one prize at 50,000 CNY. */
export const PRIZE_CAP_UNITS = 50_000;
const MINOR_PER_UNIT = 100;

/** A prize paid in points, or in goods: a catalog reward (its value counts toward the cap). */
export type Prize =
  | { prizeId: string; name: string; points: number; count: number }
  | { prizeId: string; name: string; rewardId: string; count: number };

/** A game as the operator publishes it: everything here is disclosed. */
export interface Game {
  gameId: string;
  name: string;
  kind: GameKind;
  conditions: string;
  costPoints: number;
  prizes: Prize[];
  blanks: number;
  startsAt: string;
  endsAt: string;
}

/** The shuffled urn: secret until the reveal, fixed from the start by its published commitment. */
export interface Urn {
  seed: string;
  /** Each ticket's prizeId, or BLANK, in play order. */
  order: string[];
  commitment: string;
}

/** A source of cryptographic randomness (injected so the shuffle itself is a pure function). */
export interface UrnRandom {
  seed(): string;
  /** A uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
}

export const prizePoints = (prize: Prize): number => ('points' in prize ? prize.points : 0);

export function ticketCount(game: Pick<Game, 'prizes' | 'blanks'>): number {
  return game.prizes.reduce((sum, prize) => sum + prize.count, game.blanks);
}

/** sha256(seed + "\n" + order.join(",")) in lower-case hex: what anyone can recompute after the reveal. */
export function commitmentOf(seed: string, order: readonly string[]): string {
  return createHash('sha256')
    .update(`${seed}\n${order.join(',')}`, 'utf8')
    .digest('hex');
}

/** Fisher–Yates: every permutation of the tickets equally likely, given a uniform `int`. */
export function shuffle<T>(items: readonly T[], int: (maxExclusive: number) => number): T[] {
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled;
}

/** A fresh urn for the game: its tickets shuffled with a new seed, and the commitment to both. */
export function drawUrn(game: Pick<Game, 'prizes' | 'blanks'>, random: UrnRandom): Urn {
  const tickets = [
    ...game.prizes.flatMap((prize) => Array<string>(prize.count).fill(prize.prizeId)),
    ...Array<string>(game.blanks).fill(BLANK),
  ];
  const seed = random.seed();
  const order = shuffle(tickets, random.int);
  return { seed, order, commitment: commitmentOf(seed, order) };
}

/** The prize on ticket `ticket`, or null for a blank. */
export function prizeOnTicket(game: Pick<Game, 'prizes'>, urn: Pick<Urn, 'order'>, ticket: number): Prize | null {
  const prizeId = urn.order[ticket];
  return game.prizes.find((prize) => prize.prizeId === prizeId) ?? null;
}

/**
 * A game's tickets are dealt over lanes, each with a counter of its own, so
 * that plays of one game spread over many items: lane j holds tickets j,
 * j + lanes, j + 2 × lanes, … and takes them in that order. 32 lanes at
 * about 500 plays a second each (docs/capacity.md).
 */
export const GAME_LANES = 32;

/** The tickets of lane `lane` (0 for a lane past the urn's size). */
export function laneSize(tickets: number, lanes: number, lane: number): number {
  return lane >= tickets ? 0 : Math.ceil((tickets - lane) / lanes);
}

/** The ticket a lane gives after `taken` of its own were played. */
export const ticketInLane = (lanes: number, lane: number, taken: number): number => lane + taken * lanes;

/** Every ticket played, from what each lane has given. */
export function takenTickets(lanes: number, playedByLane: readonly number[]): number[] {
  return playedByLane.flatMap((played, lane) =>
    Array.from({ length: played }, (_, taken) => ticketInLane(lanes, lane, taken)),
  );
}

/** Where a play starts looking for a lane with tickets: FNV-1a of its transaction id, so plays spread evenly. */
export function laneSpreadOf(transactionId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < transactionId.length; i++) hash = Math.imul(hash ^ transactionId.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Each prize's tickets not yet played (`taken`: the tickets played). */
export function prizesRemaining(
  game: Pick<Game, 'prizes'>,
  urn: Pick<Urn, 'order'>,
  taken: readonly number[],
): Map<string, number> {
  const remaining = new Map(game.prizes.map((prize) => [prize.prizeId, prize.count]));
  for (const ticket of taken) {
    const prizeId = urn.order[ticket]!;
    const left = remaining.get(prizeId);
    if (left !== undefined) remaining.set(prizeId, left - 1);
  }
  return remaining;
}

/** Σ(points × count) / tickets: the points a play returns on average (goods count as 0 points). */
export function expectedReturnPoints(game: Pick<Game, 'prizes' | 'blanks'>): number {
  const tickets = ticketCount(game);
  return tickets === 0 ? 0 : game.prizes.reduce((sum, prize) => sum + prizePoints(prize) * prize.count, 0) / tickets;
}

export const isGameActive = (game: Pick<Game, 'startsAt' | 'endsAt'>, now: Date): boolean =>
  Date.parse(game.startsAt) <= now.getTime() && now.getTime() < Date.parse(game.endsAt);

/** The urn may be shown once no play can come: sold out, or ended. */
export const isRevealed = (game: Game, played: number, now: Date): boolean =>
  played >= ticketCount(game) || now.getTime() >= Date.parse(game.endsAt);

export const GAME_STATUSES = ['scheduled', 'active', 'soldOut', 'ended'] as const;
export type GameStatus = (typeof GAME_STATUSES)[number];

/** Where a game stands now: before its window, open, every ticket played, or past its end (which wins over sold out). */
export function gameStatus(game: Game, played: number, now: Date): GameStatus {
  if (now.getTime() < Date.parse(game.startsAt)) return 'scheduled';
  if (now.getTime() >= Date.parse(game.endsAt)) return 'ended';
  return played >= ticketCount(game) ? 'soldOut' : 'active';
}

/**
 * The ticket the next play of lane `lane` takes, `played` of the lane's own
 * tickets having been taken: the store hands a lane with tickets left while
 * any has, so an exhausted lane means the game is sold out. Refusals in the
 * contract's order after the member's state: not active, then sold out.
 */
export function nextTicket(game: Game, lanes: number, lane: number, played: number, now: Date): number {
  if (!isGameActive(game, now)) throw new GameNotActiveError(game.gameId, game.startsAt, game.endsAt);
  if (played >= laneSize(ticketCount(game), lanes, lane)) throw new GameSoldOutError(game.gameId);
  return ticketInLane(lanes, lane, played);
}

/**
 * The prize-promotion cap: a points prize at most 50,000 × the points that pay
 * 1 unit of currency; a goods prize's reward at most 50,000 units in minor units.
 */
export function prizeCapErrors(
  prizes: readonly Prize[],
  paymentPointsPerUnit: number,
  rewardValueMinor: (rewardId: string) => number | undefined,
): { path: string; message: string }[] {
  const maxPoints = PRIZE_CAP_UNITS * paymentPointsPerUnit;
  const maxMinor = PRIZE_CAP_UNITS * MINOR_PER_UNIT;
  return prizes.flatMap((prize, i) => {
    if ('points' in prize) {
      return prize.points > maxPoints
        ? [
            {
              path: `prizes.${i}.points`,
              message: `a prize may be worth at most ${PRIZE_CAP_UNITS} currency units (${maxPoints} points)`,
            },
          ]
        : [];
    }
    const valueMinor = rewardValueMinor(prize.rewardId);
    if (valueMinor === undefined)
      return [{ path: `prizes.${i}.rewardId`, message: `reward ${prize.rewardId} does not exist or is not active` }];
    return valueMinor > maxMinor
      ? [
          {
            path: `prizes.${i}.rewardId`,
            message: `a prize may be worth at most ${PRIZE_CAP_UNITS} currency units (${maxMinor} minor units)`,
          },
        ]
      : [];
  });
}

/** What makes a game well-formed beyond its fields' own formats. */
export function gameShapeErrors(game: Game): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  if (Date.parse(game.endsAt) <= Date.parse(game.startsAt))
    errors.push({ path: 'endsAt', message: 'must be after startsAt' });
  game.prizes.forEach((prize, i) => {
    if (game.prizes.findIndex((other) => other.prizeId === prize.prizeId) !== i) {
      errors.push({ path: `prizes.${i}.prizeId`, message: `duplicate prizeId ${prize.prizeId}` });
    }
  });
  const tickets = ticketCount(game);
  if (tickets === 0) errors.push({ path: 'blanks', message: 'the urn needs at least one ticket' });
  if (tickets > MAX_TICKETS)
    errors.push({
      path: 'blanks',
      message: `an urn holds at most ${MAX_TICKETS} tickets (prize counts and blanks together)`,
    });
  return errors;
}

export function assertGameShape(game: Game, capErrors: { path: string; message: string }[]): void {
  const errors = [...gameShapeErrors(game), ...capErrors];
  if (errors.length > 0) throw new ValidationError(errors);
}

/** What a PUT does to a stored game. */
export type GameChange = 'unchanged' | 'update' | 'reshuffle';

/** Compares by content: a stored game may come back with its keys in another order. */
const same = (a: unknown, b: unknown) => JSON.stringify(inKeyOrder(a)) === JSON.stringify(inKeyOrder(b));

/**
 * Before the first play anything may change, and a new prize table or number
 * of blanks needs a new urn. Once a ticket is played the published game is
 * fixed: only an earlier end is allowed (409 `game_locked` otherwise).
 */
export function gameChange(current: Game, next: Game, played: number): GameChange {
  if (same(current, next)) return 'unchanged';
  if (played === 0) return same(current.prizes, next.prizes) && current.blanks === next.blanks ? 'update' : 'reshuffle';
  const movesEndEarlier =
    same({ ...current, endsAt: next.endsAt }, next) && Date.parse(next.endsAt) < Date.parse(current.endsAt);
  if (!movesEndEarlier) throw new GameLockedError(current.gameId);
  return 'update';
}

/** A prize as answers show it: goods carry their rewardId and pay no points. */
export const prizeLine = (prize: Prize) => ({
  prizeId: prize.prizeId,
  name: prize.name,
  points: prizePoints(prize),
  ...('rewardId' in prize && { rewardId: prize.rewardId }),
});

/** A game's table as published: its prizes and odds, the commitment to its urn and its window. */
export function gameTable(game: Game, commitment: string) {
  return {
    gameId: game.gameId,
    name: game.name,
    kind: game.kind,
    conditions: game.conditions,
    costPoints: game.costPoints,
    tickets: ticketCount(game),
    prizes: game.prizes.map((prize) => ({ ...prizeLine(prize), count: prize.count })),
    expectedReturnPoints: expectedReturnPoints(game),
    commitment,
    startsAt: game.startsAt,
    endsAt: game.endsAt,
  };
}
