import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { ApiStack } from './stacks/api-stack.js';
import { promotionScheduleGroupName } from './stacks/api-stack.js';
import type { DataStack } from './stacks/data-stack.js';

/**
 * Every cdk-nag (AwsSolutions) acknowledgement of the app, in one place, each on
 * the narrowest construct it applies to and with the reason it is acceptable.
 * cdk-nag 3 matches finding ids exactly (`AwsSolutions-IAM5[Resource::*]`), so
 * an acknowledgement never hides a different finding on the same resource.
 * README.md ("cdk-nag acknowledgements") lists the same acknowledgements for readers.
 */
export const NAG_REASONS = {
  secretRotation:
    'The admin API key is a bearer credential held by the operator, not a database password: an automatic ' +
    'rotation would break every operator integration without notice. The operator rotates it deliberately ' +
    '(put-secret-value; the functions pick the new value up within their 5-minute cache), see README.md "Rotating the admin key".',
  xrayWildcard:
    'Active tracing (Tracing.ACTIVE) is how the OpenTelemetry spans of the AWS Distro for OpenTelemetry layer and ' +
    'Lambda\'s own segments reach X-Ray; it grants xray:PutTraceSegments and xray:PutTelemetryRecords, which do ' +
    'not support resource-level permissions, so AWS requires Resource "*". This is the only wildcard in the role.',
  nodeRuntime:
    'Node.js 22 (nodejs22.x), not 24: the AWS Distro for OpenTelemetry layer that traces the functions supports ' +
    'Node.js up to 22. Node.js 22 is maintained until 2027-04-30 and the project\'s toolchain, esbuild target and ' +
    'tests run on it; moving to nodejs24.x once the layer supports it is a deliberate, tested change (README.md, "Tracing").',
  dlqWithoutDlq:
    'This queue is itself the dead-letter queue of the EventBridge Scheduler targets; a dead-letter queue of a ' +
    'dead-letter queue adds nothing. Messages are kept 14 days and an alarm fires on the first one.',
  promotionSchedules:
    'put-promotion creates, updates and deletes the one-time schedules of promotions, whose names derive from ' +
    'promotion ids known only at run time; the wildcard is limited to the dedicated promotion schedule group.',
  noApiGatewayAuthorizer:
    'Every route authenticates inside its function with the same middleware as the local server (API key looked ' +
    'up by key id in DynamoDB, hash compared; admin key compared with the Secrets Manager secret), so a revoked ' +
    'key stops working at once and local and deployed behaviour cannot differ. GET /v1/rules is public by design ' +
    'and $default only answers 404/405.',
} as const;

export function acknowledgeNagFindings(stacks: { data: DataStack; api: ApiStack }): void {
  const { data, api } = stacks;

  acknowledge(data.adminApiKey, 'AwsSolutions-SMG4', NAG_REASONS.secretRotation);

  for (const fn of [...api.httpFunctions.values(), ...api.jobFunctions.values()]) {
    acknowledge(fn.role, 'AwsSolutions-IAM5[Resource::*]', NAG_REASONS.xrayWildcard);
    acknowledge(fn.fn, 'AwsSolutions-L1', NAG_REASONS.nodeRuntime);
  }

  for (const job of api.jobs.values()) {
    acknowledge(job.deadLetterQueue, 'AwsSolutions-SQS3', NAG_REASONS.dlqWithoutDlq);
  }

  const schedules =
    `arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/` +
    `${promotionScheduleGroupName(api.stageName)}/*`;
  for (const fn of api.functionsNeeding.get('promotionSchedules') ?? []) {
    acknowledge(fn.role, `AwsSolutions-IAM5[Resource::${schedules}]`, NAG_REASONS.promotionSchedules);
  }

  acknowledge(api.api, 'AwsSolutions-APIG4', NAG_REASONS.noApiGatewayAuthorizer);
}

function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}
