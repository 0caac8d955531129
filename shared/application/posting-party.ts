import { partyOf, type SettlingParty } from '../domain/settlement.js';
import type { ConfigSnapshot } from '../ports/config-store.js';
import type { Caller } from './deps.js';

/**
 * Who pays for what a key posts: a merchant's key settles as its merchant, at
 * its rates as they stand now; the operator's key posts the program's own points.
 */
export function postingParty(
  config: Pick<ConfigSnapshot, 'program' | 'merchants'>,
  caller: Caller,
): SettlingParty | null {
  if (caller.kind !== 'merchant') return null;
  return partyOf(config.program, caller.merchantId, config.merchants.get(caller.merchantId));
}
