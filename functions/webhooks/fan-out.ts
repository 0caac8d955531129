import type { DynamoDBStreamEvent } from 'aws-lambda';
import { eventsOfRecords, type StreamRecord } from '../../shared/adapters/dynamodb/stream-records.js';
import { fanOut } from '../../shared/application/webhook-delivery.js';
import { productionDeliveryDeps } from './delivery-root.js';
import { logger, recordWebhookDeliveryFailed } from '../middleware/observability.js';

/**
 * The table stream's consumer: the events of each batch of committed changes,
 * kept and queued once per endpoint. A failure is thrown: the event source
 * mapping retries the batch, halving it to isolate a bad record, and sends a
 * batch that keeps failing to its on-failure queue.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<void> {
  const events = eventsOfRecords(event.Records as StreamRecord[]);
  const queued = await fanOut(productionDeliveryDeps(recordWebhookDeliveryFailed), events);
  logger.info('stream batch fanned out', { records: event.Records.length, events: events.length, queued });
}
