import { RulesVersionNotFoundError } from '../domain/errors.js';
import { advanceRulesPage, rulesPage, type RulesPage } from '../domain/rules-page.js';
import type { Deps } from './deps.js';

/**
 * The public rules page now. Built from the container's kept configuration,
 * its version checked at most once a second (`recentVersion`) as for every
 * movement, so a flood of page views reads nearly nothing from the table;
 * what is in force is computed at `now`.
 */
export async function currentRules(deps: Deps): Promise<RulesPage> {
  const now = deps.clock.now();
  const version = await deps.config.recentVersion(now);
  const [config, games] = await Promise.all([deps.config.atVersion(version), deps.games.list(version)]);
  return rulesPage({ ...config, games }, now);
}

/**
 * The exact bytes of version `version`'s rules page as answered when it took
 * effect. A superseded version's page was stored by the write that
 * superseded it; the current version's is stored by its first such read,
 * built from the configuration at that very version, and never changes after.
 */
export async function rulesOfVersion(deps: Deps, version: number): Promise<string> {
  const stored = await deps.rules.get(version);
  if (!stored) throw new RulesVersionNotFoundError(String(version));
  if (stored.page !== null) return stored.page;
  const [config, games] = await Promise.all([deps.config.atVersion(version), deps.games.list(version)]);
  // Superseded since: the superseding write stored its page.
  if (config.version !== version) return rulesOfVersion(deps, version);
  const page = rulesPage({ ...config, games, effectiveFrom: stored.effectiveFrom }, new Date(stored.effectiveFrom));
  return deps.rules.storePage(version, JSON.stringify(page));
}

/** The rules page as `GET /v1/rules` answered it at `at`: the version then in force, its stored page brought to that moment. */
export async function rulesAsOf(deps: Deps, at: Date): Promise<string> {
  const version = await deps.rules.versionAt(at);
  if (version === null) throw new RulesVersionNotFoundError(`in force at ${at.toISOString()}`);
  return JSON.stringify(advanceRulesPage(JSON.parse(await rulesOfVersion(deps, version)) as RulesPage, at));
}
