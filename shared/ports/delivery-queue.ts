import type { EventType } from '../domain/webhooks.js';
import type { EventSlice, StoredEvent } from './webhook-store.js';

/** One attempt (or the wait before it) of sending one event to one endpoint. */
export interface DeliveryJob {
  kind: 'delivery';
  endpointId: string;
  event: StoredEvent & { type: EventType };
  /** Attempts already made. */
  attempts: number;
  /** When the first attempt was made: retries stop a day after it. */
  firstAttemptAt: string | null;
  /** A queue delays a message at most 15 minutes: a longer wait is waited out in several hops. */
  notBefore: string | null;
}

/** Replay of one slice of kept events to one endpoint, a page at a time. */
export interface ReplayJob {
  kind: 'replay';
  endpointId: string;
  slice: EventSlice;
  from: string;
  to: string;
  cursor: string | null;
}

export type QueuedJob = DeliveryJob | ReplayJob;

/** The longest delay a queued message may carry (SQS's limit). */
export const MAX_QUEUE_DELAY_SECONDS = 900;

/** Where deliveries wait their turn: SQS on AWS, timers in-process locally. */
export interface DeliveryQueue {
  send(messages: readonly { job: QueuedJob; delaySeconds: number }[]): Promise<void>;
}

/** For functions that never deliver: using it is a wiring mistake, never a silent drop. */
export const unwiredDeliveryQueue: DeliveryQueue = {
  send: async () => {
    throw new Error('this function has no delivery queue');
  },
};

/** Sends an event's body to an endpoint; the receiver's HTTP status, or null when none came in time or the address was refused. */
export interface EventPoster {
  post(url: string, headers: Record<string, string>, body: string): Promise<number | null>;
}
