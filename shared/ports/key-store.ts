import type { AuditRecord } from '../domain/audit.js';
import type { Page } from './member-store.js';

export interface StoredApiKey {
  keyId: string;
  merchantId: string;
  secretHash: string;
  createdAt: string;
  /** When the key stops working; null: when it is revoked. */
  expiresAt: string | null;
}

/** What a list of a merchant's keys shows: never the secret nor its hash. */
export type ApiKeyListing = Pick<StoredApiKey, 'keyId' | 'createdAt' | 'expiresAt'>;

/** Each write takes the audit line of the operator action it makes, if any, and writes it in the same transaction. */
export interface KeyStore {
  put(key: StoredApiKey, audit?: AuditRecord): Promise<void>;
  /** Strongly consistent: a revoked key is gone at once. */
  get(keyId: string): Promise<StoredApiKey | null>;
  /** A merchant's keys, oldest first; revoked keys are gone. */
  listOfMerchant(merchantId: string, page: { limit: number; cursor: string | null }): Promise<Page<ApiKeyListing>>;
  /**
   * The merchant of a key this container has read before (a key's merchant
   * never changes), without a read. Says nothing about whether the key is still
   * valid: its item must still be checked on every request.
   */
  knownMerchant(keyId: string): string | undefined;
  /** Deletes the key; false when there was none. */
  revoke(keyId: string, audit?: AuditRecord): Promise<boolean>;
}

/** Checks the operator's key; how it is stored differs locally and deployed. */
export interface AdminKeyVerifier {
  verify(presentedKey: string): Promise<boolean>;
}
