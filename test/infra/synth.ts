/**
 * Builds the app the way infra/bin/app.ts does (same stacks, same cdk.json
 * feature flags), for a fixed account and region, with asset bundling skipped:
 * bundles.test.ts builds every function with esbuild on its own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { type CatalogedRoute, loadRoutes } from '../../functions/http/route-catalog.js';
import { type StageConfig, type StageName, stages } from '../../infra/config/stages.js';
import { createJifenStacks, type JifenStacks } from '../../infra/stacks/jifen-stacks.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const TEST_ENV = { account: '123456789012', region: 'eu-central-1' };
export const ROUTES = await loadRoutes();
/** A layer ARN of the right shape for TEST_ENV's region (the deployed one comes from `-c otelLayerArn`). */
export const TEST_OTEL_LAYER_ARN = 'arn:aws:lambda:eu-central-1:615299751070:layer:AWSOpenTelemetryDistroJs:1';

export interface SynthesizedApp extends JifenStacks {
  app: App;
  dataTemplate: Template;
  apiTemplate: Template;
}

export interface SynthOptions {
  /**
   * Run CDK's built-in CloudFormation template validation (a few seconds per
   * synth). On in nag.test.ts, which checks the app as `cdk synth` does; off elsewhere.
   */
  cfnValidation?: boolean;
  /** Called before synthesis, e.g. to register validation plugins. */
  beforeSynth?: (app: App) => void;
  /** The route table to deploy (default: the project's own). */
  routes?: readonly CatalogedRoute[];
  /** Changes to the stage's shipped settings. */
  stage?: (config: StageConfig) => StageConfig;
}

export function synthesize(stageName: StageName, options: SynthOptions = {}): SynthesizedApp {
  const cdkJson = JSON.parse(readFileSync(`${PROJECT_ROOT}/cdk.json`, 'utf8')) as { context: Record<string, unknown> };
  const app = new App({
    context: { ...cdkJson.context, stage: stageName, 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: options.cfnValidation ?? false,
  });
  const stacks = createJifenStacks(app, {
    stage: options.stage ? options.stage(stages[stageName]) : stages[stageName],
    projectRoot: PROJECT_ROOT,
    routes: options.routes ?? ROUTES,
    env: TEST_ENV,
    otelLayerArn: TEST_OTEL_LAYER_ARN,
  });
  options.beforeSynth?.(app);
  return {
    app,
    ...stacks,
    dataTemplate: Template.fromStack(stacks.data),
    apiTemplate: Template.fromStack(stacks.api),
  };
}
