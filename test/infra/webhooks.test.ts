import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamFilterPatterns } from '../../shared/adapters/dynamodb/event-sources.js';
import type { JifenFunction } from '../../infra/constructs/jifen-function.js';
import { TABLE_READ_ACTIONS, TABLE_WRITE_ACTIONS } from '../../infra/config/table-access.js';
import { type SynthesizedApp, synthesize } from './synth.js';

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

const actionsOf = (statement: Statement): string[] =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];

describe('Webhooks on AWS: the table stream, the fan-out, the delivery queue and their alarms', {
  timeout: 120_000,
}, () => {
  let prod: SynthesizedApp;

  beforeAll(() => {
    prod = synthesize('prod');
  }, 120_000);

  const statementsOf = (fn: JifenFunction): Statement[] =>
    Object.values(
      prod.templateOf(fn).findResources('AWS::IAM::Policy', {
        Properties: { Roles: Match.arrayWith([{ Ref: prod.logicalIdOf(fn.role) }]) },
      }),
    ).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);

  it('streams both images of the retained table, keeping its logical id', () => {
    prod.dataTemplate.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' } }),
      DeletionPolicy: 'Retain',
    });
    expect(Object.keys(prod.dataTemplate.findResources('AWS::DynamoDB::Table'))).toEqual(['LedgerTable']);
  });

  it('feeds the fan-out from the stream, filtered to the records of the event table, halving failing batches, with its own failure queue', () => {
    const { webhooks } = prod.api;
    const mappings = prod.apiTemplate.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { FunctionName: { Ref: prod.logicalIdOf(webhooks.fanOut.fn) } },
    });
    const [mapping] = Object.values(mappings);
    expect(mapping).toBeDefined();
    const properties = mapping!.Properties;
    expect(properties.StartingPosition).toBe('LATEST');
    expect(properties.BisectBatchOnFunctionError).toBe(true);
    expect(properties.MaximumRecordAgeInSeconds).toBe(24 * 3600);
    expect(JSON.stringify(properties.DestinationConfig.OnFailure.Destination)).toContain(
      prod.logicalIdOf(webhooks.fanOutFailures),
    );
    expect(properties.FilterCriteria.Filters.map((filter: { Pattern: string }) => JSON.parse(filter.Pattern))).toEqual(
      streamFilterPatterns(),
    );
  });

  it('consumes the delivery queue with the delivery function, reporting failed messages one by one, with a dead-letter queue behind it', () => {
    const { webhooks } = prod.api;
    prod.apiTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: prod.logicalIdOf(webhooks.deliver.fn) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const queue = prod.apiTemplate.findResources('AWS::SQS::Queue')[prod.logicalIdOf(webhooks.queue)]!;
    expect(queue.Properties.RedrivePolicy.deadLetterTargetArn).toEqual({
      'Fn::GetAtt': [prod.logicalIdOf(webhooks.deadLetterQueue), 'Arn'],
    });
    expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
  });

  it('alarms on failed deliveries (the metric), the dead-letter queue and the fan-out failure queue', () => {
    const alarms = Object.values(prod.apiTemplate.findResources('AWS::CloudWatch::Alarm')).map(
      (alarm) => alarm.Properties,
    );
    expect(
      alarms.some(
        (alarm) =>
          alarm.MetricName === 'WebhookDeliveriesFailed' && alarm.Namespace === 'jifen' && alarm.Threshold === 0,
      ),
    ).toBe(true);
    for (const queue of [prod.api.webhooks.deadLetterQueue, prod.api.webhooks.fanOutFailures]) {
      const queueId = prod.logicalIdOf(queue);
      expect(
        alarms.some(
          (alarm) =>
            alarm.MetricName === 'ApproximateNumberOfMessagesVisible' &&
            JSON.stringify(alarm.Dimensions).includes(queueId),
        ),
      ).toBe(true);
    }
  });

  it('grants the fan-out and delivery functions the table’s read and write actions, sending to the queue, and nothing of another queue', () => {
    for (const fn of [prod.api.webhooks.fanOut, prod.api.webhooks.deliver]) {
      const actions = statementsOf(fn).flatMap(actionsOf);
      for (const action of [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS, 'sqs:SendMessage'])
        expect(actions, action).toContain(action);
      expect(actions.filter((action) => action.includes('*'))).toEqual([]);
      expect(actions).not.toContain('dynamodb:Scan');
    }
  });

  it('lets the replay route, and only it of the routes, queue deliveries', () => {
    const needing = [...prod.api.functionsNeeding.entries()]
      .filter(([capability]) => capability === 'webhookDeliveries')
      .flatMap(([, fns]) => fns);
    expect(needing).toHaveLength(1);
    expect(needing[0]).toBe(prod.api.httpFunctions.get('replay-webhook-events'));
    expect(statementsOf(needing[0]!).flatMap(actionsOf)).toContain('sqs:SendMessage');
  });
});
