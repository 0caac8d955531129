import { signatureHeader } from '../domain/webhook-signature.js';
import {
  attemptOutcome,
  endpointWants,
  eventBody,
  nextRetryDelaySeconds,
  type EventType,
  type WebhookEvent,
} from '../domain/webhooks.js';
import type { Clock } from '../ports/clock.js';
import {
  MAX_QUEUE_DELAY_SECONDS,
  type DeliveryJob,
  type DeliveryQueue,
  type EventPoster,
  type QueuedJob,
  type ReplayJob,
} from '../ports/delivery-queue.js';
import type { DeliveryState, StoredEndpoint, StoredEvent, WebhookStore } from '../ports/webhook-store.js';

/** What the fan-out and the deliveries need: the same on AWS (stream, SQS) and locally (stream poller, timers). */
export interface DeliveryDeps {
  webhooks: WebhookStore;
  queue: DeliveryQueue;
  poster: EventPoster;
  clock: Clock;
  /** The endpoint as recently read (deliveries of one endpoint need not each read it). */
  endpoint: (endpointId: string) => Promise<StoredEndpoint | null>;
  /** A delivery given up (retries exhausted or the endpoint gone): the failed-deliveries metric on AWS. */
  onFailed: (endpointId: string, eventId: string) => void;
}

/** Reads endpoints through a short per-container cache: a rotated secret or a new setting applies within `ttlMs`. */
export function cachedEndpoints(
  webhooks: WebhookStore,
  clock: Clock,
  ttlMs: number,
): (endpointId: string) => Promise<StoredEndpoint | null> {
  const cache = new Map<string, { endpoint: StoredEndpoint | null; until: number }>();
  return async (endpointId) => {
    const now = clock.now().getTime();
    const hit = cache.get(endpointId);
    if (hit && hit.until > now) return hit.endpoint;
    const endpoint = await webhooks.getEndpoint(endpointId);
    cache.set(endpointId, { endpoint, until: now + ttlMs });
    return endpoint;
  };
}

/** The secrets that sign now: the current one, and the previous one for a day after a rotation. */
export function signingSecrets(endpoint: StoredEndpoint, now: Date): string[] {
  const previous =
    endpoint.previousSecret && new Date(endpoint.previousSecret.until) > now ? [endpoint.previousSecret.secret] : [];
  return [endpoint.secret, ...previous];
}

function pending(event: Pick<StoredEvent, 'eventId' | 'type' | 'at'>, nextAttemptAt: string): DeliveryState {
  return {
    eventId: event.eventId,
    type: event.type,
    at: event.at,
    status: 'pending',
    attempts: 0,
    lastStatus: null,
    nextAttemptAt,
  };
}

/** The first attempt of each event at each endpoint that wants it: recorded pending, then queued. */
async function queueDeliveries(
  deps: DeliveryDeps,
  events: readonly StoredEvent[],
  endpoints: readonly StoredEndpoint[],
): Promise<number> {
  const now = deps.clock.now().toISOString();
  const jobs: { job: QueuedJob; delaySeconds: number }[] = [];
  for (const event of events) {
    for (const endpoint of endpoints.filter((candidate) => endpointWants(candidate, event))) {
      await deps.webhooks.recordDelivery(endpoint.endpointId, pending(event, now), now);
      jobs.push({
        job: {
          kind: 'delivery',
          endpointId: endpoint.endpointId,
          event,
          attempts: 0,
          firstAttemptAt: null,
          notBefore: null,
        },
        delaySeconds: 0,
      });
    }
  }
  if (jobs.length > 0) await deps.queue.send(jobs);
  return jobs.length;
}

/**
 * The events of a batch of committed changes: each kept once (for replay) and
 * queued once per endpoint that wants it. Run again on the same batch (a
 * retried stream batch), it keeps and queues the same ids again: at least once.
 */
