import type { AuditRecord } from '../domain/audit.js';
import type { DeliveryStatus, EventType, WebhookEndpoint, WebhookEvent } from '../domain/webhooks.js';
import type { Page } from './member-store.js';

/** An endpoint as kept: its current secret and, for a day after a rotation, the previous one. */
export interface StoredEndpoint extends Omit<WebhookEndpoint, 'secrets'> {
  secret: string;
  previousSecret: { secret: string; until: string } | null;
  createdAt: string;
}

/** What a delivery shows the operator. */
export interface DeliveryState {
  eventId: string;
  type: EventType;
  /** The event's time: deliveries list in it. */
  at: string;
  status: DeliveryStatus;
  attempts: number;
  /** The receiver's last HTTP status; null before the first answer or when none came (timeout, refused address). */
  lastStatus: number | null;
  nextAttemptAt: string | null;
}

/** An event as kept for replay: what was sent, to whom it may go. */
export type StoredEvent = Pick<WebhookEvent, 'eventId' | 'type' | 'at' | 'merchantId'> & { body: string };

/** One slice of the kept events: a UTC day in one shard (docs/architecture.md "Events to partners"). */
export interface EventSlice {
  day: string;
  shard: number;
}

export interface WebhookStore {
  getEndpoint(endpointId: string): Promise<StoredEndpoint | null>;
  /** Every endpoint, active or not (a few dozen at most: the operator's partners). */
  listEndpoints(): Promise<StoredEndpoint[]>;
  /** Creates the endpoint when `created`, else replaces its settings, keeping its secrets; with the audit line. */
  saveEndpoint(endpoint: StoredEndpoint, change: 'created' | 'updated', audit?: AuditRecord): Promise<void>;
  setSecrets(
    endpointId: string,
    secret: string,
    previousSecret: StoredEndpoint['previousSecret'],
    audit?: AuditRecord,
  ): Promise<void>;
  disableEndpoint(endpointId: string): Promise<void>;
  /** Keeps each event once, for replay. */
  keepEvents(events: readonly StoredEvent[]): Promise<void>;
  /** The slices that hold the events of [from, to). */
  slicesBetween(from: string, to: string): EventSlice[];
  eventsIn(slice: EventSlice, from: string, to: string, cursor: string | null): Promise<Page<StoredEvent>>;
  /** Records a delivery's state, replacing whatever state it had; kept for a while after `now`. */
  recordDelivery(endpointId: string, state: DeliveryState, now: string): Promise<void>;
  listDeliveries(
    endpointId: string,
    status: DeliveryStatus | null,
    page: { limit: number; cursor: string | null },
  ): Promise<Page<DeliveryState>>;
}
