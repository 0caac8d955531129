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
   * container reads one at random at most once a second (docs/capacity.md).
   */
  configVersion: (copy: number) => ({ pk: `${CONFIG_VERSION_PREFIX}${copy}`, sk: 'VERSION' }),
  memberTaskCount: (memberId: string, taskId: string) => ({ pk: `MEMBER#${memberId}`, sk: `TASK#${taskId}` }),
  memberEarnCount: (memberId: string, category: string) => ({ pk: `MEMBER#${memberId}`, sk: `EARNS#${category}` }),
  memberBadge: (memberId: string, badgeId: string) => ({ pk: `MEMBER#${memberId}`, sk: `BADGE#${badgeId}` }),
  memberSet: (memberId: string, setId: string) => ({ pk: `MEMBER#${memberId}`, sk: `SET#${setId}` }),
  game: (gameId: string) => ({ pk: 'CONFIG', sk: `GAME#${gameId}` }),
  /**
   * Tickets taken in one lane of a game (`GAME_LANES`): written by the plays
   * of that lane, so kept apart from the (larger) game item. Lane 0 keeps the
   * key of the single counter games had before lanes.
   */
  gameLane: (gameId: string, lane: number) => ({
    pk: lane === 0 ? `GAME#${gameId}` : `GAME#${gameId}#${lane}`,
    sk: 'COUNTER',
  }),
  stock: (rewardId: string) => ({ pk: `STOCK#${rewardId}`, sk: 'STOCK' }),
  apiKey: (keyId: string) => ({ pk: `KEY#${keyId}`, sk: 'KEY' }),
  member: (memberId: string) => ({ pk: `MEMBER#${memberId}`, sk: 'MEMBER' }),
  profile: (memberId: string) => ({ pk: `MEMBER#${memberId}`, sk: 'PROFILE' }),
  birthday: (memberId: string) => ({ pk: `MEMBER#${memberId}`, sk: 'BIRTHDAY' }),
  /**
   * A lot of pending points made spendable, at its position (`availableAt#tag`): no entry carries it. In a
   * partition of the member's own beside the member's items, so the reads of the member's partition never grow with it.
   */
  releasedLot: (memberId: string, position: string) => ({ pk: releasedLotsPartition(memberId), sk: position }),
  transaction: (transactionId: string) => ({ pk: `TX#${transactionId}`, sk: 'TX' }),
  transfer: (transferId: string) => ({ pk: `${TRANSFER_PK_PREFIX}${transferId}`, sk: 'TRANSFER' }),
  /** An entry's settlement lines after its first, each indexed under its own merchant. */
  settlementLine: (transactionId: string, line: number) => ({ pk: `TX#${transactionId}`, sk: `LINE#${line}` }),
  /** The audit trail is bucketed by UTC month of `at` (`YYYY-MM`), newest last within a bucket. */
  audit: (record: { at: string; auditId: string }) => ({
    pk: auditPartition(record.at.slice(0, 7)),
    sk: `${record.at}#${record.auditId}`,
  }),
  /** A flag lives in its member's partition. */
  flag: (breach: LimitBreach) => ({
    pk: `MEMBER#${breach.memberId}`,
    sk: `${FLAG_SK_PREFIX}${breach.day}#${breach.rule}`,
  }),
  /** The operator's webhook endpoints share one partition: a few dozen items, read by the fan-out per stream batch. */
  webhookEndpoint: (endpointId: string) => ({ pk: WEBHOOKS_PARTITION, sk: `${WEBHOOK_ENDPOINT_PREFIX}${endpointId}` }),
  /** An event kept for replay, in its UTC day's shard (by event id), in time order. */
  webhookEvent: (event: { at: string; eventId: string }) => ({
    pk: webhookEventsPartition({ day: event.at.slice(0, 10), shard: shardOf(event.eventId) }),
    sk: `${event.at}#${event.eventId}`,
  }),
  /** One delivery's state, in its endpoint's shard (by event id); the status leads the sort key so a list by status is one range. */
  webhookDelivery: (endpointId: string, delivery: { status: string; at: string; eventId: string }) => ({
    pk: webhookDeliveriesPartition(endpointId, shardOf(delivery.eventId)),
    sk: `${delivery.status}#${delivery.at}#${delivery.eventId}`,
  }),
};

export const WEBHOOKS_PARTITION = 'WEBHOOKS';
export const WEBHOOK_ENDPOINT_PREFIX = 'ENDPOINT#';
export const webhookEventsPartition = (slice: { day: string; shard: number }) => `WHEVENTS#${slice.day}#${slice.shard}`;
export const webhookDeliveriesPartition = (endpointId: string, shard: number) => `WHDELIVERY#${endpointId}#${shard}`;

export const FLAG_SK_PREFIX = 'FLAG#';
export const releasedLotsPartition = (memberId: string) => `RELEASED#${memberId}`;
export const TRANSFER_PK_PREFIX = 'TRANSFER#';
const CONFIG_VERSION_PREFIX = 'CONFIGVERSION#';

/**
 * Copies of the configuration version. A container reads one at random at
 * most once a second, and one item serves 3,000 strongly consistent reads a
 * second, so 8 copies serve 24,000 warm containers; a configuration write
 * raises all 8 with its item, its stock or badge list and its audit line
 * (11 items; a game's write, with its 32 lanes, 42).
 */
export const CONFIG_VERSION_COPIES = 8;
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
/** A merchant's keys, as the tierReview index lists them (key-store.ts). */
export const merchantKeysPartition = (merchantId: string) => `KEYS#${merchantId}`;
export const tierReviewPartition = (shard: number) => `TIERREVIEW#${shard}`;
/** The operator's flag lists share the tierReview index, in partitions of their own. */
/** Members by birthday (`MM-DD`), in partitions of their own in the tierReview index (birthday-item.ts). */
export const birthdayPartition = (monthDay: string, shard: number) => `BIRTHDAY#${monthDay}#${shard}`;
export const flagsPartition = (status: FlagStatus, shard: number) => `FLAGS#${status}#${shard}`;
/** Pending transfers by `expiresAt`, in partitions of their own in the tierReview index (transfer-item.ts). */
export const transfersDuePartition = (shard: number) => `TRANSFERSDUE#${shard}`;
/** A partner's pending transfers by `createdAt`, in partitions of their own in the lots index (transfer-item.ts). */
export const partnerPendingPartition = (partnerId: string, shard: number) => `PARTNERPENDING#${partnerId}#${shard}`;
