import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { DeliveryQueue } from '../ports/delivery-queue.js';

/** SQS takes at most 10 messages a call. */
const BATCH = 10;

/** jifen's delivery queue on SQS: each message a job, its delay the queue's own `DelaySeconds` (at most 900). */
export function sqsDeliveryQueue(queueUrl: string, client = new SQSClient({})): DeliveryQueue {
  return {
    async send(messages) {
      for (let offset = 0; offset < messages.length; offset += BATCH) {
        const batch = messages.slice(offset, offset + BATCH);
        const { Failed } = await client.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: batch.map(({ job, delaySeconds }, index) => ({
              Id: String(index),
              MessageBody: JSON.stringify(job),
              DelaySeconds: delaySeconds,
            })),
          }),
        );
        // A message not taken must not be lost: the caller fails, and its own trigger (stream or queue) retries.
        if (Failed && Failed.length > 0)
          throw new Error(`the delivery queue refused ${Failed.length} message(s): ${Failed[0]!.Code}`);
      }
    },
  };
}
