import { inForce, nextChangeAt } from '../domain/notice.js';
import type { Reward } from '../domain/program.js';
import type { ConfigSnapshot, ConfigWanted, EngagementConfig } from '../ports/config-store.js';
import type { Deps } from './deps.js';

/*
 * Every reader of the configuration comes through here, so each sees the
 * values in force at its moment: a change waiting for its notice date
 * (shared/domain/notice.ts) applies nowhere before it, and everywhere after,
 * with no write at that date. The store keeps the documents as saved.
 */

/**
 * The configuration as this container keeps it, its version checked at most
 * once a second (`ConfigStore.recentVersion`): what a request that reads the
 * configuration on every call should use, so no configuration item is read
 * by every request.
 */
export async function keptConfig(deps: Deps): Promise<ConfigSnapshot> {
  const now = deps.clock.now();
  return configInForce(await deps.config.atVersion(await deps.config.recentVersion(now)), now);
}

/** A fresh, strongly consistent read of the items `wanted`, as in force at `at` (default now). */
export async function loadConfig(deps: Deps, wanted: ConfigWanted, at = deps.clock.now()): Promise<ConfigSnapshot> {
  return configInForce(await deps.config.load(wanted), at);
}

/** Tasks, badges and badge sets as this container keeps them, checked as `keptConfig`. */
export async function keptEngagement(deps: Deps): Promise<EngagementConfig> {
  return deps.config.engagementAt(await deps.config.recentVersion(deps.clock.now()));
}

/** A snapshot resolved at some moment, and the span of moments it holds for: until the next waiting change. */
interface Resolved {
  snapshot: ConfigSnapshot;
  from: number;
  until: number;
}

// Kept snapshots are shared and never changed: each is resolved again only when a waiting change comes due.
const resolvedSnapshots = new WeakMap<ConfigSnapshot, Resolved>();

/** `snapshot` with its program and rewards as in force at `at`: the same snapshot when nothing waits. */
export function configInForce(snapshot: ConfigSnapshot, at: Date): ConfigSnapshot {
  const time = at.getTime();
  const kept = resolvedSnapshots.get(snapshot);
  if (kept && kept.from <= time && time < kept.until) return kept.snapshot;
  const program = inForce(snapshot.program, at);
  let rewards: ReadonlyMap<string, Reward> = snapshot.rewards;
  if ([...snapshot.rewards.values()].some((reward) => reward.upcoming)) {
    rewards = new Map([...snapshot.rewards].map(([rewardId, reward]) => [rewardId, inForce(reward, at)]));
  }
  const resolved =
    program === snapshot.program && rewards === snapshot.rewards ? snapshot : { ...snapshot, program, rewards };
  const until = [program, ...rewards.values()].reduce((soonest, document) => {
    const next = nextChangeAt(document);
    return next === null ? soonest : Math.min(soonest, next);
  }, Number.POSITIVE_INFINITY);
  resolvedSnapshots.set(snapshot, { snapshot: resolved, from: time, until });
  return resolved;
}
