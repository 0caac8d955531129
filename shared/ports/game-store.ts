import type { AuditRecord } from '../domain/audit.js';
import type { Game, Urn } from '../domain/games.js';
import type { Page } from './member-store.js';

/** A game with its secret urn and the counter of tickets taken, as read together. */
export interface StoredGame {
  game: Game;
  urn: Urn;
  /** Bumped by every change of the game; a play is conditional on it. */
  revision: number;
  /** Tickets taken so far: the next play gets ticket `played`. */
  played: number;
}

/** A game as a list shows it: with its commitment and tickets taken, never its urn. */
export interface ListedGame {
  game: Game;
  commitment: string;
  played: number;
}

export interface GameStore {
  /** Strongly consistent read of the game and its counter. */
  get(gameId: string): Promise<StoredGame | null>;
  /**
   * Saves the game (and its urn) at `revision`, only if its counter is still as
   * read (`expected`, or no game at all when null): 'stale' otherwise.
   */
  /** Saves the game and its counter (with the operator action's audit line) if the counter is still as read. */
  put(
    game: Game,
    urn: Urn,
    revision: number,
    expected: { revision: number; played: number } | null,
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
