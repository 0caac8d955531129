import { Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnSchedule } from 'aws-cdk-lib/aws-scheduler';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface ScheduledJobProps {
  job: string;
  fn: IFunction;
  /** An EventBridge Scheduler expression: `rate(15 minutes)`, `cron(15 2 * * ? *)`. */
  expression: string;
  description: string;
  retryAttempts: number;
  maxEventAge: Duration;
}

/**
 * EventBridge Scheduler input of every job run: the scheduled time, not "now",
 * so a retried or late run computes exactly what the on-time run would have.
 */
export const SCHEDULED_JOB_INPUT = JSON.stringify({ asOf: '<aws.scheduler.scheduled-time>' });

/**
 * A job function driven by EventBridge Scheduler: the recurring schedule (UTC),
 * the role the scheduler assumes, and the dead-letter queue that receives an
 * invocation the scheduler gave up on. The role and queue are exposed so that
 * one-time schedules created at run time reuse them.
 *
 * The schedule is the L1 resource so that the role gets `lambda:InvokeFunction`
 * on the function's own ARN only (the L2 target also grants every `:*` qualifier).
 */
export class ScheduledJob extends Construct {
  readonly deadLetterQueue: Queue;
  readonly schedulerRole: Role;
  readonly schedule: CfnSchedule;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      // Only schedules of this account may assume it (confused-deputy guard).
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: `EventBridge Scheduler invokes the ${props.job} job`,
    });
    this.schedulerRole.addToPrincipalPolicy(
      new PolicyStatement({ sid: 'InvokeJob', actions: ['lambda:InvokeFunction'], resources: [props.fn.functionArn] }),
    );
    this.schedulerRole.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'DeadLetter',
        actions: ['sqs:SendMessage'],
        resources: [this.deadLetterQueue.queueArn],
      }),
    );

    this.schedule = new CfnSchedule(this, 'Schedule', {
      description: props.description,
      scheduleExpression: props.expression,
      scheduleExpressionTimezone: 'UTC',
      flexibleTimeWindow: { mode: 'OFF' },
      state: 'ENABLED',
      target: {
        arn: props.fn.functionArn,
        roleArn: this.schedulerRole.roleArn,
        input: SCHEDULED_JOB_INPUT,
        retryPolicy: {
          maximumRetryAttempts: props.retryAttempts,
          maximumEventAgeInSeconds: props.maxEventAge.toSeconds(),
        },
        deadLetterConfig: { arn: this.deadLetterQueue.queueArn },
      },
    });
    // The role's policy must exist before the first run tries to use it.
    this.schedule.node.addDependency(this.schedulerRole);
  }
}
