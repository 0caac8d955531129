import { TemporarilyUnavailableError } from '../domain/errors.js';
import type { Deps } from './deps.js';

/** How often a write that met a concurrent change is decided again on fresh reads before the caller gets a 503. */
export const MAX_ATTEMPTS = 40;

/** Returned by an attempt whose write found that what it read had changed. */
export const STALE = Symbol('stale');

/** Jittered, growing waits: concurrent writers to one member spread out instead of colliding again. */
function backoffMs(attempt: number): number {
  return Math.random() * Math.min(50, 2 ** attempt);
}

/**
 * The one retry policy for every write to a member: run `attempt` (read,
 * decide, write conditionally on the read) until it settles, waiting between
 * tries; a member that stays busy through every try is a 503.
 */
export async function retryWhileStale<T>(deps: Deps, attempt: () => Promise<T | typeof STALE>): Promise<T> {
  for (let tries = 0; tries < MAX_ATTEMPTS; tries++) {
    const result = await attempt();
    if (result !== STALE) return result;
    await deps.sleep(backoffMs(tries));
  }
  throw new TemporarilyUnavailableError({ cause: new Error(`${MAX_ATTEMPTS} attempts each met a concurrent change`) });
}
