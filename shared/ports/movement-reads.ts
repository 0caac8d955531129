import type { StoredOutcome } from '../domain/ledger.js';
import type { Member } from '../domain/member.js';
import type { StoredApiKey } from './key-store.js';

/** What a movement on one member reads before it decides. */
export interface MovementReadsWanted {
  transactionId: string;
  memberId: string;
  /** The caller's merchant key, when it is still to be checked. */
  keyId?: string;
  /** A reward whose stock is wanted. */
  stockOf?: string;
}

export interface MovementRead {
  /** The answer stored under the transaction id (a replay), if any. */
  outcome: StoredOutcome | null;
  member: Member | null;
  /** Asked for with `keyId`: the key, or null when there is none (unknown or revoked). */
  key?: StoredApiKey | null;
  /** Asked for with `stockOf`: units left, or null when the reward has no stock item. */
  stockLeft?: number | null;
}

/** Everything in `wanted`, strongly consistent, in one round trip. */
export interface MovementReads {
  read(wanted: MovementReadsWanted): Promise<MovementRead>;
}
