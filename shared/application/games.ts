import type { AuditRecord } from '../domain/audit.js';
import { randomBytes, randomInt } from 'node:crypto';
import { GameNotFoundError } from '../domain/errors.js';
import {
  assertGameShape,
  drawUrn,
  gameTable,
  gameChange,
  gameStatus,
  isRevealed,
  prizeCapErrors,
  GAME_LANES,
  prizesRemaining,
  takenTickets,
  type Game,
  type UrnRandom,
} from '../domain/games.js';
import type { Upsert } from '../ports/config-store.js';
import type { StoredGame } from '../ports/game-store.js';
import { assertDisclosed } from './configure.js';
import type { Deps } from './deps.js';
import { retryWhileStale, STALE } from './retry.js';
import { loadConfig } from './kept-config.js';

/** A 256-bit secret seed and uniform draws, both from the operating system's CSPRNG. */
const cryptoUrnRandom: UrnRandom = {
  seed: () => randomBytes(32).toString('hex'),
  int: (maxExclusive) => randomInt(maxExclusive),
};

/** What anyone may know of a game: its table and odds, the commitment, and the urn itself once no play can come. */
export function gameDisclosure({ game, urn, played, lanes, playedByLane }: StoredGame, now: Date) {
  const remaining = prizesRemaining(game, urn, takenTickets(lanes, playedByLane));
  const table = gameTable(game, urn.commitment);
  return {
    ...table,
    remaining: table.tickets - played,
    prizes: table.prizes.map((prize) => ({ ...prize, remaining: remaining.get(prize.prizeId)! })),
    reveal: isRevealed(game, played, now) ? { seed: urn.seed, order: urn.order } : null,
  };
}

export async function getGame(deps: Deps, gameId: string) {
  const stored = await deps.games.get(gameId);
  if (!stored) throw new GameNotFoundError(gameId);
  return gameDisclosure(stored, deps.clock.now());
}

/**
 * Publishes a game. Its urn is shuffled and committed when it is created, and
 * again whenever its prizes or blanks change before the first play; once a
 * ticket is played only an earlier end may be set. Every write is conditional
 * on the game's counter as read, so a PUT racing a play never changes the urn
 * after a ticket was taken.
 */
export async function putGame(
  deps: Deps,
  body: Omit<Game, 'conditions' | 'prizes'> & {
    conditions?: string;
    prizes: { prizeId: string; name: string; points?: number; rewardId?: string; count: number }[];
  },
  audit?: AuditRecord,
  random: UrnRandom = cryptoUrnRandom,
): Promise<{ upsert: Upsert; game: ReturnType<typeof gameDisclosure> }> {
  const { conditions } = body;
  assertDisclosed(conditions);
  const game: Game = {
    ...body,
    conditions,
    prizes: body.prizes.map(({ prizeId, name, points, rewardId, count }) =>
      rewardId === undefined ? { prizeId, name, points: points!, count } : { prizeId, name, rewardId, count },
    ),
  };
  const rewardIds = game.prizes.flatMap((prize) => ('rewardId' in prize ? [prize.rewardId] : []));
  const config = await loadConfig(deps, { rewardIds });
  const rewardValue = (rewardId: string) => {
    const reward = config.rewards.get(rewardId);
    return reward?.active ? reward.valueMinor : undefined;
  };
  assertGameShape(game, prizeCapErrors(game.prizes, config.program.paymentPointsPerUnit, rewardValue));

  return retryWhileStale(deps, async () => {
    const now = deps.clock.now();
    const current = await deps.games.get(game.gameId);
    if (!current) {
      const created: StoredGame = {
        game,
        urn: drawUrn(game, random),
        revision: 1,
        lanes: GAME_LANES,
        playedByLane: Array(GAME_LANES).fill(0),
        played: 0,
      };
      if ((await deps.games.put(game, created.urn, created.revision, created.lanes, null, audit)) === 'stale')
        return STALE;
      return { upsert: 'created' as const, game: gameDisclosure(created, now) };
    }
    const change = gameChange(current.game, game, current.played);
    if (change === 'unchanged') return { upsert: 'updated' as const, game: gameDisclosure(current, now) };
    const saved: StoredGame = {
      ...current,
      game,
      urn: change === 'reshuffle' ? drawUrn(game, random) : current.urn,
      revision: current.revision + 1,
    };
    // A game keeps its lanes: their counters are what the plays so far have written.
    const expected = { revision: current.revision, playedByLane: current.playedByLane };
    if ((await deps.games.put(game, saved.urn, saved.revision, current.lanes, expected, audit)) === 'stale')
      return STALE;
    return { upsert: 'updated' as const, game: gameDisclosure(saved, now) };
  });
}

/**
 * The operator's list of games in id order: each one's table, odds,
 * commitment, tickets left and status. Never the urn, even after the reveal
 * (GET /v1/games/{gameId} shows that), so no page can leak one early.
 */
export async function listGames(deps: Deps, page: { limit: number; cursor: string | null }) {
  const now = deps.clock.now();
  const games = await deps.games.page(page);
  return {
    items: games.items.map(({ game, commitment, played }) => {
      const table = gameTable(game, commitment);
      return {
        ...table,
        blanks: game.blanks,
        remaining: table.tickets - played,
        status: gameStatus(game, played, now),
      };
    }),
    nextCursor: games.nextCursor,
  };
}
