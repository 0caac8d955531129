/** A configuration version as kept for its rules page. */
export interface StoredRulesVersion {
  version: number;
  /** When it took effect (ISO 8601, UTC). */
  effectiveFrom: string;
  /** The exact bytes of its rules page as answered when it took effect; null while it is the current version and no one has asked for it yet. */
  page: string | null;
}

/**
 * Every configuration version's rules page, kept for good: each is stored
 * once, when its version is superseded (in the superseding write) or when it
 * is first asked for by number, whichever comes first, and never changed.
 */
export interface RulesVersions {
  get(version: number): Promise<StoredRulesVersion | null>;
  /** The version in force at `at`: the last to take effect at or before it (null before the first). */
  versionAt(at: Date): Promise<number | null>;
  /** Stores the page of `version` while it is still the current one: the page stored first stays (its bytes are returned). */
  storePage(version: number, page: string): Promise<string>;
}
