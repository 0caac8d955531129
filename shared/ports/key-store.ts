export interface StoredApiKey {
  keyId: string;
  merchantId: string;
  secretHash: string;
  createdAt: string;
}

export interface KeyStore {
  put(key: StoredApiKey): Promise<void>;
  get(keyId: string): Promise<StoredApiKey | null>;
  /** Deletes the key; false when there was none. */
  revoke(keyId: string): Promise<boolean>;
}

/** Checks the operator's key; how it is stored differs locally and deployed. */
export interface AdminKeyVerifier {
  verify(presentedKey: string): Promise<boolean>;
}
