import {
  CreateScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventBridgePromotionScheduler } from '../../../shared/adapters/eventbridge-scheduler.js';
import type { Promotion } from '../../../shared/domain/program.js';

const scheduler = mockClient(SchedulerClient);
const settings = {
  groupName: 'jifen-promotions',
  roleArn: 'arn:aws:iam::123456789012:role/scheduler',
  jobFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:promotions',
  deadLetterQueueArn: 'arn:aws:sqs:eu-west-1:123456789012:promotions-dlq',
};
const summer: Promotion = {
  promotionId: 'summer-gift-box',
  name: 'Summer',
  startsAt: '2027-06-01T08:00:00+08:00',
  endsAt: '2027-09-01T00:00:00Z',
  conditions: 'Stated.',
  effect: { kind: 'rewardPrice', costPoints: 400 },
  scope: {},
};

describe('Function: eventBridgePromotionScheduler', () => {
  beforeEach(() => scheduler.reset());

  it('creates one-time schedules at startsAt and endsAt (UTC) that run the promotions job for that moment', async () => {
    scheduler
      .on(UpdateScheduleCommand)
      .rejects(new ResourceNotFoundException({ Message: 'none', message: 'none', $metadata: {} }));
    scheduler.on(CreateScheduleCommand).resolves({});

    await eventBridgePromotionScheduler(settings).schedule(summer, new Date('2027-01-01T00:00:00Z'));

    const created = scheduler.commandCalls(CreateScheduleCommand).map((call) => call.args[0].input);
    expect(created.map((input) => [input.Name, input.ScheduleExpression, input.Target?.Input])).toEqual([
      ['promo-start-summer-gift-box', 'at(2027-06-01T00:00:00)', JSON.stringify({ asOf: '2027-06-01T00:00:00.000Z' })],
      ['promo-end-summer-gift-box', 'at(2027-09-01T00:00:00)', JSON.stringify({ asOf: '2027-09-01T00:00:00.000Z' })],
    ]);
    expect(created[0]).toMatchObject({
      GroupName: settings.groupName,
      ActionAfterCompletion: 'DELETE',
      Target: {
        Arn: settings.jobFunctionArn,
        RoleArn: settings.roleArn,
        DeadLetterConfig: { Arn: settings.deadLetterQueueArn },
      },
    });
  });

  it('updates existing schedules and leaves times already past to the reconciliation run', async () => {
    scheduler.on(UpdateScheduleCommand).resolves({});

    await eventBridgePromotionScheduler(settings).schedule(summer, new Date('2027-07-01T00:00:00Z'));

    expect(scheduler.commandCalls(UpdateScheduleCommand).map((call) => call.args[0].input.Name)).toEqual([
      'promo-end-summer-gift-box',
    ]);
    expect(scheduler.commandCalls(CreateScheduleCommand)).toHaveLength(0);
  });
});
