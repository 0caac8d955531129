import { createHash } from 'node:crypto';
import type { FlagStatus } from '../../domain/flags.js';
import type { LimitBreach } from '../../domain/velocity.js';
import { INDEX_SHARDS } from './table-definition.js';

/** The one place that knows the table's key layout (README "Data model"). */
export const keys = {
  program: () => ({ pk: 'CONFIG', sk: 'PROGRAM' }),
  tiers: () => ({ pk: 'CONFIG', sk: 'TIERS' }),
  merchant: (merchantId: string) => ({ pk: 'CONFIG', sk: `MERCHANT#${merchantId}` }),
  reward: (rewardId: string) => ({ pk: 'CONFIG', sk: `REWARD#${rewardId}` }),
  promotion: (promotionId: string) => ({ pk: 'CONFIG', sk: `PROMO#${promotionId}` }),
  task: (taskId: string) => ({ pk: 'CONFIG', sk: `TASK#${taskId}` }),
  badge: (badgeId: string) => ({ pk: 'CONFIG', sk: `BADGE#${badgeId}` }),
  badgeSet: (setId: string) => ({ pk: 'CONFIG', sk: `BADGESET#${setId}` }),
  spendingBadges: () => ({ pk: 'CONFIG', sk: 'SPENDINGBADGES' }),
  /**
   * One of the copies of the configuration version, each in a partition of its
   * own: every configuration write raises them all in its transaction, and a
   * request reads the one its transaction id picks (`versionCopyOf`), so no
   * single item is read by every request (docs/capacity.md).
   */
  configVersion: (copy: number) => ({ pk: `${CONFIG_VERSION_PREFIX}${copy}`, sk: 'VERSION' }),
  memberTaskCount: (memberId: string, taskId: string) => ({ pk: `MEMBER#${memberId}`, sk: `TASK#${taskId}` }),
  memberEarnCount: (memberId: string, category: string) => ({ pk: `MEMBER#${memberId}`, sk: `EARNS#${category}` }),
  memberBadge: (memberId: string, badgeId: string) => ({ pk: `MEMBER#${memberId}`, sk: `BADGE#${badgeId}` }),
  memberSet: (memberId: string, setId: string) => ({ pk: `MEMBER#${memberId}`, sk: `SET#${setId}` }),
  game: (gameId: string) => ({ pk: 'CONFIG', sk: `GAME#${gameId}` }),
  /** Tickets taken: written by every play of the game, so kept apart from the (larger) game item. */
  gameCounter: (gameId: string) => ({ pk: `GAME#${gameId}`, sk: 'COUNTER' }),
  stock: (rewardId: string) => ({ pk: `STOCK#${rewardId}`, sk: 'STOCK' }),
  apiKey: (keyId: string) => ({ pk: `KEY#${keyId}`, sk: 'KEY' }),
  member: (memberId: string) => ({ pk: `MEMBER#${memberId}`, sk: 'MEMBER' }),
  profile: (memberId: string) => ({ pk: `MEMBER#${memberId}`, sk: 'PROFILE' }),
  transaction: (transactionId: string) => ({ pk: `TX#${transactionId}`, sk: 'TX' }),
  /** The audit trail is bucketed by UTC month of `at` (`YYYY-MM`), newest last within a bucket. */
  audit: (record: { at: string; auditId: string }) => ({ pk: auditPartition(record.at.slice(0, 7)), sk: `${record.at}#${record.auditId}` }),
  /** A flag lives in its member's partition. */
  flag: (breach: LimitBreach) => ({ pk: `MEMBER#${breach.memberId}`, sk: `${FLAG_SK_PREFIX}${breach.day}#${breach.rule}` }),
};

export const FLAG_SK_PREFIX = 'FLAG#';
const CONFIG_VERSION_PREFIX = 'CONFIGVERSION#';

/**
 * Copies of the configuration version. A strongly consistent read of one
 * item is served at up to 3,000 a second, so 64 copies carry 192,000
 * version reads a second; a configuration write raises all 64 together with
 * its item, its stock or badge list and its audit line, 67 of the 100 items a
 * transaction may hold.
 */
export const CONFIG_VERSION_COPIES = 64;

/** The version copy a request reads: FNV-1a of its transaction id, so requests spread evenly over the copies. */
export function versionCopyOf(transactionId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < transactionId.length; i++) hash = Math.imul(hash ^ transactionId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % CONFIG_VERSION_COPIES;
}
export const auditPartition = (month: string) => `AUDIT#${month}`;

export const CONFIG_PARTITION = 'CONFIG';
export const SK_PREFIX = {
  merchant: 'MERCHANT#',
  reward: 'REWARD#',
  promotion: 'PROMO#',
  task: 'TASK#',
  badge: 'BADGE#',
  badgeSet: 'BADGESET#',
  memberSet: 'SET#',
  memberEarnCount: 'EARNS#',
  game: 'GAME#',
} as const;

/** Activity index partition: one per member. */
export const activityPartition = (memberId: string) => `MEMBER#${memberId}`;

export function shardOf(memberId: string): number {
  return createHash('sha256').update(memberId).digest()[0]! % INDEX_SHARDS;
}

export const lotsPartition = (shard: number) => `LOTS#${shard}`;
/** Settlement index partition: one per merchant and shard (shards by transaction id). */
export const settlementPartition = (merchantId: string, shard: number) => `SETTLE#${merchantId}#${shard}`;
export const tierReviewPartition = (shard: number) => `TIERREVIEW#${shard}`;
/** The operator's flag lists share the tierReview index, in partitions of their own. */
export const flagsPartition = (status: FlagStatus, shard: number) => `FLAGS#${status}#${shard}`;
