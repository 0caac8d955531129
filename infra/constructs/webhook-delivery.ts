import { Duration } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { streamFilterPatterns } from '../../shared/adapters/dynamodb/event-sources.js';
import { WEBHOOK_DELIVERIES_FAILED } from '../../functions/webhooks/metric-names.js';
import type { FunctionSizing } from '../config/stages.js';
import type { Alarms } from './alarms.js';
import { JifenFunction } from './jifen-function.js';
import { grantTableAccess } from './table-grants.js';

export interface WebhookDeliveryProps {
  stageName: string;
  projectRoot: string;
  table: Table;
  sizing: FunctionSizing;
  logRetention: RetentionDays;
  retainLogs: boolean;
}

/** Each delivery function handles this many messages at once (each post has 10 s). */
const DELIVERY_BATCH = 10;
/** A message that fails this often (the table or the queue unavailable, never the receiver) goes to the dead-letter queue. */
const MAX_RECEIVES = 5;

function encryptedQueue(
  scope: Construct,
  id: string,
  extra: Partial<ConstructorParameters<typeof Queue>[2]> = {},
): Queue {
  return new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    ...extra,
  });
}

/**
 * Events to partner systems (docs/architecture.md "Events to partners"): the
 * table's stream feeds the fan-out (filtered to the records that can be
 * events, halving a failing batch, with its own on-failure queue), which
 * queues one delivery per event and endpoint; the delivery function posts
 * and re-queues a failed attempt with a growing delay until a day has passed.
 */
export class WebhookDelivery extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  /** Stream batches the fan-out gave up on (their records, by sequence number, for a replay from the stream's retention). */
  readonly fanOutFailures: Queue;
  readonly fanOut: JifenFunction;
  readonly deliver: JifenFunction;

  constructor(scope: Construct, id: string, props: WebhookDeliveryProps) {
    super(scope, id);
    const fnDefaults = {
      projectRoot: props.projectRoot,
      logRetention: props.logRetention,
      retainLogs: props.retainLogs,
    };
    const timeoutSeconds = Math.max(props.sizing.timeoutSeconds, 30);

    this.deadLetterQueue = encryptedQueue(this, 'DeadLetterQueue');
    this.queue = encryptedQueue(this, 'Queue', {
      retentionPeriod: Duration.days(4),
      // Six times the function's timeout, as Lambda asks of a queue it consumes.
      visibilityTimeout: Duration.seconds(6 * timeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVES },
    });
    this.fanOutFailures = encryptedQueue(this, 'FanOutFailures');
    const environment = { TABLE_NAME: props.table.tableName, WEBHOOK_QUEUE_URL: this.queue.queueUrl };
    const sizing = { memoryMb: props.sizing.memoryMb, timeoutSeconds };

    this.fanOut = new JifenFunction(this, 'FanOut', {
      ...fnDefaults,
      entry: `${props.projectRoot}/functions/webhooks/fan-out.ts`,
      description: `jifen ${props.stageName}: events from the table stream to the webhook delivery queue`,
      sizing,
      environment,
    });
    grantTableAccess(this.fanOut.role, props.table, 'readWrite');
    this.queue.grantSendMessages(this.fanOut.role);
    this.fanOut.fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(0),
        bisectBatchOnError: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(24),
        onFailure: new SqsDlq(this.fanOutFailures),
        filters: streamFilterPatterns().map((pattern) => FilterCriteria.filter(pattern)),
      }),
    );

    this.deliver = new JifenFunction(this, 'Deliver', {
      ...fnDefaults,
      entry: `${props.projectRoot}/functions/webhooks/deliver.ts`,
      description: `jifen ${props.stageName}: posts queued webhook deliveries and schedules their retries`,
      sizing,
      environment,
    });
    grantTableAccess(this.deliver.role, props.table, 'readWrite');
    this.queue.grantSendMessages(this.deliver.role);
    this.deliver.fn.addEventSource(
      new SqsEventSource(this.queue, { batchSize: DELIVERY_BATCH, reportBatchItemFailures: true }),
    );
  }

  /** Failed deliveries, the dead-letter queue's depth, and stream batches the fan-out gave up. */
  addAlarms(alarms: Alarms, period: Duration): void {
    alarms.add(this, 'FailedDeliveriesAlarm', {
      description:
        'A webhook delivery failed for good (a day of retries, or its endpoint answered 410): replay it once the receiver is fixed',
      threshold: 0,
      strictlyAbove: true,
      metric: new Metric({
        namespace: 'jifen',
        metricName: WEBHOOK_DELIVERIES_FAILED,
        dimensionsMap: { service: 'jifen' },
        statistic: 'Sum',
        period,
      }),
    });
    alarms.add(this, 'DeadLetterAlarm', {
      description: 'A webhook delivery message could not be handled and waits in the dead-letter queue',
      threshold: 0,
      strictlyAbove: true,
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period }),
    });
    alarms.add(this, 'FanOutFailuresAlarm', {
      description:
        'A batch of the table stream could not be turned into webhook deliveries and waits in the fan-out failure queue',
      threshold: 0,
      strictlyAbove: true,
      metric: this.fanOutFailures.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period }),
    });
  }
}