export async function fanOut(deps: DeliveryDeps, events: readonly WebhookEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const kept: StoredEvent[] = events.map((event) => ({
    eventId: event.eventId,
    type: event.type,
    at: event.at,
    merchantId: event.merchantId,
    body: eventBody(event),
  }));
  await deps.webhooks.keepEvents(kept);
  return queueDeliveries(deps, kept, await deps.webhooks.listEndpoints());
}

async function replaySlice(deps: DeliveryDeps, job: ReplayJob): Promise<void> {
  const endpoint = await deps.webhooks.getEndpoint(job.endpointId);
  if (!endpoint) return;
  const page = await deps.webhooks.eventsIn(job.slice, job.from, job.to, job.cursor);
  // Replay sends what the endpoint subscribes to now, whether or not it is active: the operator asked for it.
  await queueDeliveries(deps, page.items, [{ ...endpoint, active: true }]);
  if (page.nextCursor) await deps.queue.send([{ job: { ...job, cursor: page.nextCursor }, delaySeconds: 0 }]);
}

function settledState(
  job: DeliveryJob,
  status: DeliveryState['status'],
  attempts: number,
  lastStatus: number | null,
  nextAttemptAt: string | null,
): DeliveryState {
  const { eventId, type, at } = job.event;
  return { eventId, type: type as EventType, at, status, attempts, lastStatus, nextAttemptAt };
}

async function attempt(deps: DeliveryDeps, job: DeliveryJob): Promise<void> {
  const now = deps.clock.now();
  if (job.notBefore && new Date(job.notBefore) > now) {
    // Still waiting out a delay longer than the queue can hold: another hop.
    const remaining = Math.ceil((new Date(job.notBefore).getTime() - now.getTime()) / 1000);
    await deps.queue.send([{ job, delaySeconds: Math.min(remaining, MAX_QUEUE_DELAY_SECONDS) }]);
    return;
  }
  const endpoint = await deps.endpoint(job.endpointId);
  if (!endpoint?.active) {
    await deps.webhooks.recordDelivery(
      job.endpointId,
      settledState(job, 'failed', job.attempts, null, null),
      now.toISOString(),
    );
    deps.onFailed(job.endpointId, job.event.eventId);
    return;
  }
  const timestamp = Math.floor(now.getTime() / 1000);
  const status = await deps.poster.post(
    endpoint.url,
    {
      'content-type': 'application/json',
      'webhook-id': job.event.eventId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signatureHeader(signingSecrets(endpoint, now), job.event.eventId, timestamp, job.event.body),
    },
    job.event.body,
  );
  const attempts = job.attempts + 1;
  const firstAttemptAt = job.firstAttemptAt ?? now.toISOString();
  const at = deps.clock.now();
  const outcome = attemptOutcome(status);
  if (outcome === 'delivered') {
    await deps.webhooks.recordDelivery(
      job.endpointId,
      settledState(job, 'delivered', attempts, status, null),
      at.toISOString(),
    );
    return;
  }
  if (outcome === 'gone') await deps.webhooks.disableEndpoint(job.endpointId);
  const delay = outcome === 'gone' ? null : nextRetryDelaySeconds(attempts, new Date(firstAttemptAt), at);
  if (delay === null) {
    await deps.webhooks.recordDelivery(
      job.endpointId,
      settledState(job, 'failed', attempts, status, null),
      at.toISOString(),
    );
    deps.onFailed(job.endpointId, job.event.eventId);
    return;
  }
  const nextAttemptAt = new Date(at.getTime() + delay * 1000).toISOString();
  await deps.webhooks.recordDelivery(
    job.endpointId,
    settledState(job, 'pending', attempts, status, nextAttemptAt),
    at.toISOString(),
  );
  await deps.queue.send([
    {
      job: { ...job, attempts, firstAttemptAt, notBefore: nextAttemptAt },
      delaySeconds: Math.min(delay, MAX_QUEUE_DELAY_SECONDS),
    },
  ]);
}

/** Handles one queued message: an attempt of a delivery, or a page of a replay. */
export function handleQueuedJob(deps: DeliveryDeps, job: QueuedJob): Promise<void> {
  return job.kind === 'delivery' ? attempt(deps, job) : replaySlice(deps, job);
}
