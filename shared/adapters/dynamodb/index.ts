import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Deps } from '../../application/deps.js';
import { systemClock, type Clock } from '../../ports/clock.js';
import type { AdminKeyVerifier } from '../../ports/key-store.js';
import { noPromotionScheduler, type PromotionScheduler } from '../../ports/promotion-scheduler.js';
import { DynamoAuditTrail } from './audit-trail.js';
import { DynamoConfigStore } from './config-store.js';
import { RecentVersion } from './config-version.js';
import { DynamoGameStore } from './game-store.js';
import { DynamoFlagStore } from './flag-store.js';
import { DynamoKeyStore } from './key-store.js';
import { DynamoLedgerStore } from './ledger-store.js';
import { DynamoMemberStore } from './member-store.js';
import { DynamoMovementReads } from './movement-reads.js';
import { DynamoTransferStore } from './transfer-store.js';
import type { RulesVersionsFactory } from './rules-versions.js';
import { absentRulesVersions, type VersionWriter } from './version-writer.js';
import type { RulesVersions } from '../../ports/rules-versions.js';
import { DynamoWebhookStore } from './webhook-store.js';
import { unwiredDeliveryQueue, type DeliveryQueue } from '../../ports/delivery-queue.js';
import type { UrlPolicy } from '../../domain/webhook-url.js';

/** Wires the use cases to one DynamoDB table. */
export function dynamoDeps(options: {
  client: DynamoDBClient;
  tableName: string;
  adminKey: AdminKeyVerifier;
  promotionScheduler?: PromotionScheduler;
  deliveryQueue?: DeliveryQueue;
  webhookUrls?: UrlPolicy;
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  /** Only the functions that write the configuration or answer past rules carry them (see version-writer.ts). */
  rulesVersions?: RulesVersionsFactory;
}): Deps {
  const table = { client: options.client, tableName: options.tableName };
  // One per container: a configuration or game change made here shows on this container's rules page at once.
  const recentVersion = new RecentVersion(table);
  const clock = options.clock ?? systemClock;
  // A version's page is built from the configuration and the games as they are at that version.
  const rules: VersionWriter & RulesVersions = options.rulesVersions
    ? options.rulesVersions(table, clock, {
        get config() {
          return config;
        },
        get games() {
          return gameStore;
        },
      })
    : absentRulesVersions;
  const config = new DynamoConfigStore(table, recentVersion, rules);
  const gameStore = new DynamoGameStore(table, recentVersion, rules);
  return {
    config,
    members: new DynamoMemberStore(table),
    ledger: new DynamoLedgerStore(table),
    movementReads: new DynamoMovementReads(table),
    keys: new DynamoKeyStore(table),
    games: gameStore,
    rules,
    flags: new DynamoFlagStore(table),
    transfers: new DynamoTransferStore(table),
    audit: new DynamoAuditTrail(table),
    adminKey: options.adminKey,
    promotionScheduler: options.promotionScheduler ?? noPromotionScheduler,
    webhooks: new DynamoWebhookStore(table),
    deliveryQueue: options.deliveryQueue ?? unwiredDeliveryQueue,
    webhookUrls: options.webhookUrls ?? 'deployed',
    clock,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
}
