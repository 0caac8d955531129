import { createDynamoDbClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoWebhookStore } from '../../shared/adapters/dynamodb/webhook-store.js';
import { httpEventPoster } from '../../shared/adapters/http-event-poster.js';
import { sqsDeliveryQueue } from '../../shared/adapters/sqs-delivery-queue.js';
import { cachedEndpoints, type DeliveryDeps } from '../../shared/application/webhook-delivery.js';
import { systemClock } from '../../shared/ports/clock.js';
import { readEnvironment } from '../composition-root.js';

/** A rotated secret or a disabled endpoint reaches every delivery container within this long. */
const ENDPOINT_CACHE_MS = 5_000;

let built: DeliveryDeps | undefined;

/**
 * The webhook fan-out's and delivery functions' dependencies: the table, the
 * queue, HTTPS to partners. Apart from the HTTP functions' root, so their
 * bundles carry none of it.
 */
export function productionDeliveryDeps(onFailed: DeliveryDeps['onFailed']): DeliveryDeps {
  if (!built) {
    const env = readEnvironment();
    if (!env.WEBHOOK_QUEUE_URL)
      throw new Error('jifen is misconfigured: WEBHOOK_QUEUE_URL: required by the webhook functions');
    const webhooks = new DynamoWebhookStore({ client: createDynamoDbClient(), tableName: env.TABLE_NAME });
    built = {
      webhooks,
      queue: sqsDeliveryQueue(env.WEBHOOK_QUEUE_URL),
      poster: httpEventPoster('deployed'),
      clock: systemClock,
      endpoint: cachedEndpoints(webhooks, systemClock, ENDPOINT_CACHE_MS),
      onFailed,
    };
  }
  return built;
}
