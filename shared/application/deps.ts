import { ForbiddenError } from '../domain/errors.js';
import type { AuditTrail } from '../ports/audit-trail.js';
import type { Clock } from '../ports/clock.js';
import type { ConfigStore } from '../ports/config-store.js';
import type { FlagStore } from '../ports/flag-store.js';
import type { GameStore } from '../ports/game-store.js';
import type { AdminKeyVerifier, KeyStore } from '../ports/key-store.js';
import type { LedgerStore } from '../ports/ledger-store.js';
import type { MemberStore } from '../ports/member-store.js';
import type { MovementReads } from '../ports/movement-reads.js';
import type { PromotionScheduler } from '../ports/promotion-scheduler.js';
import type { TransferStore } from '../ports/transfer-store.js';
import type { RulesVersions } from '../ports/rules-versions.js';
import type { DeliveryQueue } from '../ports/delivery-queue.js';
import type { WebhookStore } from '../ports/webhook-store.js';
import type { UrlPolicy } from '../domain/webhook-url.js';
import type { PendingKey } from './authenticate.js';

/** Everything a use case may touch, injected so tests control time and storage. */
export interface Deps {
  config: ConfigStore;
  members: MemberStore;
  ledger: LedgerStore;
  /** The one read an earn or a redemption starts from. */
  movementReads: MovementReads;
  keys: KeyStore;
  games: GameStore;
  /** Every configuration version's rules page, for `GET /v1/rules?version=` and `?asOf=`. */
  rules: RulesVersions;
  flags: FlagStore;
  transfers: TransferStore;
  audit: AuditTrail;
  adminKey: AdminKeyVerifier;
  promotionScheduler: PromotionScheduler;
  /** Webhook endpoints, kept events and delivery states. */
  webhooks: WebhookStore;
  /** Where replays are queued (SQS on AWS, timers locally). */
  deliveryQueue: DeliveryQueue;
  /** Which endpoint URLs are accepted: `deployed` (https, public addresses only) unless running locally. */
  webhookUrls: UrlPolicy;
  clock: Clock;
  /** Waits between optimistic-concurrency retries; tests may make it instant. */
  sleep: (ms: number) => Promise<void>;
}

/** Who is calling: the operator, a merchant's key, or a scheduled job. */
export type Caller = { kind: 'admin' } | { kind: 'merchant'; merchantId: string; keyId: string } | { kind: 'system' };

/** The merchant of a merchant key; routes open to merchant keys only never see another caller. */
export function merchantIdOf(caller: Caller): string {
  if (caller.kind !== 'merchant') throw new ForbiddenError('This route is for merchant keys.');
  return caller.merchantId;
}

/** Idempotency keys and ledger ownership are scoped to this. */
export function ownerOf(caller: Caller): string {
  return caller.kind === 'merchant' ? caller.merchantId : caller.kind;
}

/** What every request that moves points carries: who posts it, its Idempotency-Key and the hash of what it asks. */
export interface MovementRequest {
  caller: Caller;
  /** The caller's merchant key, when it is left to the use case's own read to check (see PendingKey). */
  keyCheck?: PendingKey | null;
  idempotencyKey: string;
  requestHash: string;
}

/** The answer of a use case that moves points, as the HTTP layer sends it. */
export interface Outcome {
  status: number;
  body: unknown;
  replayed: boolean;
}
