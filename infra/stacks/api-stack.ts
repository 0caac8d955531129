import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  type HttpRoute,
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
import type { CatalogedRoute } from '../../functions/http/route-catalog.js';
import { routeKey, type Capability } from '../../functions/http/route.js';
import { JOB_NAMES, type JobName } from '../../shared/application/jobs/result.js';
import type { StageConfig } from '../config/stages.js';
import { JOB_TABLE_ACCESS } from '../config/table-access.js';
import { Alarms } from '../constructs/alarms.js';
import { consoleBuild } from '../constructs/console-build.js';
import { ConsoleHosting } from '../constructs/console-hosting.js';
import { HttpApiCors } from '../constructs/http-api-cors.js';
import { JifenFunction } from '../constructs/jifen-function.js';
import { ScheduledJob } from '../constructs/scheduled-job.js';
import { alarmHttpFunction } from '../constructs/http-function-alarms.js';
import { LambdaProxyIntegration } from '../constructs/lambda-proxy-integration.js';
import { grantTableAccess } from '../constructs/table-grants.js';
import { WebhookDelivery } from '../constructs/webhook-delivery.js';
import { pascal } from './construct-ids.js';
import { type CapabilityGrants, RouteStack } from './route-stack.js';

export interface ApiStackProps extends StackProps {
  stage: StageConfig;
  /** Repository root; job entries are `functions/scheduled/<job>.ts` under it. */
  projectRoot: string;
  /** The route table (`loadRoutes()`): one function per route, with the grants its declaration asks for. */
  routes: readonly CatalogedRoute[];
  table: Table;
  adminApiKey: ISecret;
}

