import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import type { RulesSource } from '../../domain/rules-page.js';
import type { RulesVersions } from '../../ports/rules-versions.js';

/** What a version's rules page is built from: the configuration and the games as they were at that version. */
export type PageSource = Omit<RulesSource, 'version' | 'effectiveFrom'>;

/** What one configuration write did to the page's source (nothing, for a task or a badge). */
export type PageSourceChange = (source: PageSource) => PageSource;

/** The items that make the next rules version, to go in a configuration write's transaction. */
export interface NextVersion {
  items: TransactWriteItem[];
  /** Called once the transaction committed, with what it changed, so this container knows the new version's page source without reading it. */
  committed(change?: PageSourceChange): void;
}

/** What a configuration write adds to its transaction to make the next rules version (rules-versions.ts). */
export interface VersionWriter {
  nextVersion(): Promise<NextVersion>;
}

/**
 * The rules versions of a function wired without them: one that neither
 * writes the configuration nor answers past rules (an earn, a redemption...),
 * so its bundle does not carry them. Reaching one is a wiring mistake.
 */
const absent = () => Promise.reject(new Error('wired without rulesVersions'));
export const absentRulesVersions: VersionWriter & RulesVersions = {
  nextVersion: absent,
  get: absent,
  versionAt: absent,
  storePage: absent,
};
