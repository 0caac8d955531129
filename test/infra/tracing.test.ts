import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { stages } from '../../infra/config/stages.js';
import { NO_OTEL_LAYER, otelLayerArnFrom, tracingNotice } from '../../infra/config/tracing.js';
import { createJifenStacks } from '../../infra/stacks/jifen-stacks.js';
import { PROJECT_ROOT, ROUTES, TEST_OTEL_LAYER_ARN } from './synth.js';

describe('Config: the OpenTelemetry layer', { timeout: 120_000 }, () => {
  it("takes an AWSOpenTelemetryDistroJs layer version ARN of the stacks' region", () => {
    expect(otelLayerArnFrom(TEST_OTEL_LAYER_ARN, 'eu-central-1')).toBe(TEST_OTEL_LAYER_ARN);
    expect(otelLayerArnFrom(TEST_OTEL_LAYER_ARN, undefined)).toBe(TEST_OTEL_LAYER_ARN);
  });

  it('is off without an ARN, and says so in one line naming how to turn it on', () => {
    expect(otelLayerArnFrom(undefined)).toBeUndefined();
    expect(otelLayerArnFrom('')).toBeUndefined();
    const notice = tracingNotice(undefined);
    expect(notice).toMatch(/tracing is off .*-c otelLayerArn=arn:aws:lambda:REGION:.*JIFEN_OTEL_LAYER_ARN/);
    expect(notice).not.toContain('\n');
    expect(tracingNotice(TEST_OTEL_LAYER_ARN)).toMatch(/tracing is on .*nodejs24\.x/);
  });

  it('refuses another layer, an unversioned ARN and a layer of another region', () => {
    expect(() =>
      otelLayerArnFrom('arn:aws:lambda:eu-central-1:901920570463:layer:aws-otel-nodejs-arm64-ver-1-30-1:1'),
    ).toThrow(/Not an AWSOpenTelemetryDistroJs layer version ARN/);
    expect(() => otelLayerArnFrom('arn:aws:lambda:eu-central-1:615299751070:layer:AWSOpenTelemetryDistroJs')).toThrow(
      /Not an AWSOpenTelemetryDistroJs/,
    );
    expect(() => otelLayerArnFrom(TEST_OTEL_LAYER_ARN, 'us-east-1')).toThrow(/layers are regional/);
  });

  it('deploys without the layer on "none": active tracing only, no wrapper', () => {
    expect(otelLayerArnFrom(NO_OTEL_LAYER)).toBeUndefined();

    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const { api } = createJifenStacks(app, { stage: stages.dev, projectRoot: PROJECT_ROOT, routes: ROUTES });

    for (const jifenFunction of [...api.httpFunctions.values(), ...api.jobFunctions.values()]) {
      // A route's function is in its nested stack's template.
      const stack = Stack.of(jifenFunction);
      const resources = Template.fromStack(stack).toJSON().Resources;
      const fn = resources[stack.resolve((jifenFunction.fn.node.defaultChild as CfnElement).logicalId)];
      expect(fn.Properties.Layers).toBeUndefined();
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Properties.Environment.Variables.AWS_LAMBDA_EXEC_WRAPPER).toBeUndefined();
    }
  });
});
