import type { ConfigSnapshot, EngagementConfig } from '../ports/config-store.js';
import type { Deps } from './deps.js';

/**
 * The configuration as this container keeps it, its version checked at most
 * once a second (`ConfigStore.recentVersion`): what a request that reads the
 * configuration on every call should use, so no configuration item is read
 * by every request.
 */
export async function keptConfig(deps: Deps): Promise<ConfigSnapshot> {
  return deps.config.atVersion(await deps.config.recentVersion(deps.clock.now()));
}

/** Tasks, badges and badge sets as this container keeps them, checked as `keptConfig`. */
export async function keptEngagement(deps: Deps): Promise<EngagementConfig> {
  return deps.config.engagementAt(await deps.config.recentVersion(deps.clock.now()));
}
