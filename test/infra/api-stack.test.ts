import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { stages } from '../../infra/config/stages.js';
import { TABLE_READ_ACTIONS, TABLE_WRITE_ACTIONS, type TableAccess } from '../../infra/config/table-access.js';
import { JOB_NAMES } from '../../shared/application/jobs/result.js';
import type { JifenFunction } from '../../infra/constructs/jifen-function.js';
import { TABLE_INDEXES } from '../../shared/adapters/dynamodb/table-definition.js';
import { ROUTES, type SynthesizedApp, synthesize, TEST_OTEL_LAYER_ARN } from './synth.js';

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

const handlers = [...ROUTES.map(({ route }) => route.name), 'fallback'];
/** What each function's route declares (the fallback: nothing). */
const tableAccess = (handler: string): TableAccess =>
  ROUTES.find(({ route }) => route.name === handler)?.route.table ?? 'none';
/** Routes that are not public and use the table (where keys are stored). */
const checksKeys = (handler: string): boolean => {
  const route = ROUTES.find(({ route: { name } }) => name === handler)?.route;
  return route !== undefined && route.access !== 'public' && route.table !== 'none';
};
const actionsOf = (statement: Statement): string[] =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];
const resourcesOf = (statement: Statement): unknown[] =>
  Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];

describe('Stack: api', { timeout: 120_000 }, () => {
  let prod: SynthesizedApp;

  beforeAll(() => {
    prod = synthesize('prod');
  }, 120_000);

  const logicalId = (element: CfnElement): string => prod.logicalIdOf(element);
  /** The statements of a function's role, from the template of the stack that holds it. */
  const statementsOf = (fn: JifenFunction): Statement[] => {
    const policies = prod.templateOf(fn).findResources('AWS::IAM::Policy', {
      Properties: { Roles: Match.arrayWith([{ Ref: prod.logicalIdOf(fn.role) }]) },
    });
    return Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
  };
  const allActionsOf = (fn: JifenFunction): string[] => statementsOf(fn).flatMap(actionsOf);
  const functionProps = (fn: JifenFunction) =>
    prod.templateOf(fn).toJSON().Resources[prod.logicalIdOf(fn.fn)].Properties;
  const jifenFunctions = (): JifenFunction[] => [...prod.api.httpFunctions.values(), ...prod.api.jobFunctions.values()];

  describe('functions', () => {
    it('builds one function per route, plus the fallback, the jobs and the two webhook functions', () => {
      expect([...prod.api.httpFunctions.keys()].sort()).toEqual([...handlers].sort());
      expect([...prod.api.jobFunctions.keys()].sort()).toEqual([...JOB_NAMES].sort());
      // Plus the webhook fan-out and deliveries, and the functions of CDK's own custom resources: the console's BucketDeployment and HttpApiCors.
      expect(prod.apiResources('AWS::Lambda::Function')).toHaveLength(handlers.length + JOB_NAMES.length + 2 + 2);
    });

    it("nests each route's function in a stack of its own, with its role, log group, invoke permission and alarms", () => {
      expect([...prod.api.routeStacks.keys()].sort()).toEqual(ROUTES.map(({ route }) => route.name).sort());
      for (const [name, routeStack] of prod.api.routeStacks) {
        const types = Object.values(prod.templateOf(routeStack).toJSON().Resources).map((r: any) => r.Type as string);
        expect(types.sort(), name).toEqual(
          [
            'AWS::Lambda::Function',
            'AWS::IAM::Role',
            'AWS::IAM::Policy',
            'AWS::Logs::LogGroup',
            'AWS::Lambda::Permission',
            'AWS::CloudWatch::Alarm',
            'AWS::CloudWatch::Alarm',
          ].sort(),
        );
        expect(prod.api.httpFunctions.get(name)).toBe(routeStack.fn);
      }
    });

    it('runs every function on Node.js 22, arm64, traced with OpenTelemetry, with its own log group', () => {
      for (const props of jifenFunctions().map(functionProps)) {
        expect(props.Runtime).toBe('nodejs24.x');
        expect(props.Architectures).toEqual(['arm64']);
        // The ADOT layer's wrapper makes the spans; active tracing carries them (and Lambda's segments) to X-Ray.
        expect(props.TracingConfig).toEqual({ Mode: 'Active' });
        expect(props.Layers).toEqual([TEST_OTEL_LAYER_ARN]);
        expect(props.LoggingConfig.LogGroup).toEqual({ Ref: expect.any(String) });
        expect(props.Environment.Variables).toMatchObject({
          POWERTOOLS_SERVICE_NAME: 'jifen',
          POWERTOOLS_METRICS_NAMESPACE: 'jifen',
          NODE_OPTIONS: '--enable-source-maps',
          AWS_LAMBDA_EXEC_WRAPPER: '/opt/otel-instrument',
          OTEL_AWS_APPLICATION_SIGNALS_ENABLED: 'false',
        });
      }
      for (const template of prod.apiTemplates)
        template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
    });

    it('gives the HTTP functions that use the table its name, and the admin key secret only to those that check keys', () => {
      for (const [handler, fn] of prod.api.httpFunctions) {
        const env = functionProps(fn).Environment.Variables;
        expect(env.TABLE_NAME !== undefined, handler).toBe(tableAccess(handler) !== 'none');
        expect(env.ADMIN_API_KEY_SECRET_ARN !== undefined, handler).toBe(checksKeys(handler));
      }
      expect(prod.api.httpFunctions.get('get-rules')).toBeDefined();
      expect(checksKeys('get-rules')).toBe(false);
    });
  });

  describe('least privilege', () => {
    it('never grants a write action to a read-only function', () => {
      for (const [handler, fn] of prod.api.httpFunctions) {
        if (tableAccess(handler) !== 'read') continue;
        const dynamo = allActionsOf(fn).filter((action) => action.startsWith('dynamodb:'));
        expect(new Set(dynamo), handler).toEqual(new Set(TABLE_READ_ACTIONS));
      }
    });

    it('grants read-write functions and jobs exactly the read and write actions', () => {
      const readWrite = [
        ...[...prod.api.httpFunctions].filter(([handler]) => tableAccess(handler) === 'readWrite'),
        ...prod.api.jobFunctions,
      ];
      expect(readWrite.length).toBeGreaterThan(JOB_NAMES.length);
      for (const [name, fn] of readWrite) {
        const dynamo = allActionsOf(fn).filter((action) => action.startsWith('dynamodb:'));
        expect(new Set(dynamo), name).toEqual(new Set([...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS]));
      }
    });

    it('grants only Query on the indexes, each index by name', () => {
      for (const fn of [...prod.api.httpFunctions.values(), ...prod.api.jobFunctions.values()]) {
        for (const statement of statementsOf(fn)) {
          const text = JSON.stringify(statement.Resource);
          if (!text.includes('/index/')) continue;
          expect(actionsOf(statement)).toEqual(['dynamodb:Query']);
          expect(text).not.toContain('/index/*');
          expect(resourcesOf(statement)).toHaveLength(TABLE_INDEXES.length);
        }
      }
    });

    it('gives the fallback no table access and no secret', () => {
      const actions = allActionsOf(prod.api.httpFunctions.get('fallback')!);
      expect(
        actions.filter((action) => action.startsWith('dynamodb:') || action.startsWith('secretsmanager:')),
      ).toEqual([]);
    });

    it('lets the HTTP functions that check keys, and only them, read the admin key (not the public rules page)', () => {
      for (const [handler, fn] of prod.api.httpFunctions) {
        expect(allActionsOf(fn).includes('secretsmanager:GetSecretValue'), handler).toBe(checksKeys(handler));
      }
      for (const [job, fn] of prod.api.jobFunctions) {
        expect(
          allActionsOf(fn).some((action) => action.startsWith('secretsmanager:')),
          job,
        ).toBe(false);
      }
    });

    it('uses no action wildcard anywhere but in the S3 grants of the console deployment (acknowledged)', () => {
      const deploymentRole = logicalId(prod.api.operatorConsole.deployment.handlerRole.node.defaultChild as CfnElement);
      const policies = prod.apiResources('AWS::IAM::Policy');
      expect(policies.length).toBeGreaterThan(handlers.length);
      for (const policy of policies) {
        const deployment = policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === deploymentRole);
        for (const statement of policy.Properties.PolicyDocument.Statement as Statement[]) {
          for (const action of actionsOf(statement)) {
            if (deployment) expect(action).toMatch(/^s3:/);
            else expect(action).not.toContain('*');
          }
        }
      }
    });

    it('leaves each role one resource wildcard: the X-Ray writes of active tracing, which carry the spans', () => {
      for (const fn of [...prod.api.httpFunctions.values(), ...prod.api.jobFunctions.values()]) {
        const anyResource = statementsOf(fn).filter((statement) => resourcesOf(statement).includes('*'));
        expect(anyResource.flatMap(actionsOf).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
      }
    });

    it('lets put-promotion, and only it, manage schedules of the promotion group and pass the scheduler role', () => {
      for (const [handler, fn] of prod.api.httpFunctions) {
        const statements = statementsOf(fn);
        const scheduler = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('scheduler:')));
        const passRole = statements.filter((s) => actionsOf(s).includes('iam:PassRole'));
        if (handler !== 'put-promotion') {
          expect(scheduler.concat(passRole), handler).toEqual([]);
          continue;
        }
        expect(scheduler).toHaveLength(1);
        expect(new Set(actionsOf(scheduler[0]!))).toEqual(
          new Set(['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule']),
        );
        expect(JSON.stringify(scheduler[0]!.Resource)).toContain(':schedule/jifen-prod-promotions/*');
        expect(passRole).toHaveLength(1);
        expect(passRole[0]!.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } });
        const promotions = prod.api.jobs.get('promotions')!;
        // The nested stack receives the role's ARN as a parameter from the API stack.
        const parameter = (passRole[0]!.Resource as { Ref: string }).Ref;
        const routeStack = prod.api.routeStacks.get(handler)!;
        const parameters =
          prod.apiTemplate.toJSON().Resources[logicalId(routeStack.nestedStackResource!)].Properties.Parameters;
        expect(parameters[parameter]).toEqual({
          'Fn::GetAtt': [logicalId(promotions.schedulerRole.node.defaultChild as CfnElement), 'Arn'],
        });
        expect(Object.keys(functionProps(fn).Environment.Variables)).toEqual(
          expect.arrayContaining([
            'PROMOTION_SCHEDULE_GROUP',
            'PROMOTION_SCHEDULER_ROLE_ARN',
            'PROMOTIONS_JOB_FUNCTION_ARN',
            'PROMOTIONS_DLQ_ARN',
          ]),
        );
      }
    });
  });

  describe('HTTP API', () => {
    it('routes every entry of the route table to its function, with payload v2', () => {
      const routeKeys = Object.values(prod.apiTemplate.findResources('AWS::ApiGatewayV2::Route')).map(
        (route) => route.Properties.RouteKey,
      );
      expect(routeKeys.sort()).toEqual(
        [...ROUTES.map(({ route }) => `${route.method} ${route.path}`), '$default'].sort(),
      );
      prod.apiTemplate.allResourcesProperties('AWS::ApiGatewayV2::Integration', {
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
      });
    });

    it('integrates each route with the function of its nested stack, which only that route of this API may invoke', () => {
      const apiId = logicalId(prod.api.api.node.defaultChild as CfnElement);
      const resources = prod.apiTemplate.toJSON().Resources;
      for (const { route } of ROUTES) {
        const routeStack = prod.api.routeStacks.get(route.name)!;
        const [, routeResource] = Object.entries(resources).find(
          ([, r]: [string, any]) => r.Properties?.RouteKey === `${route.method} ${route.path}`,
        ) as [string, any];
        const integration = resources[routeResource.Properties.Target['Fn::Join'][1][1].Ref];
        const [nestedId, output] = integration.Properties.IntegrationUri['Fn::GetAtt'];
        expect(nestedId, route.name).toBe(logicalId(routeStack.nestedStackResource!));
        const nested = prod.templateOf(routeStack).toJSON();
        const functionId = prod.logicalIdOf(routeStack.fn.fn);
        expect(nested.Outputs[output.replace(/^Outputs\./, '')].Value).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });

        const permissions = Object.values(nested.Resources).filter(
          (r: any) => r.Type === 'AWS::Lambda::Permission',
        ) as any[];
        expect(permissions, route.name).toHaveLength(1);
        const { Principal, FunctionName, SourceArn } = permissions[0].Properties;
        expect(Principal).toBe('apigateway.amazonaws.com');
        expect(FunctionName).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });
        const [, parts] = SourceArn['Fn::Join'];
        expect(parts.at(-1), route.name).toBe(`/*/*${route.path}`);
        const apiParameter = parts.at(-2).Ref;
        expect(resources[nestedId].Properties.Parameters[apiParameter]).toEqual({ Ref: apiId });
      }
    });

    it('sends unknown routes to the fallback function, which knows every route key for its 405s', () => {
      const fallbackFn = prod.api.httpFunctions.get('fallback')!;
      const keys = (functionProps(fallbackFn).Environment.Variables.ROUTE_KEYS as string).split(' ');
      const pairs = keys.flatMap((word, i) => (i % 2 === 0 ? [`${word} ${keys[i + 1]}`] : []));
      expect(pairs.sort()).toEqual(ROUTES.map(({ route }) => `${route.method} ${route.path}`).sort());
      const fallback = logicalId(fallbackFn.fn.node.defaultChild as CfnElement);
      const integrations = prod.apiTemplate.findResources('AWS::ApiGatewayV2::Integration', {
        Properties: { IntegrationUri: { 'Fn::GetAtt': [fallback, 'Arn'] } },
      });
      const [integrationId] = Object.keys(integrations);
      prod.apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: '$default',
        Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] },
      });
    });

    it('throttles the stage from the stage config and writes access logs', () => {
      prod.apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: {
          ThrottlingRateLimit: stages.prod.api.throttle.rateLimit,
          ThrottlingBurstLimit: stages.prod.api.throttle.burstLimit,
        },
        AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      });
    });

    it('throttles each public route on its own, below the stage, after the route exists', () => {
      const [stageId, stageResource] = Object.entries(prod.apiTemplate.findResources('AWS::ApiGatewayV2::Stage'))[0]!;
      const limit = {
        ThrottlingRateLimit: stages.prod.api.publicThrottle.rateLimit,
        ThrottlingBurstLimit: stages.prod.api.publicThrottle.burstLimit,
      };

      expect(stageResource.Properties.RouteSettings).toEqual({
        'GET /v1/rules': limit,
        'GET /v1/openapi.json': limit,
        'GET /problems/{code}': limit,
      });
      expect(stages.prod.api.publicThrottle.rateLimit).toBeLessThan(stages.prod.api.throttle.rateLimit);
      const rules = Object.entries(
        prod.apiTemplate.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: 'GET /v1/rules' } }),
      );
      expect(rules).toHaveLength(1);
      expect(prod.apiTemplate.toJSON().Resources[stageId].DependsOn).toContain(rules[0]![0]);
    });

    it('has no authorizer (authentication happens in the handlers) and leaves CORS to HttpApiCors', () => {
      const api = Object.values(prod.apiTemplate.findResources('AWS::ApiGatewayV2::Api'))[0]!;
      expect(api.Properties.ProtocolType).toBe('HTTP');
      // console-hosting.test.ts checks the CORS configuration set after the console's distribution exists.
      expect(api.Properties.CorsConfiguration).toBeUndefined();
      prod.apiTemplate.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
    });
  });

  describe('schedules', () => {
    it('runs expiry, tiers and bonuses daily, transfers hourly and promotions every 15 minutes, in UTC, with the scheduled time as asOf', () => {
      const expressions = Object.values(prod.apiTemplate.findResources('AWS::Scheduler::Schedule')).map(
        (schedule) => schedule.Properties.ScheduleExpression,
      );
      expect(expressions.sort()).toEqual(
        [
          stages.prod.schedules.expiryCron,
          stages.prod.schedules.tiersCron,
          stages.prod.schedules.bonusesCron,
          stages.prod.schedules.transfersCron,
          'rate(15 minutes)',
        ].sort(),
      );
      prod.apiTemplate.allResourcesProperties('AWS::Scheduler::Schedule', {
        ScheduleExpressionTimezone: 'UTC',
        Target: Match.objectLike({ Input: JSON.stringify({ asOf: '<aws.scheduler.scheduled-time>' }) }),
      });
    });

    it('gives every target a retry policy and its own dead-letter queue', () => {
      const schedules = prod.apiTemplate.findResources('AWS::Scheduler::Schedule');
      const queues = new Set<string>();
      for (const schedule of Object.values(schedules)) {
        const target = schedule.Properties.Target;
        expect(target.RetryPolicy).toEqual({
          MaximumRetryAttempts: stages.prod.schedules.retryAttempts,
          MaximumEventAgeInSeconds: stages.prod.schedules.maxEventAgeHours * 3600,
        });
        expect(target.DeadLetterConfig.Arn['Fn::GetAtt'][1]).toBe('Arn');
        queues.add(target.DeadLetterConfig.Arn['Fn::GetAtt'][0]);
      }
      expect(queues.size).toBe(JOB_NAMES.length);
    });

    it("encrypts the queues (the jobs' dead-letter queues and the three of webhooks) and refuses plain-text access to them", () => {
      prod.apiTemplate.allResourcesProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
      prod.apiTemplate.resourcePropertiesCountIs(
        'AWS::SQS::QueuePolicy',
        {
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            ]),
          },
        },
        JOB_NAMES.length + 3,
      );
    });

    it('lets each scheduler role invoke its own job function only, unqualified', () => {
      for (const [job, scheduled] of prod.api.jobs) {
        const roleId = logicalId(scheduled.schedulerRole.node.defaultChild as CfnElement);
        const fnId = logicalId(prod.api.jobFunctions.get(job)!.fn.node.defaultChild as CfnElement);
        prod.apiTemplate.hasResourceProperties('AWS::IAM::Policy', {
          Roles: [{ Ref: roleId }],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [fnId, 'Arn'] } }),
            ]),
          },
        });
      }
    });

    it('has a schedule group for the one-time promotion schedules', () => {
      prod.apiTemplate.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'jifen-prod-promotions' });
    });
  });

  describe('alarms', () => {
    it('alarms on errors and throttles of every function, job failures, DLQ depth, DynamoDB and the 5xx rate', () => {
      const functions = handlers.length + JOB_NAMES.length;
      const alarms = prod.apiResources('AWS::CloudWatch::Alarm');
      // The last 3: webhook deliveries failed, and the depth of the webhook dead-letter and fan-out failure queues (test/infra/webhooks.test.ts).
      expect(alarms).toHaveLength(functions * 2 + JOB_NAMES.length + 2 + 1 + 3);
      const byMetric = (name: string) => alarms.filter((alarm) => alarm.Properties.MetricName === name);
      expect(byMetric('Errors')).toHaveLength(functions);
      expect(byMetric('Throttles')).toHaveLength(functions);
      const dlq = byMetric('ApproximateNumberOfMessagesVisible');
      expect(dlq).toHaveLength(JOB_NAMES.length + 2);
      for (const alarm of dlq) {
        expect(alarm.Properties).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
      }
      const math = alarms.filter((alarm) => alarm.Properties.Metrics !== undefined);
      const expressions = math.map((alarm) => JSON.stringify(alarm.Properties.Metrics));
      expect(expressions.filter((e) => e.includes('"5xx"'))).toHaveLength(1);
      expect(expressions.filter((e) => e.includes('ThrottledRequests'))).toHaveLength(1);
      expect(expressions.filter((e) => e.includes('SystemErrors'))).toHaveLength(1);
      const rate = math.find((alarm) => JSON.stringify(alarm.Properties.Metrics).includes('"5xx"'))!;
      expect(rate.Properties.Threshold).toBe(stages.prod.alarms.api5xxRatePercent);
    });

    it("keeps each route's two alarms next to its function, on that function", () => {
      for (const [name, routeStack] of prod.api.routeStacks) {
        const alarms = Object.values(prod.templateOf(routeStack).findResources('AWS::CloudWatch::Alarm'));
        expect(alarms.map((alarm) => alarm.Properties.MetricName).sort(), name).toEqual(['Errors', 'Throttles']);
        for (const alarm of alarms) {
          expect(alarm.Properties).toMatchObject({
            Namespace: 'AWS/Lambda',
            Dimensions: [{ Name: 'FunctionName', Value: { Ref: prod.logicalIdOf(routeStack.fn.fn) } }],
            Threshold: 1,
            ComparisonOperator: 'GreaterThanOrEqualToThreshold',
            Period: stages.prod.alarms.periodMinutes * 60,
          });
        }
      }
    });

    it('sends every alarm to the encrypted alarm topic', () => {
      const topicId = logicalId(prod.api.alarms.topic.node.defaultChild as CfnElement);
      prod.apiTemplate.allResourcesProperties('AWS::CloudWatch::Alarm', {
        AlarmActions: [{ Ref: topicId }],
        OKActions: [{ Ref: topicId }],
      });
      // A route stack's alarms name the topic through the parameter the API stack passes it.
      for (const routeStack of prod.api.routeStacks.values()) {
        const parameters =
          prod.apiTemplate.toJSON().Resources[logicalId(routeStack.nestedStackResource!)].Properties.Parameters;
        const topicParameters = Object.keys(parameters).filter((name) => parameters[name].Ref === topicId);
        expect(topicParameters).toHaveLength(1);
        prod.templateOf(routeStack).allResourcesProperties('AWS::CloudWatch::Alarm', {
          AlarmActions: [{ Ref: topicParameters[0] }],
          OKActions: [{ Ref: topicParameters[0] }],
        });
      }
      prod.apiTemplate.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
      prod.apiTemplate.hasResourceProperties('AWS::KMS::Key', {
        EnableKeyRotation: true,
        KeyPolicy: {
          Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' } })]),
        },
      });
    });
  });

  it('outputs the API URL', () => {
    prod.apiTemplate.hasOutput('ApiUrl', {});
  });
});
