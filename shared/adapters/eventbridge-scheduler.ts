import type { Promotion } from '../domain/program.js';
import type { PromotionScheduler } from '../ports/promotion-scheduler.js';

export interface EventBridgeSchedulerSettings {
  groupName: string;
  roleArn: string;
  jobFunctionArn: string;
  deadLetterQueueArn: string;
}

/** `at()` wants a UTC wall-clock time without offset or fraction. */
function atExpression(iso: string): string {
  return `at(${new Date(iso).toISOString().slice(0, 19)})`;
}

/** Schedule names allow [0-9a-zA-Z-_.] and 64 characters; promotion ids fit after a short prefix. */
function scheduleName(promotionId: string, edge: 'start' | 'end'): string {
  return `promo-${edge}-${promotionId.replace(/[^0-9a-zA-Z-_.]/g, '_')}`.slice(0, 64);
}

/**
 * One-time EventBridge schedules at a promotion's startsAt and endsAt that run
 * the promotions job for that moment; they delete themselves after running.
 * Times already past are left to the recurring reconciliation run.
 */
export function eventBridgePromotionScheduler(settings: EventBridgeSchedulerSettings): PromotionScheduler {
  // Loaded on first use: only the put-promotion function ever schedules.
  let sdk:
    | Promise<{
        module: typeof import('@aws-sdk/client-scheduler');
        client: import('@aws-sdk/client-scheduler').SchedulerClient;
      }>
    | undefined;
  const loadSdk = () =>
    (sdk ??= import('@aws-sdk/client-scheduler').then((module) => ({
      module,
      client: new module.SchedulerClient({}),
    })));
  return {
    async schedule(promotion: Promotion, now: Date) {
      const { module, client } = await loadSdk();
      const { CreateScheduleCommand, UpdateScheduleCommand, ResourceNotFoundException } = module;
      const edges = [
        { edge: 'start' as const, at: promotion.startsAt },
        { edge: 'end' as const, at: promotion.endsAt },
      ].filter(({ at }) => Date.parse(at) > now.getTime());
      for (const { edge, at } of edges) {
        const input = {
          Name: scheduleName(promotion.promotionId, edge),
          GroupName: settings.groupName,
          ScheduleExpression: atExpression(at),
          ScheduleExpressionTimezone: 'UTC',
          FlexibleTimeWindow: { Mode: 'OFF' as const },
          ActionAfterCompletion: 'DELETE' as const,
          Target: {
            Arn: settings.jobFunctionArn,
            RoleArn: settings.roleArn,
            Input: JSON.stringify({ asOf: new Date(at).toISOString() }),
            RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 3600 },
            DeadLetterConfig: { Arn: settings.deadLetterQueueArn },
          },
        };
        try {
          await client.send(new UpdateScheduleCommand(input));
        } catch (error) {
          if (!(error instanceof ResourceNotFoundException)) throw error;
          await client.send(new CreateScheduleCommand(input));
        }
      }
    },
  };
}
