import { type CfnResource, DefaultStackSynthesizer, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { ApiStack } from './stacks/api-stack.js';
import { promotionScheduleGroupName } from './stacks/api-stack.js';
import type { DataStack } from './stacks/data-stack.js';

/**
 * Every cdk-nag (AwsSolutions) acknowledgement of the app, in one place, each on
 * the narrowest construct it applies to and with the reason it is acceptable.
 * cdk-nag 3 matches finding ids exactly (`AwsSolutions-IAM5[Resource::*]`), so
 * an acknowledgement never hides a different finding on the same resource.
 * docs/deploying.md ("cdk-nag acknowledgements") lists the same acknowledgements for readers.
 */
export const NAG_REASONS = {
  secretRotation:
    'The admin API key is a bearer credential held by the operator, not a database password: an automatic ' +
    'rotation would break every operator integration without notice. The operator rotates it deliberately ' +
    '(put-secret-value; the functions pick the new value up within their 5-minute cache), see README.md "Rotating the admin key".',
  xrayWildcard:
    'Active tracing (Tracing.ACTIVE) is how the OpenTelemetry spans of the AWS Distro for OpenTelemetry layer and ' +
    "Lambda's own segments reach X-Ray; it grants xray:PutTraceSegments and xray:PutTelemetryRecords, which do " +
    'not support resource-level permissions, so AWS requires Resource "*". This is the only wildcard in the role.',
  dlqWithoutDlq:
    'This queue is itself the dead-letter queue of the EventBridge Scheduler targets; a dead-letter queue of a ' +
    'dead-letter queue adds nothing. Messages are kept 14 days and an alarm fires on the first one.',
  webhookDeadLetters:
    "This queue is itself where failed webhook work goes (the delivery queue's dead letters, or the stream " +
    'batches the fan-out gave up); a dead-letter queue of it adds nothing. Messages are kept 14 days and an alarm ' +
    'fires on the first one.',
  streamFanOutWildcard:
    'Besides the X-Ray writes of active tracing, the stream event source grants dynamodb:ListStreams, which has ' +
    'no resource-level permission; reading the stream itself (DescribeStream, GetShardIterator, GetRecords) is ' +
    "granted on the table's stream ARN only.",
  promotionSchedules:
    'put-promotion creates, updates and deletes the one-time schedules of promotions, whose names derive from ' +
    'promotion ids known only at run time; the wildcard is limited to the dedicated promotion schedule group.',
  noApiGatewayAuthorizer:
    'Every route authenticates inside its function with the same middleware as the local server (API key looked ' +
    'up by key id in DynamoDB, hash compared; admin key compared with the Secrets Manager secret), so a revoked ' +
    'key stops working at once and local and deployed behaviour cannot differ. GET /v1/rules is public by design ' +
    'and $default only answers 404/405.',
  consoleBucketAccessLogs:
    'The console bucket holds only the static build of the console, public by nature and rebuilt from the ' +
    'repository on every deploy; only CloudFront (origin access control) reads it and only the deployment writes ' +
    "it, so server access logs would record CloudFront's fetches and nothing an operator needs. Everything the " +
    'console does happens through the API, whose access log records every call with its source IP.',
  consoleGeoRestriction:
    'The operator works from wherever the operator is; jifen cannot know the countries. The console serves only ' +
    'static files and holds no data: every call it makes needs the admin key, which the operator types in.',
  consoleWaf:
    'A web ACL for CloudFront must live in us-east-1 (another stack and region) and costs a monthly fee, for ' +
    'static files that hold no data. The data is behind the API, which authenticates every call in its handlers ' +
    "and is throttled per stage. Operators who want one attach it with the distribution's webAclId.",
  consoleDistributionLogs:
    'The distribution serves the same static files to everyone; every call the console makes is an API call, ' +
    'logged in the API access log with its source IP. CloudFront standard logging would add a log bucket with ' +
    'ACLs enabled for static-file fetches only.',
  consoleDefaultCertificate:
    "The console is served on its *.cloudfront.net name with CloudFront's default certificate, for which " +
    'CloudFront fixes the minimum protocol at TLSv1 whatever the distribution asks; browsers negotiate TLS 1.2 or ' +
    '1.3 with it. A minimum of TLSv1.2_2021 needs a custom domain with its own ACM certificate in us-east-1, ' +
    'which jifen cannot assume every operator has.',
  cdkProviderBasicExecutionRole:
    "The Lambda function of a CDK-provided custom resource (the console's BucketDeployment, the API's CORS " +
    'setting) gets AWSLambdaBasicExecutionRole from CDK: it allows only writing its own logs, and the function ' +
    'runs only during deployments.',
  consoleDeploymentWildcards:
    "CDK's BucketDeployment grants its function read access to the objects of the CDK assets bucket (to fetch " +
    'the console build) and read-write access to the objects of the console bucket (to sync it); the wildcards ' +
    'are object keys and S3 action groups within those two buckets only. It runs only during deployments.',
  consoleDeploymentRuntime:
    "The BucketDeployment function is CDK's own (Python, with the AWS CLI layer); its runtime is the one the " +
    'installed aws-cdk-lib chooses and moves with aws-cdk-lib upgrades. It runs only during deployments.',
} as const;

export function acknowledgeNagFindings(stacks: { data: DataStack; api: ApiStack }): void {
  const { data, api } = stacks;

  acknowledge(data.adminApiKey, 'AwsSolutions-SMG4', NAG_REASONS.secretRotation);

  for (const fn of [...api.httpFunctions.values(), ...api.jobFunctions.values()]) {
    acknowledge(fn.role, 'AwsSolutions-IAM5[Resource::*]', NAG_REASONS.xrayWildcard);
  }

  for (const job of api.jobs.values()) {
    acknowledge(job.deadLetterQueue, 'AwsSolutions-SQS3', NAG_REASONS.dlqWithoutDlq);
  }

  acknowledge(api.webhooks.deliver.role, 'AwsSolutions-IAM5[Resource::*]', NAG_REASONS.xrayWildcard);
  acknowledge(api.webhooks.fanOut.role, 'AwsSolutions-IAM5[Resource::*]', NAG_REASONS.streamFanOutWildcard);
  for (const queue of [api.webhooks.deadLetterQueue, api.webhooks.fanOutFailures]) {
    acknowledge(queue, 'AwsSolutions-SQS3', NAG_REASONS.webhookDeadLetters);
  }

  // The stacks are environment-agnostic (infra/bin/app.ts), so partition, region and account are always
  // CloudFormation pseudo parameters: these ids are the same in every region and account.
  const schedules = `arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${promotionScheduleGroupName(api.stageName)}/*`;
  for (const fn of api.functionsNeeding.get('promotionSchedules') ?? []) {
    acknowledge(fn.role, `AwsSolutions-IAM5[Resource::${schedules}]`, NAG_REASONS.promotionSchedules);
  }

  acknowledge(api.api, 'AwsSolutions-APIG4', NAG_REASONS.noApiGatewayAuthorizer);

  const { bucket, distribution, deployment } = api.operatorConsole;
  acknowledge(bucket, 'AwsSolutions-S1', NAG_REASONS.consoleBucketAccessLogs);
  acknowledge(distribution, 'AwsSolutions-CFR1', NAG_REASONS.consoleGeoRestriction);
  acknowledge(distribution, 'AwsSolutions-CFR2', NAG_REASONS.consoleWaf);
  acknowledge(distribution, 'AwsSolutions-CFR3', NAG_REASONS.consoleDistributionLogs);
  acknowledge(distribution, 'AwsSolutions-CFR4', NAG_REASONS.consoleDefaultCertificate);

  // The provider functions are singletons at stack level; each role's scope is its function.
  const basicExecutionRole =
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';
  for (const role of [deployment.handlerRole, api.cors.providerRole]) {
    acknowledge(role, basicExecutionRole, NAG_REASONS.cdkProviderBasicExecutionRole);
  }
  for (const finding of deploymentWildcardFindings(api)) {
    acknowledge(deployment.handlerRole, finding, NAG_REASONS.consoleDeploymentWildcards);
  }
  acknowledge(deployment.handlerRole.node.scope!, 'AwsSolutions-L1', NAG_REASONS.consoleDeploymentRuntime);
}

/**
 * The exact IAM5 findings of the grants BucketDeployment gives its function, as cdk-nag names them: the
 * objects of the CDK assets bucket (CDK's default bootstrap qualifier; its name is written with pseudo
 * parameters in an environment-agnostic stack) and those of the console bucket.
 */
function deploymentWildcardFindings(api: ApiStack): string[] {
  const bucketResource = api.operatorConsole.bucket.node.defaultChild as CfnResource;
  const assetObjects = `arn:<AWS::Partition>:s3:::cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>/*`;
  const consoleObjects = `<${Stack.of(api).resolve(bucketResource.logicalId) as string}.Arn>/*`;
  return [
    ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map(
      (action) => `Action::${action}`,
    ),
    ...[assetObjects, consoleObjects].map((resource) => `Resource::${resource}`),
  ].map((finding) => `AwsSolutions-IAM5[${finding}]`);
}

function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}
