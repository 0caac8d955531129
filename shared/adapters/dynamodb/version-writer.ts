import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import type { RulesVersions } from '../../ports/rules-versions.js';

/** What a configuration write adds to its transaction to make the next rules version (rules-versions.ts). */
export interface VersionWriter {
  nextVersion(): Promise<TransactWriteItem[]>;
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
