import { Validations } from 'aws-cdk-lib';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IConstruct } from 'constructs';
import { NAG_REASONS } from './nag-suppressions.js';
import type { ApiStack } from './stacks/api-stack.js';

/**
 * Every acknowledgement of AWS Control Tower's Guard rules (infra/guard-validator.ts), in one place, each
 * on the narrowest construct it applies to and with the reason it is acceptable; none depends on the
 * region or the account. docs/deploying.md ("Guard acknowledgements") lists the same for readers.
 * The data stack (table, admin key) passes every rule.
 */
export const GUARD_REASONS = {
  routeAuthorizationType: NAG_REASONS.noApiGatewayAuthorizer,
  routeInvokePermission:
    'Each route function (and the $default fallback) may be invoked only by the API Gateway service principal, ' +
    "with a SourceArn limited to this API's execute-api ARN. That ARN is built from the API's id (Fn::Join, or " +
    'a parameter of the nested route stack), which the rule cannot tell from an unrestricted value.',
  lambdaOutsideVpc:
    "The functions reach only DynamoDB, Secrets Manager, X-Ray and CloudWatch, all through AWS's public " +
    "endpoints with IAM-signed requests, and the webhook deliveries reach partners' public HTTPS endpoints; " +
    'jifen has no private resource to reach. A VPC would need a NAT gateway ' +
    'or interface endpoints (a monthly fee per availability zone) and add nothing to these calls.',
  logRetention:
    'Retention is a per-stage setting (infra/config/stages.ts: two weeks in dev, three months in prod). The ' +
    'record of every business event is the ledger table and its audit log, kept as long as the table; the logs ' +
    'are for debugging. Operators who must keep logs a year raise logRetention.',
  logEncryption:
    'CloudWatch Logs encrypts all log data at rest with keys it manages. A customer-managed key per stage adds ' +
    'a key fee and a key policy naming the regional Logs service principal; who may read the logs is already ' +
    'decided by IAM.',
  consoleOriginFailover:
    'The console is static files in one bucket, rebuilt from the repository on every deploy; a failover origin ' +
    'means a second bucket in another region, for files the next deploy restores anyway.',
  consoleDistributionLogs: NAG_REASONS.consoleDistributionLogs,
  consoleDefaultCertificate: NAG_REASONS.consoleDefaultCertificate,
  consoleBucketAccessLogs: NAG_REASONS.consoleBucketAccessLogs,
  consoleBucketKmsEncryption:
    'The bucket holds the public static build of the console, encrypted at rest with S3-managed keys. A KMS key ' +
    'would add a key fee and a key policy for CloudFront, and protect nothing that is not public.',
  consoleBucketHistory:
    "The bucket's content is the console build, replaced as a whole from the repository on every deploy " +
    '(BucketDeployment prunes old files): the repository is its history. Versions, lifecycle rules or Object ' +
    'Lock would keep stale builds (Object Lock would stop the deployment removing them), and no one reacts to ' +
    'its object events.',
  dlqWithoutDlq: NAG_REASONS.dlqWithoutDlq,
  webhookDeadLetters: NAG_REASONS.webhookDeadLetters,
} as const;

/** The rule ids as CDK names them: the plugin's name, then the Guard rule's name. */
const guardRule = (name: string) => `cdk-validator-cfnguard::${name}`;

export function acknowledgeGuardFindings(api: ApiStack): void {
  // $default and every route: authentication happens in the functions.
  acknowledge(api.api, 'api_gw_v2_authorization_type_configured_check', GUARD_REASONS.routeAuthorizationType);
  acknowledge(api.api, 'lambda_function_public_access_prohibited_check', GUARD_REASONS.routeInvokePermission);

  for (const route of api.routeStacks.values()) {
    acknowledge(route.fn, 'lambda_function_public_access_prohibited_check', GUARD_REASONS.routeInvokePermission);
  }

  const { deployment, distribution, bucket } = api.operatorConsole;
  // jifen's functions, and the two CDK-provided ones (the CORS setting, the console's BucketDeployment).
  for (const fn of [
    ...api.httpFunctions.values(),
    ...api.jobFunctions.values(),
    api.webhooks.fanOut,
    api.webhooks.deliver,
    api.cors.providerRole.node.scope!,
    deployment.handlerRole.node.scope!,
  ]) {
    acknowledge(fn, 'lambda_inside_vpc_check', GUARD_REASONS.lambdaOutsideVpc);
  }

  // Every log group of the stack, the route stacks' included: functions, API access log, providers.
  for (const logGroup of api.node.findAll().filter((construct) => construct instanceof LogGroup)) {
    acknowledge(logGroup, 'cloudwatch_log_group_retention_period_check', GUARD_REASONS.logRetention);
    acknowledge(logGroup, 'cloudwatch_log_group_encrypted_check', GUARD_REASONS.logEncryption);
  }

  acknowledge(distribution, 'cloudfront_origin_failover_enabled_check', GUARD_REASONS.consoleOriginFailover);
  acknowledge(distribution, 'cloudfront_access_logs_enabled_check', GUARD_REASONS.consoleDistributionLogs);
  // The default certificate: no custom certificate, no SNI, CloudFront's own minimum protocol.
  for (const rule of [
    'cloudfront_custom_ssl_certificate_check',
    'cloudfront_sni_enabled_check',
    'cloudfront_security_policy_check',
  ]) {
    acknowledge(distribution, rule, GUARD_REASONS.consoleDefaultCertificate);
  }

  acknowledge(bucket, 's3_bucket_logging_enabled_check', GUARD_REASONS.consoleBucketAccessLogs);
  acknowledge(bucket, 's3_bucket_default_encryption_kms_check', GUARD_REASONS.consoleBucketKmsEncryption);
  for (const rule of [
    's3_bucket_versioning_enabled_check',
    's3_lifecycle_policy_check',
    's3_bucket_object_lock_enabled_check',
    's3_event_notifications_enabled_check',
  ]) {
    acknowledge(bucket, rule, GUARD_REASONS.consoleBucketHistory);
  }

  for (const job of api.jobs.values()) {
    acknowledge(job.deadLetterQueue, 'sqs_dlq_check', GUARD_REASONS.dlqWithoutDlq);
  }
  for (const queue of [api.webhooks.deadLetterQueue, api.webhooks.fanOutFailures]) {
    acknowledge(queue, 'sqs_dlq_check', GUARD_REASONS.webhookDeadLetters);
  }
}

function acknowledge(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: guardRule(rule), reason });
}
