import type { AuditTrail } from '../ports/audit-trail.js';
import type { Clock } from '../ports/clock.js';
import type { ConfigStore } from '../ports/config-store.js';
import type { FlagStore } from '../ports/flag-store.js';
import type { AdminKeyVerifier, KeyStore } from '../ports/key-store.js';
import type { LedgerStore } from '../ports/ledger-store.js';
import type { MemberStore } from '../ports/member-store.js';
import type { PromotionScheduler } from '../ports/promotion-scheduler.js';

/** Everything a use case may touch, injected so tests control time and storage. */
export interface Deps {
  config: ConfigStore;
  members: MemberStore;
  ledger: LedgerStore;
  keys: KeyStore;
  flags: FlagStore;
  audit: AuditTrail;
  adminKey: AdminKeyVerifier;
  promotionScheduler: PromotionScheduler;
  clock: Clock;
  /** Waits between optimistic-concurrency retries; tests may make it instant. */
  sleep: (ms: number) => Promise<void>;
}

/** Who is calling: the operator, a merchant's key, or a scheduled job. */
export type Caller = { kind: 'admin' } | { kind: 'merchant'; merchantId: string; keyId: string } | { kind: 'system' };

/** Idempotency keys and ledger ownership are scoped to this. */
export function ownerOf(caller: Caller): string {
  return caller.kind === 'merchant' ? caller.merchantId : caller.kind;
}

/** The answer of a use case that moves points, as the HTTP layer sends it. */
export interface Outcome {
  status: number;
  body: unknown;
  replayed: boolean;
}
