import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { handleQueuedJob } from '../../shared/application/webhook-delivery.js';
import type { QueuedJob } from '../../shared/ports/delivery-queue.js';
import { productionDeliveryDeps } from './delivery-root.js';
import { logger, recordWebhookDeliveryFailed } from '../middleware/observability.js';

/**
 * The delivery queue's consumer: each message one attempt (or one page of a
 * replay), all of a batch at once. A message whose handling throws (the table
 * or the queue unavailable, not the receiver: its failures are retries the
 * code schedules itself) is reported back, so SQS delivers it again and, after
 * its receive limit, moves it to the dead-letter queue.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const deps = productionDeliveryDeps(recordWebhookDeliveryFailed);
  const outcomes = await Promise.allSettled(
    event.Records.map((record) => handleQueuedJob(deps, JSON.parse(record.body) as QueuedJob)),
  );
  const batchItemFailures = outcomes.flatMap((outcome, index) => {
    if (outcome.status === 'fulfilled') return [];
    logger.error('queued webhook job failed', {
      messageId: event.Records[index]!.messageId,
      error: outcome.reason as Error,
    });
    return [{ itemIdentifier: event.Records[index]!.messageId }];
  });
  return { batchItemFailures };
}
