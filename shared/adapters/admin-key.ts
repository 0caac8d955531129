import { hashSecret, secretMatches } from '../application/authenticate.js';
import type { AdminKeyVerifier } from '../ports/key-store.js';

/** The operator key given as a value (locally: ADMIN_API_KEY); only its hash is kept in memory. */
export function adminKeyFromValue(adminKey: string): AdminKeyVerifier {
  const storedHash = hashSecret(adminKey);
  return { verify: async (presented) => secretMatches(presented, storedHash) };
}

/**
 * The operator key read through `load` (deployed: Secrets Manager), cached per
 * container for `ttlMs` so a rotated secret is picked up without a redeploy.
 */
export function adminKeyFromLoader(
  load: () => Promise<string>,
  ttlMs: number,
  now: () => number = Date.now,
): AdminKeyVerifier {
  let cached: { hash: string; loadedAt: number } | null = null;
  return {
    async verify(presented) {
      if (!cached || now() - cached.loadedAt > ttlMs) cached = { hash: hashSecret(await load()), loadedAt: now() };
      return secretMatches(presented, cached.hash);
    },
  };
}
