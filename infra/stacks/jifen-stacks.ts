import type { App, Environment } from 'aws-cdk-lib';
import type { CatalogedRoute } from '../../functions/http/route-catalog.js';
import { LayerVersion } from 'aws-cdk-lib/aws-lambda';
import type { StageConfig } from '../config/stages.js';
import { acknowledgeGuardFindings } from '../guard-acknowledgements.js';
import { acknowledgeNagFindings } from '../nag-suppressions.js';
import { ApiStack } from './api-stack.js';
import { DataStack } from './data-stack.js';

export interface JifenStacksProps {
  stage: StageConfig;
  projectRoot: string;
  /** The route table, from `loadRoutes()`. */
  routes: readonly CatalogedRoute[];
  env?: Environment;
  /**
   * ARN of the AWS Distro for OpenTelemetry JavaScript layer in the stacks' region
   * (`infra/config/tracing.ts`); absent: no layer, Lambda's active tracing only.
   */
  otelLayerArn?: string;
}

export interface JifenStacks {
  data: DataStack;
  api: ApiStack;
}

/** Both stacks of one stage, their functions traced, with their cdk-nag and Guard acknowledgements. Used by bin/app.ts and the tests. */
export function createJifenStacks(app: App, props: JifenStacksProps): JifenStacks {
  const { stage, projectRoot, routes, env } = props;
  const common = { env, tags: { project: 'jifen', stage: stage.name } };
  const data = new DataStack(app, `jifen-${stage.name}-data`, {
    ...common,
    stage,
    description: `jifen ${stage.name}: stateful resources (ledger table, admin key)`,
    terminationProtection: stage.retainData,
  });
  const api = new ApiStack(app, `jifen-${stage.name}-api`, {
    ...common,
    stage,
    projectRoot,
    routes,
    table: data.table,
    adminApiKey: data.adminApiKey,
    description: `jifen ${stage.name}: HTTP API, functions, schedules and alarms`,
  });
  api.addStackDependency(data);
  if (props.otelLayerArn) {
    const otelLayer = LayerVersion.fromLayerVersionArn(api, 'OpenTelemetryLayer', props.otelLayerArn);
    const functions = [
      ...api.httpFunctions.values(),
      ...api.jobFunctions.values(),
      api.webhooks.fanOut,
      api.webhooks.deliver,
    ];
    for (const fn of functions) fn.addOpenTelemetry(otelLayer);
  }
  acknowledgeNagFindings({ data, api });
  acknowledgeGuardFindings(api);
  return { data, api };
}
