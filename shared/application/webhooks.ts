import type { AuditRecord } from '../domain/audit.js';
import { MerchantNotFoundError, ValidationError, WebhookNotFoundError } from '../domain/errors.js';
import { urlRefusal } from '../domain/webhook-url.js';
import { newSecret } from '../domain/webhook-signature.js';
import { PREVIOUS_SECRET_HOURS, type DeliveryStatus, type EventType } from '../domain/webhooks.js';
import type { Page } from '../ports/member-store.js';
import type { DeliveryState, StoredEndpoint } from '../ports/webhook-store.js';
import type { Deps } from './deps.js';
import { loadConfig } from './kept-config.js';

/** The operator's view of an endpoint: never its secret, which only its creation and a rotation show. */
export interface EndpointAnswer {
  endpointId: string;
  url: string;
  merchantId: string | null;
  events: EventType[];
  active: boolean;
  createdAt: string;
  secret?: string;
}

function answerOf(endpoint: StoredEndpoint): EndpointAnswer {
  const { endpointId, url, merchantId, events, active, createdAt } = endpoint;
  return { endpointId, url, merchantId, events, active, createdAt };
}

async function existing(deps: Deps, endpointId: string): Promise<StoredEndpoint> {
  const endpoint = await deps.webhooks.getEndpoint(endpointId);
  if (!endpoint) throw new WebhookNotFoundError(endpointId);
  return endpoint;
}

/** Creates an endpoint (201, with its secret, shown this once) or replaces its settings, keeping its secret (200). */
export async function putWebhook(
  deps: Deps,
  endpointId: string,
  body: { url: string; merchantId?: string | undefined; events: EventType[]; active?: boolean | undefined },
  audit?: AuditRecord,
): Promise<{ upsert: 'created' | 'updated'; saved: EndpointAnswer }> {
  const refusal = urlRefusal(body.url, deps.webhookUrls);
  if (refusal) throw new ValidationError([{ path: 'url', message: refusal }]);
  const merchantId = body.merchantId ?? null;
  if (merchantId !== null && !(await loadConfig(deps, { merchantIds: [merchantId] })).merchants.has(merchantId)) {
    throw new MerchantNotFoundError(merchantId);
  }
  const before = await deps.webhooks.getEndpoint(endpointId);
  const settings = {
    endpointId,
    url: body.url,
    merchantId,
    events: [...new Set(body.events)],
    active: body.active ?? true,
  };
  if (before) {
    const endpoint = { ...before, ...settings };
    await deps.webhooks.saveEndpoint(endpoint, 'updated', audit);
    return { upsert: 'updated', saved: answerOf(endpoint) };
  }
  const endpoint: StoredEndpoint = {
    ...settings,
    secret: newSecret(),
    previousSecret: null,
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.webhooks.saveEndpoint(endpoint, 'created', audit);
  return { upsert: 'created', saved: { ...answerOf(endpoint), secret: endpoint.secret } };
}

/** A new secret; the old one keeps signing (beside it) for a day, so the receiver can switch without missing an event. */
export async function rotateWebhookSecret(
  deps: Deps,
  endpointId: string,
  audit?: AuditRecord,
): Promise<{ secret: string }> {
  const endpoint = await existing(deps, endpointId);
  const until = new Date(deps.clock.now().getTime() + PREVIOUS_SECRET_HOURS * 3_600_000).toISOString();
  const secret = newSecret();
  await deps.webhooks.setSecrets(endpointId, secret, { secret: endpoint.secret, until }, audit);
  return { secret };
}

export async function listWebhookDeliveries(
  deps: Deps,
  endpointId: string,
  status: DeliveryStatus | null,
  page: { limit: number; cursor: string | null },
): Promise<Page<Omit<DeliveryState, 'status' | 'at'> & { status: DeliveryStatus }>> {
  // The cursor is checked (400) before the endpoint's existence (404), as validation comes first everywhere.
  const deliveries = await deps.webhooks.listDeliveries(endpointId, status, page);
  await existing(deps, endpointId);
  return {
    items: deliveries.items.map(({ eventId, type, status: state, attempts, lastStatus, nextAttemptAt }) => ({
      eventId,
      type,
      status: state,
      attempts,
      lastStatus,
      nextAttemptAt,
    })),
    nextCursor: deliveries.nextCursor,
  };
}

/** Replay reaches back at most this far in one request (kept events go after 35 days). */
export const MAX_REPLAY_DAYS = 31;
const DAY_MS = 86_400_000;

/**
 * Queues a replay of every kept event in [from, to) to the endpoint, one job
 * per slice of kept events; the delivery worker pages through each and sends every
 * event the endpoint subscribes to again, with its own id.
 */
export async function replayWebhookEvents(
  deps: Deps,
  endpointId: string,
  range: { from: string; to: string },
  audit?: AuditRecord,
): Promise<{ endpointId: string; from: string; to: string }> {
  const from = new Date(range.from);
  const to = new Date(range.to);
  if (to <= from) throw new ValidationError([{ path: 'to', message: 'must be after from' }]);
  if (to.getTime() - from.getTime() > MAX_REPLAY_DAYS * DAY_MS)
    throw new ValidationError([{ path: 'to', message: `must be at most ${MAX_REPLAY_DAYS} days after from` }]);
  await existing(deps, endpointId);
  const window = { from: from.toISOString(), to: to.toISOString() };
  const jobs = deps.webhooks.slicesBetween(window.from, window.to).map((slice) => ({
    job: { kind: 'replay' as const, endpointId, slice, ...window, cursor: null },
    delaySeconds: 0,
  }));
  await deps.deliveryQueue.send(jobs);
  if (audit) await deps.audit.append(audit);
  return { endpointId, ...window };
}
