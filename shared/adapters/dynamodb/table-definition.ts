/**
 * The single table's physical shape, shared by the CDK data stack and the local
 * DynamoDB runner so the two can never drift. Key layout: see README "Data model".
 */
export const TABLE_KEY = { partitionKey: 'pk', sortKey: 'sk' } as const;

/**
 * The table's change stream, read by the webhook fan-out (deployed: an event
 * source mapping; locally: a poller). Both images, so a change (a tier) can be
 * told from a rewrite of the same value.
 */
export const TABLE_STREAM_VIEW = 'NEW_AND_OLD_IMAGES' as const;

/** Attribute holding an epoch-seconds expiry, for items DynamoDB may delete (remembered refusals). */
export const TTL_ATTRIBUTE = 'ttl';

export interface IndexDefinition {
  indexName: string;
  partitionKey: string;
  sortKey: string;
  /** Non-key attributes copied into the index; empty = keys only. */
  nonKeyAttributes: string[];
}

/** Member activity, newest first: one index entry per ledger movement. */
export const ACTIVITY_INDEX: IndexDefinition = {
  indexName: 'activity',
  partitionKey: 'g1pk',
  sortKey: 'g1sk',
  nonKeyAttributes: ['txId', 'type', 'bal', 'pts', 'delta', 'after', 'mid', 'ref', 'at', 'cum'],
};

/**
 * Members holding unspent points, by the posting time of their oldest
 * possibly-unspent lot (sparse); in partitions of their own, each exchange
 * partner's pending transfers (transfer-item.ts).
 */
export const LOTS_INDEX: IndexDefinition = {
  indexName: 'lots',
  partitionKey: 'g2pk',
  sortKey: 'g2sk',
  nonKeyAttributes: [],
};

/**
 * Members above the lowest tier, by the time their tier is next reviewed
 * (sparse); in partitions of their own, the operator's flags by status
 * (flag-codec.ts), each merchant's keys (key-store.ts), members by birthday
 * (birthday-item.ts) and pending transfers by expiry (transfer-item.ts).
 */
export const TIER_REVIEW_INDEX: IndexDefinition = {
  indexName: 'tierReview',
  partitionKey: 'g3pk',
  sortKey: 'g3sk',
  nonKeyAttributes: [],
};

/**
 * Settled entries by merchant, in posting order (sparse: only entries a merchant
 * settles, and confirmed transfers, by their confirmation). Each merchant's entries are spread over shards by transaction id, so
 * its busiest day never lands on one index partition.
 */
export const SETTLEMENT_INDEX: IndexDefinition = {
  indexName: 'settlement',
  partitionKey: 'g4pk',
  sortKey: 'g4sk',
  nonKeyAttributes: ['ss', 'sp', 'sr'],
};

export const TABLE_INDEXES: IndexDefinition[] = [ACTIVITY_INDEX, LOTS_INDEX, TIER_REVIEW_INDEX, SETTLEMENT_INDEX];

/** Sparse indexes are spread over this many partition-key shards so no index partition runs hot. */
export const INDEX_SHARDS = 8;
