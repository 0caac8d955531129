import { NestedStack, type NestedStackProps, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { CatalogedRoute } from '../../functions/http/route-catalog.js';
import { routeKey, type Capability } from '../../functions/http/route.js';
import { readsAdminKey } from '../config/admin-key-access.js';
import type { StageConfig } from '../config/stages.js';
import type { Alarms } from '../constructs/alarms.js';
import { alarmHttpFunction } from '../constructs/http-function-alarms.js';
import { JifenFunction } from '../constructs/jifen-function.js';
import { grantTableAccess } from '../constructs/table-grants.js';
import { pascal } from './construct-ids.js';

/** What a capability a route declares (`needs`) brings to its function: environment and grants. */
export type CapabilityGrants = Record<
  Capability,
  { environment: Record<string, string>; statements: PolicyStatement[] }
>;

export interface RouteStackProps extends NestedStackProps {
  stage: StageConfig;
  /** Repository root: holds package-lock.json and node_modules. */
  projectRoot: string;
  route: CatalogedRoute;
  /** The API whose route invokes the function (the route itself stays in the API stack). */
  api: IHttpApi;
  table: ITable;
  adminApiKey: ISecret;
  capabilities: CapabilityGrants;
  alarms: Alarms;
}

/**
 * One route's function, nested in the API stack: the function with its own role,
 * log group and grants, the API's permission to invoke it, and its alarms. The
 * API stack keeps only the route, its integration and this nested stack, so a
 * route costs it three resources of CloudFormation's 500, not nine.
 */
export class RouteStack extends NestedStack {
  readonly fn: JifenFunction;

  constructor(scope: Construct, id: string, props: RouteStackProps) {
    super(scope, id, props);
    const { stage, route: cataloged, table, adminApiKey, capabilities } = props;
    const { route, entry } = cataloged;
    this.templateOptions.description = `jifen ${stage.name}: ${routeKey(route)}, its function and alarms`;

    const environment: Record<string, string> = {
      ...(route.table === 'none' ? {} : { TABLE_NAME: table.tableName }),
      ...(readsAdminKey(route) ? { ADMIN_API_KEY_SECRET_ARN: adminApiKey.secretArn } : {}),
    };
    for (const capability of route.needs ?? []) Object.assign(environment, capabilities[capability].environment);
    this.fn = new JifenFunction(this, pascal(route.name), {
      projectRoot: props.projectRoot,
      logRetention: stage.logRetention,
      retainLogs: stage.retainData,
      entry,
      description: `jifen ${stage.name}: ${routeKey(route)}`,
      sizing: stage.functions.http,
      environment,
    });

    grantTableAccess(this.fn.role, table, route.table);
    if (readsAdminKey(route)) {
      // The caller is authenticated in the handler; the admin key is compared against this secret.
      this.fn.role.addToPrincipalPolicy(
        new PolicyStatement({
          sid: 'ReadAdminApiKey',
          actions: ['secretsmanager:GetSecretValue'],
          resources: [adminApiKey.secretArn],
        }),
      );
    }
    for (const capability of route.needs ?? []) {
      for (const statement of capabilities[capability].statements) this.fn.role.addToPrincipalPolicy(statement);
    }

    // The same permission HttpLambdaIntegration would grant: this route of this API, any stage.
    this.fn.fn.addPermission('ApiInvoke', {
      principal: new ServicePrincipal('apigateway.amazonaws.com'),
      sourceArn: Stack.of(this).formatArn({
        service: 'execute-api',
        resource: props.api.apiId,
        resourceName: `*/*${route.path}`,
      }),
    });

    alarmHttpFunction(props.alarms, route.name, this.fn, stage.alarms);
  }
}
