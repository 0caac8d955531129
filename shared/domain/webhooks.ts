/**
 * Events to partner systems (API.md "Events to partners"): the event types,
 * an endpoint as the operator configures it, and the delivery rules that do
 * not depend on where jifen runs.
 */
export const EVENT_TYPES = [
  'points.earned',
  'points.redeemed',
  'points.reversed',
  'points.expired',
  'member.tier_changed',
  'transfer.requested',
  'transfer.confirmed',
  'transfer.rejected',
  'transfer.expired',
  'flag.opened',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface WebhookEndpoint {
  endpointId: string;
  url: string;
  /** Only events of entries this merchant's keys posted (and transfers to it); null: every event. */
  merchantId: string | null;
  events: EventType[];
  active: boolean;
  /** The secrets that sign: the current one first, then the previous one while it is still honoured. */
  secrets: string[];
}

/** One committed change as partners hear of it; `id` is the same however often it is sent. */
export interface WebhookEvent {
  eventId: string;
  type: EventType;
  /** When the change committed (ISO 8601). */
  at: string;
  /** The merchant whose key made the change; null for the program's own changes. */
  merchantId: string | null;
  data: unknown;
}

/** Whether an endpoint subscribes to an event (merchant-scoped endpoints hear only their merchant's). */
export function endpointWants(
  endpoint: Pick<WebhookEndpoint, 'active' | 'events' | 'merchantId'>,
  event: Pick<WebhookEvent, 'type' | 'merchantId'>,
): boolean {
  return (
    endpoint.active &&
    endpoint.events.includes(event.type) &&
    (endpoint.merchantId === null || endpoint.merchantId === event.merchantId)
  );
}

/** The JSON body of every attempt: `{type, timestamp, data}`. */
export function eventBody(event: Pick<WebhookEvent, 'type' | 'at' | 'data'>): string {
  return JSON.stringify({ type: event.type, timestamp: event.at, data: event.data });
}

/** The old secret keeps signing this long after a rotation, so receivers can switch without missing a beat. */
export const PREVIOUS_SECRET_HOURS = 24;

/** A delivery is retried for at least this long after its first attempt, then it is `failed` (and replayable). */
export const RETRY_WINDOW_SECONDS = 24 * 3600;

/** Waits after the 1st, 2nd, ... failed attempt; the last repeats until the window has passed. */
export const RETRY_DELAYS_SECONDS = [5, 30, 120, 600, 1_800, 3_600, 3 * 3_600, 6 * 3_600] as const;

/** An attempt that has not answered 2xx within this long has failed. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * The wait before the next attempt after `failedAttempts` failures, or null
 * when the retry window (from `firstAttemptAt`) has passed: the delivery is failed.
 */
export function nextRetryDelaySeconds(failedAttempts: number, firstAttemptAt: Date, now: Date): number | null {
  if (now.getTime() - firstAttemptAt.getTime() >= RETRY_WINDOW_SECONDS * 1000) return null;
  const index = Math.min(Math.max(failedAttempts, 1), RETRY_DELAYS_SECONDS.length) - 1;
  return RETRY_DELAYS_SECONDS[index]!;
}

/** How an answer settles an attempt: 2xx delivers, 410 disables the endpoint, anything else is retried. */
export function attemptOutcome(status: number | null): 'delivered' | 'gone' | 'retry' {
  if (status !== null && status >= 200 && status < 300) return 'delivered';
  if (status === 410) return 'gone';
  return 'retry';
}