/** The handler answering every request no route matches (404 / 405 problem+json). */
export const FALLBACK_HANDLER = 'fallback';

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
 * One function per route (so each has only its own grants and its own small
 * bundle), each in a nested `RouteStack` with its role, log group, invoke
 * permission and alarms, so that a route costs this stack three of
 * CloudFormation's 500 resources (route, integration, nested stack); the HTTP API
 * in front of them, the operator console with CORS for its origin, the scheduled
 * jobs, the alarm topic and the alarms that are not a route's.
 */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  readonly stageUrl: string;
  /** Keyed by handler name (`fallback` included). */
  readonly httpFunctions = new Map<string, JifenFunction>();
  /** Each route's nested stack (its function, grants, invoke permission and alarms), keyed by route name. */
  readonly routeStacks = new Map<string, RouteStack>();
  /** The functions of the routes that declare each capability. */
  readonly functionsNeeding = new Map<Capability, JifenFunction[]>();
  readonly jobFunctions = new Map<JobName, JifenFunction>();
  readonly jobs = new Map<JobName, ScheduledJob>();
  readonly alarms: Alarms;
  readonly webhooks: WebhookDelivery;
  readonly operatorConsole: ConsoleHosting;
  readonly cors: HttpApiCors;
  readonly stageName: string;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stage, table, adminApiKey, projectRoot, routes } = props;
    this.stageName = stage.name;
    const fnDefaults = { projectRoot, logRetention: stage.logRetention, retainLogs: stage.retainData };

    // --- scheduled jobs -------------------------------------------------------------
    const schedules: Record<JobName, string> = {
      promotions: `rate(${stage.schedules.promotionsEveryMinutes} minutes)`,
      expiry: stage.schedules.expiryCron,
      tiers: stage.schedules.tiersCron,
      bonuses: stage.schedules.bonusesCron,
      transfers: stage.schedules.transfersCron,
    };
    for (const job of JOB_NAMES) {
      const fn = new JifenFunction(this, `${pascal(job)}Job`, {
        ...fnDefaults,
        entry: `${projectRoot}/functions/scheduled/${job}.ts`,
        description: `jifen ${stage.name}: the ${job} job`,
        sizing: stage.functions.jobs,
        environment: { TABLE_NAME: table.tableName },
      });
      grantTableAccess(fn.role, table, JOB_TABLE_ACCESS);
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

    // --- events to partners: the table stream, the fan-out, the delivery queue and its functions ---
    this.webhooks = new WebhookDelivery(this, 'Webhooks', {
      stageName: stage.name,
      projectRoot,
      table,
      sizing: stage.functions.http,
      logRetention: stage.logRetention,
      retainLogs: stage.retainData,
    });

    // What a capability a route declares (`needs`) brings: its environment and its grants.
    const capabilities: CapabilityGrants = {
      webhookDeliveries: {
        environment: { WEBHOOK_QUEUE_URL: this.webhooks.queue.queueUrl },
        statements: [
          new PolicyStatement({
            sid: 'QueueWebhookDeliveries',
            actions: ['sqs:SendMessage'],
            resources: [this.webhooks.queue.queueArn],
          }),
        ],
      },
      promotionSchedules: {
        environment: {
          PROMOTION_SCHEDULE_GROUP: promotionScheduleGroup.scheduleGroupName,
          PROMOTION_SCHEDULER_ROLE_ARN: promotionsJob.schedulerRole.roleArn,
          PROMOTIONS_JOB_FUNCTION_ARN: promotionsFn.fn.functionArn,
          PROMOTIONS_DLQ_ARN: promotionsJob.deadLetterQueue.queueArn,
        },
        statements: [
          new PolicyStatement({
            sid: 'ManagePromotionSchedules',
            actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
            resources: [promotionSchedulesArn(stage.name)],
          }),
          new PolicyStatement({
            sid: 'PassPromotionSchedulerRole',
            actions: ['iam:PassRole'],
            resources: [promotionsJob.schedulerRole.roleArn],
            conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
          }),
        ],
      },
    };

    this.alarms = new Alarms(this, 'Alarms', {
      stageName: stage.name,
      ...(stage.alarmEmail ? { email: stage.alarmEmail } : {}),
    });

    // --- the HTTP API, and the fallback for unknown paths and methods: 404, or 405 with the methods the path has ---
    const fallback = new JifenFunction(this, pascal(FALLBACK_HANDLER), {
      ...fnDefaults,
      entry: `${projectRoot}/functions/http/${FALLBACK_HANDLER}.ts`,
      description: `jifen ${stage.name}: unknown routes (404/405)`,
      sizing: stage.functions.http,
      environment: { ROUTE_KEYS: routes.map(({ route }) => routeKey(route)).join(' ') },
    });
    this.httpFunctions.set(FALLBACK_HANDLER, fallback);
    this.api = new HttpApi(this, 'HttpApi', {
      description: `jifen ${stage.name}: the loyalty-points API`,
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('FallbackIntegration', fallback.fn),
    });

    // --- one route each: its function (with its own grants and small bundle) in a nested stack ---
    const publicRoutes: HttpRoute[] = [];
    for (const cataloged of routes) {
      const { route } = cataloged;
      const routeStack = new RouteStack(this, `${pascal(route.name)}Route`, {
        stage,
        projectRoot,
        route: cataloged,
        api: this.api,
        table,
        adminApiKey,
        capabilities,
        alarms: this.alarms,
      });
      this.routeStacks.set(route.name, routeStack);
      this.httpFunctions.set(route.name, routeStack.fn);
      for (const capability of route.needs ?? []) {
        this.functionsNeeding.set(capability, [...(this.functionsNeeding.get(capability) ?? []), routeStack.fn]);
      }
      const integration = new LambdaProxyIntegration(`${pascal(route.name)}Integration`, routeStack.fn.fn);
      const added = this.api.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration });
      if (route.access === 'public') publicRoutes.push(...added);
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
    // Route-level limits (HTTP API route settings): the public routes cannot eat the earn route's share.
    // A stage's route settings name routes that must exist first.
    const cfnStage = httpStage.node.defaultChild as CfnStage;
    cfnStage.node.addDependency(...publicRoutes);
    cfnStage.routeSettings = Object.fromEntries(
      routes
        .filter(({ route }) => route.access === 'public')
        .map(({ route }) => [
          routeKey(route),
          // RouteSettings is untyped JSON in CloudFormation's own casing.
          {
            ThrottlingRateLimit: stage.api.publicThrottle.rateLimit,
            ThrottlingBurstLimit: stage.api.publicThrottle.burstLimit,
          },
        ]),
    );
    this.stageUrl = httpStage.url;

    // --- the operator console, and CORS for its origin ------------------------------------
    this.operatorConsole = new ConsoleHosting(this, 'Console', {
      stageName: stage.name,
      files: consoleBuild(projectRoot),
      // The $default stage has no path: the API's endpoint is both its base URL and its origin.
      apiUrl: this.api.apiEndpoint,
      retain: stage.retainData,
      logRetention: stage.logRetention,
    });
    this.cors = new HttpApiCors(this, 'HttpApiCors', {
      api: this.api,
      allowOrigins: [this.operatorConsole.origin, ...stage.api.corsAllowOrigins],
      logGroup: new LogGroup(this, 'HttpApiCorsLogs', {
        retention: stage.logRetention,
        removalPolicy: stage.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      }),
    });

    // --- alarms (each route's are in its nested stack) ---------------------------------------
    const a = stage.alarms;
    const period = Duration.minutes(a.periodMinutes);
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
    alarmHttpFunction(this.alarms, FALLBACK_HANDLER, fallback, a);
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
    this.webhooks.addAlarms(this.alarms, period);
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
    new CfnOutput(this, 'ConsoleUrl', { value: this.operatorConsole.origin, description: 'The operator console' });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
    new CfnOutput(this, 'PromotionScheduleGroupName', { value: promotionScheduleGroup.scheduleGroupName });
  }
}
