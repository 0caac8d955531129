import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { MathExpression } from 'aws-cdk-lib/aws-cloudwatch';
import { Operation, type Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { routes } from '../../functions/http/routes.js';
import type { StageConfig } from '../config/stages.js';
import { JOB_NAMES, type JobName, jobTableAccess, tableAccessOf } from '../config/table-access.js';
import { Alarms } from '../constructs/alarms.js';
import { JifenFunction } from '../constructs/jifen-function.js';
import { ScheduledJob } from '../constructs/scheduled-job.js';
import { grantTableAccess } from '../constructs/table-grants.js';

export interface ApiStackProps extends StackProps {
  stage: StageConfig;
  /** Repository root; function entries are `functions/http/<handler>.ts` and `functions/scheduled/<job>.ts` under it. */
  projectRoot: string;
  table: Table;
  adminApiKey: ISecret;
}

/** The handler answering every request no route matches (404 / 405 problem+json). */
export const FALLBACK_HANDLER = 'fallback';
/** The handler that saves promotions and creates their one-time schedules. */
export const PUT_PROMOTION_HANDLER = 'put-promotion';

/** Named, so that the schedules it holds have an ARN pattern known before deployment. */
export function promotionScheduleGroupName(stageName: string): string {
  return `jifen-${stageName}-promotions`;
}

/** Every schedule of the promotion group (their names come from promotion ids, known only at run time). */
export function promotionSchedulesArn(stageName: string): string {
  return `arn:${Aws.PARTITION}:scheduler:${Aws.REGION}:${Aws.ACCOUNT_ID}:schedule/${promotionScheduleGroupName(stageName)}/*`;
}

/**
 * Stateless: everything here can be destroyed and redeployed without losing data.
 * One function per handler of the route table (so each has only its own grants
 * and its own small bundle), the HTTP API in front of them, the scheduled jobs,
 * and the alarms.
 */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  readonly stageUrl: string;
  /** Keyed by handler name (`fallback` included). */
  readonly httpFunctions = new Map<string, JifenFunction>();
  readonly jobFunctions = new Map<JobName, JifenFunction>();
  readonly jobs = new Map<JobName, ScheduledJob>();
  readonly alarms: Alarms;
  readonly stageName: string;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stage, table, adminApiKey, projectRoot } = props;
    this.stageName = stage.name;
    const fnDefaults = { projectRoot, logRetention: stage.logRetention, retainLogs: stage.retainData };

    // --- scheduled jobs -------------------------------------------------------------
    const schedules: Record<JobName, string> = {
      promotions: `rate(${stage.schedules.promotionsEveryMinutes} minutes)`,
      expiry: stage.schedules.expiryCron,
      tiers: stage.schedules.tiersCron,
    };
    for (const job of JOB_NAMES) {
      const fn = new JifenFunction(this, `${pascal(job)}Job`, {
        ...fnDefaults,
        entry: `${projectRoot}/functions/scheduled/${job}.ts`,
        description: `jifen ${stage.name}: the ${job} job`,
        sizing: stage.functions.jobs,
        environment: { TABLE_NAME: table.tableName },
      });
      grantTableAccess(fn.role, table, jobTableAccess[job]);
      this.jobFunctions.set(job, fn);
      this.jobs.set(
        job,
        new ScheduledJob(this, `${pascal(job)}Schedule`, {
          job,
          fn: fn.fn,
          expression: schedules[job],
          description: `jifen ${stage.name}: run the ${job} job`,
          retryAttempts: stage.schedules.retryAttempts,
          maxEventAge: Duration.hours(stage.schedules.maxEventAgeHours),
        }),
      );
    }
    const promotionsJob = this.jobs.get('promotions')!;
    const promotionsFn = this.jobFunctions.get('promotions')!;
    // One-time schedules at each promotion's startsAt / endsAt live here, created by put-promotion.
    const promotionScheduleGroup = new ScheduleGroup(this, 'PromotionScheduleGroup', {
      scheduleGroupName: promotionScheduleGroupName(stage.name),
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // --- HTTP functions, one per handler of the route table --------------------------
    const handlerNames = [...new Set(routes.map((route) => route.handler)), FALLBACK_HANDLER];
    for (const handler of handlerNames) {
      const access = tableAccessOf(handler);
      const environment: Record<string, string> =
        access === 'none' ? {} : { TABLE_NAME: table.tableName, ADMIN_API_KEY_SECRET_ARN: adminApiKey.secretArn };
      if (handler === PUT_PROMOTION_HANDLER) {
        Object.assign(environment, {
          PROMOTION_SCHEDULE_GROUP: promotionScheduleGroup.scheduleGroupName,
          PROMOTION_SCHEDULER_ROLE_ARN: promotionsJob.schedulerRole.roleArn,
          PROMOTIONS_JOB_FUNCTION_ARN: promotionsFn.fn.functionArn,
          PROMOTIONS_DLQ_ARN: promotionsJob.deadLetterQueue.queueArn,
        });
      }
      const fn = new JifenFunction(this, pascal(handler), {
        ...fnDefaults,
        entry: `${projectRoot}/functions/http/${handler}.ts`,
        description: `jifen ${stage.name}: ${describeHandler(handler)}`,
        sizing: stage.functions.http,
        environment,
      });
      grantTableAccess(fn.role, table, access);
      if (access !== 'none') {
        // Every caller is authenticated in the handler; the admin key is compared against this secret.
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            sid: 'ReadAdminApiKey',
            actions: ['secretsmanager:GetSecretValue'],
            resources: [adminApiKey.secretArn],
          }),
        );
      }
      if (handler === PUT_PROMOTION_HANDLER) {
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            sid: 'ManagePromotionSchedules',
            actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
            resources: [promotionSchedulesArn(stage.name)],
          }),
        );
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            sid: 'PassPromotionSchedulerRole',
            actions: ['iam:PassRole'],
            resources: [promotionsJob.schedulerRole.roleArn],
            conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
          }),
        );
      }
      this.httpFunctions.set(handler, fn);
    }

    // --- the HTTP API -----------------------------------------------------------------
    const cors = stage.api.corsAllowOrigins;
    this.api = new HttpApi(this, 'HttpApi', {
      description: `jifen ${stage.name}: the loyalty-points API`,
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration(
        'FallbackIntegration',
        this.httpFunctions.get(FALLBACK_HANDLER)!.fn,
      ),
      ...(cors.length > 0
        ? {
            corsPreflight: {
              allowOrigins: cors,
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.PUT, CorsHttpMethod.POST, CorsHttpMethod.DELETE],
              allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-correlation-id'],
              exposeHeaders: ['x-correlation-id', 'idempotent-replayed', 'retry-after', 'allow'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });
    const integrations = new Map<string, HttpLambdaIntegration>();
    for (const route of routes) {
      let integration = integrations.get(route.handler);
      if (!integration) {
        integration = new HttpLambdaIntegration(
          `${pascal(route.handler)}Integration`,
          this.httpFunctions.get(route.handler)!.fn,
        );
        integrations.set(route.handler, integration);
      }
      this.api.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration });
    }

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: stage.logRetention,
      removalPolicy: stage.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const httpStage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: stage.api.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            sourceIp: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            method: '$context.httpMethod',
            routeKey: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationStatus: '$context.integrationStatus',
            integrationError: '$context.integrationErrorMessage',
            error: '$context.error.message',
          }),
        ),
      },
    });
    this.stageUrl = httpStage.url;

    // --- alarms -----------------------------------------------------------------------
    const a = stage.alarms;
    const period = Duration.minutes(a.periodMinutes);
    this.alarms = new Alarms(this, 'Alarms', { stageName: stage.name, ...(stage.alarmEmail ? { email: stage.alarmEmail } : {}) });
    this.alarms.add(this, 'Api5xxRateAlarm', {
      description: `More than ${a.api5xxRatePercent}% of API requests answered 5xx`,
      threshold: a.api5xxRatePercent,
      strictlyAbove: true,
      metric: new MathExpression({
        expression: 'IF(requests > 0, 100 * errors / requests, 0)',
        usingMetrics: {
          errors: this.api.metricServerError({ statistic: 'Sum', period }),
          requests: this.api.metricCount({ statistic: 'Sum', period }),
        },
        label: '5xx rate (%)',
        period,
      }),
    });
    for (const [handler, fn] of this.httpFunctions) {
      this.alarms.add(fn, 'ErrorsAlarm', {
        description: `Function ${handler} failed (crash or timeout) at least ${a.functionErrors} time(s)`,
        threshold: a.functionErrors,
        metric: fn.fn.metricErrors({ statistic: 'Sum', period }),
      });
      this.alarms.add(fn, 'ThrottlesAlarm', {
        description: `Function ${handler} was throttled at least ${a.functionThrottles} time(s)`,
        threshold: a.functionThrottles,
        metric: fn.fn.metricThrottles({ statistic: 'Sum', period }),
      });
    }
    for (const [job, fn] of this.jobFunctions) {
      this.alarms.add(fn, 'ErrorsAlarm', {
        description: `The ${job} job failed at least ${a.jobErrors} time(s)`,
        threshold: a.jobErrors,
        metric: fn.fn.metricErrors({ statistic: 'Sum', period }),
      });
      this.alarms.add(fn, 'ThrottlesAlarm', {
        description: `The ${job} job was throttled at least ${a.functionThrottles} time(s)`,
        threshold: a.functionThrottles,
        metric: fn.fn.metricThrottles({ statistic: 'Sum', period }),
      });
    }
    for (const [job, scheduled] of this.jobs) {
      this.alarms.add(scheduled, 'DeadLetterAlarm', {
        description: `An invocation of the ${job} job was given up and is waiting in its dead-letter queue`,
        threshold: 0,
        strictlyAbove: true,
        metric: scheduled.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period }),
      });
    }
    const tableOperations = [
      Operation.GET_ITEM,
      Operation.BATCH_GET_ITEM,
      Operation.QUERY,
      Operation.PUT_ITEM,
      Operation.UPDATE_ITEM,
      Operation.DELETE_ITEM,
      Operation.TRANSACT_WRITE_ITEMS,
    ];
    this.alarms.add(this, 'TableThrottlesAlarm', {
      description: `DynamoDB throttled at least ${a.dynamoThrottledRequests} request(s) to the ledger table`,
      threshold: a.dynamoThrottledRequests,
      metric: table.metricThrottledRequestsForOperations({ operations: tableOperations, period }),
    });
    this.alarms.add(this, 'TableSystemErrorsAlarm', {
      description: `DynamoDB answered at least ${a.dynamoSystemErrors} request(s) to the ledger table with a system error`,
      threshold: a.dynamoSystemErrors,
      metric: table.metricSystemErrorsForOperations({ operations: tableOperations, period }),
    });

    new CfnOutput(this, 'ApiUrl', { value: this.stageUrl, description: 'Base URL; paths start with /v1' });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
    new CfnOutput(this, 'PromotionScheduleGroupName', { value: promotionScheduleGroup.scheduleGroupName });
  }
}

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function describeHandler(handler: string): string {
  if (handler === FALLBACK_HANDLER) return 'unknown routes (404/405)';
  const served = routes.filter((route) => route.handler === handler).map((route) => `${route.method} ${route.path}`);
  return served.join(', ');
}
