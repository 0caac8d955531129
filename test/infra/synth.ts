/**
 * Builds the app the way infra/bin/app.ts does (same stacks, same cdk.json
 * feature flags, environment-agnostic), with asset bundling skipped, in process:
 * fast for tests of one construct. cli-synth.test.ts runs the real `cdk synth`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { type CatalogedRoute, loadRoutes } from '../../functions/http/route-catalog.js';
import { type StageConfig, type StageName, stages } from '../../infra/config/stages.js';
import { createJifenStacks, type JifenStacks } from '../../infra/stacks/jifen-stacks.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const ROUTES = await loadRoutes();
/** A layer ARN of the right shape (the deployed one comes from `-c otelLayerArn`). */
export const TEST_OTEL_LAYER_ARN = 'arn:aws:lambda:eu-central-1:615299751070:layer:AWSOpenTelemetryDistroJs:1';

export interface SynthesizedApp extends JifenStacks {
  app: App;
  dataTemplate: Template;
  /** The API stack's own template; each route's function, grants and alarms are in its nested stack's. */
  apiTemplate: Template;
  /** The API stack's template, then those of its route stacks. */
  apiTemplates: Template[];
  /** The template of the stack that holds a construct (the API stack or one of its route stacks). */
  templateOf(construct: IConstruct): Template;
  /** A construct's logical id, in the template of its own stack. */
  logicalIdOf(construct: IConstruct): string;
  /** Every resource of a type in the API stack and its route stacks, as the templates have them. */
  apiResources(type: string): Record<string, any>[];
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
    otelLayerArn: TEST_OTEL_LAYER_ARN,
  });
  options.beforeSynth?.(app);
  const templates = new Map<Stack, Template>(
    [stacks.data, stacks.api, ...stacks.api.routeStacks.values()].map((stack) => [stack, Template.fromStack(stack)]),
  );
  const templateOf = (construct: IConstruct): Template => templates.get(Stack.of(construct))!;
  const apiTemplates = [stacks.api, ...stacks.api.routeStacks.values()].map((stack) => templates.get(stack)!);
  return {
    app,
    ...stacks,
    dataTemplate: templateOf(stacks.data),
    apiTemplate: templateOf(stacks.api),
    apiTemplates,
    templateOf,
    logicalIdOf: (construct) => {
      const element = (construct.node.defaultChild ?? construct) as CfnElement;
      return Stack.of(element).resolve(element.logicalId) as string;
    },
    apiResources: (type) => apiTemplates.flatMap((template) => Object.values(template.findResources(type))),
  };
}
