import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import { eventsOfRecords, type StreamRecord } from '../shared/adapters/dynamodb/stream-records.js';
import { httpEventPoster } from '../shared/adapters/http-event-poster.js';
import type { Deps } from '../shared/application/deps.js';
import { cachedEndpoints, fanOut, handleQueuedJob, type DeliveryDeps } from '../shared/application/webhook-delivery.js';
import type { DeliveryQueue, QueuedJob } from '../shared/ports/delivery-queue.js';

/**
 * jifen's delivery queue, in-process: each message waits its delay on a timer
 * and then runs the same delivery code the SQS-triggered function runs.
 * `delayMs` turns a message's delay into the wait (tests shorten it).
 */
export class InProcessDeliveryQueue implements DeliveryQueue {
  private readonly timers = new Set<NodeJS.Timeout>();
  private handler: ((job: QueuedJob) => Promise<void>) | undefined;
  private running = 0;

  constructor(private readonly delayMs: (delaySeconds: number) => number = (seconds) => seconds * 1000) {}

  /** Who handles the messages (the delivery code needs the queue, so it is given after both exist). */
  consume(handler: (job: QueuedJob) => Promise<void>): void {
    this.handler = handler;
  }

  async send(messages: readonly { job: QueuedJob; delaySeconds: number }[]): Promise<void> {
    for (const { job, delaySeconds } of messages) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.running++;
        // A handler that throws is SQS's redelivery: the message comes back after a visibility timeout's wait.
        (this.handler?.(job) ?? Promise.resolve())
          .catch((error: unknown) => {
            console.error('webhook delivery failed; retrying the message', error);
            return this.send([{ job, delaySeconds: 30 }]);
          })
          .finally(() => this.running--);
      }, this.delayMs(delaySeconds));
      this.timers.add(timer);
    }
  }

  /** Messages waiting or being handled. */
  get size(): number {
    return this.timers.size + this.running;
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/**
 * The streams client turns an empty map or list (`{"M": {}}`) into `{}`, which
 * no longer says its type; the Lambda event carries the JSON as sent. Here it
 * becomes the empty map again so the records read as they do on AWS.
 */
function restoreEmptyValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(restoreEmptyValues);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const entries = Object.entries(value);
  if (entries.length === 0) return { M: {} };
  return Object.fromEntries(entries.map(([key, inner]) => [key, restoreEmptyValues(inner)]));
}

function asSentByLambda(record: _Record): StreamRecord {
  const { Keys, NewImage, OldImage } = record.dynamodb ?? {};
  const attributes = (map: Record<string, unknown> | undefined) =>
    map && Object.fromEntries(Object.entries(map).map(([name, value]) => [name, restoreEmptyValues(value)]));
  return {
    ...(record.eventName && { eventName: record.eventName }),
    dynamodb: {
      ...(Keys && { Keys }),
      ...(NewImage && { NewImage: attributes(NewImage) }),
      ...(OldImage && { OldImage: attributes(OldImage) }),
    },
  };
}

const STALE_ITERATOR = new Set(['TrimmedDataAccessException', 'ExpiredIteratorException']);

/**
 * Reads the table's stream as the deployed event source mapping does
 * (DescribeStream, GetShardIterator, GetRecords on every shard) and hands each
 * batch to the same fan-out. A batch that fails is read again.
 */
export async function startStreamPoller(options: {
  client: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  deps: DeliveryDeps;
  intervalMs?: number;
}): Promise<{ stop(): Promise<void> }> {
  const { Table } = await options.client.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${options.tableName} has no stream`);
  const iterators = new Map<string, string | null>();
  /** Where each shard was read to, so a fresh iterator resumes there. */
  const lastSequence = new Map<string, string>();
  let stopped = false;
  let current: Promise<void> = Promise.resolve();

  const readShards = async () => {
    const { StreamDescription } = await options.streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (!shard.ShardId || iterators.has(shard.ShardId)) continue;
      const after = lastSequence.get(shard.ShardId);
      const { ShardIterator } = await options.streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shard.ShardId,
          ...(after
            ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }
            : { ShardIteratorType: 'TRIM_HORIZON' }),
        }),
      );
      iterators.set(shard.ShardId, ShardIterator ?? null);
    }
  };

  const poll = async () => {
    await readShards();
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      let page: GetRecordsCommandOutput;
      try {
        page = await options.streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
      } catch (error) {
        // DynamoDB Local answers a TRIM_HORIZON iterator of a shard with no record yet so; an iterator also expires after 15 minutes.
        if (!(error instanceof Error) || !STALE_ITERATOR.has(error.name)) throw error;
        iterators.delete(shardId);
        continue;
      }
      const records = page.Records ?? [];
      if (records.length > 0) await fanOut(options.deps, eventsOfRecords(records.map(asSentByLambda)));
      // Only after the fan-out: a batch that failed is read again from the same iterator.
      const last = records.at(-1)?.dynamodb?.SequenceNumber;
      if (last) lastSequence.set(shardId, last);
      iterators.set(shardId, page.NextShardIterator ?? null);
    }
  };

  const loop = async () => {
    while (!stopped) {
      current = poll().catch((error: unknown) => console.error('reading the table stream failed', error));
      await current;
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
    }
  };
  void loop();
  return {
    async stop() {
      stopped = true;
      await current;
    },
  };
}

/** Events delivered locally on the deployed code path: the stream poller's fan-out, the in-process queue's deliveries. */
export async function startLocalDelivery(options: {
  client: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  deps: Deps;
  queue: InProcessDeliveryQueue;
  intervalMs?: number;
}): Promise<{ stop(): Promise<void> }> {
  const { deps, queue } = options;
  const delivery: DeliveryDeps = {
    webhooks: deps.webhooks,
    queue,
    poster: httpEventPoster(deps.webhookUrls),
    clock: deps.clock,
    endpoint: cachedEndpoints(deps.webhooks, deps.clock, 1_000),
    onFailed: (endpointId, eventId) =>
      console.warn(`webhook delivery failed for good: event ${eventId} to endpoint ${endpointId}`),
  };
  queue.consume((job) => handleQueuedJob(delivery, job));
  const poller = await startStreamPoller({ ...options, deps: delivery });
  return {
    async stop() {
      await poller.stop();
      queue.stop();
    },
  };
}
