import type { AuditRecord } from '../domain/audit.js';
import type { Game, Urn } from '../domain/games.js';
import type { Page } from './member-store.js';

/** A game with its secret urn and its lanes' counters of tickets taken, as read together. */
export interface StoredGame {
  game: Game;
  urn: Urn;
  /** Bumped by every change of the game; a play is conditional on it. */
  revision: number;
  /** Lanes the tickets are dealt over (`GAME_LANES`; 1 for a game published before lanes). */
  lanes: number;
  /** Tickets taken in each lane. */
  playedByLane: number[];
  /** Tickets taken in all. */
  played: number;
}

/** What a play needs: the game and urn, and one lane with what it has given so far. */
export interface PlayableGame {
  game: Game;
  urn: Urn;
  revision: number;
  lanes: number;
  /** A lane with tickets left when any has (the first from the play's spread), else an exhausted one. */
  lane: number;
  /** Tickets that lane has given. */
  lanePlayed: number;
}

/** A game as a list shows it: with its commitment and tickets taken, never its urn. */
export interface ListedGame {
  game: Game;
  commitment: string;
  played: number;
}

export interface GameStore {
  /** Strongly consistent read of the game and every lane's counter. */
  get(gameId: string): Promise<StoredGame | null>;
  /**
   * For a play: the game (kept per container while its revision holds) and
   * the counter of one lane, strongly consistent: lane `spread mod lanes`, or
   * when it is exhausted the next with tickets left (then every lane is read).
   */
  playable(gameId: string, spread: number): Promise<PlayableGame | null>;
  /**
   * Saves the game (its urn and its lanes' counters, with the operator
   * action's audit line) at `revision`, only if every lane's counter is still
   * as read (`expected`), or there is no game at all (null): 'stale' otherwise.
   */
  put(
    game: Game,
    urn: Urn,
    revision: number,
    lanes: number,
    expected: { revision: number; playedByLane: number[] } | null,
    audit?: AuditRecord,
  ): Promise<'saved' | 'stale'>;
  /**
   * Every game with its commitment, never its urn: for the public rules page.
   * Kept per container as of configuration version `version` (a game's change raises it).
   */
  list(version: number): Promise<{ game: Game; commitment: string }[]>;
  /** One page of the games in id order (strongly consistent), never their urns. */
  page(page: { limit: number; cursor: string | null }): Promise<Page<ListedGame>>;
}
