/**
 * Tracing with OpenTelemetry: the AWS Distro for OpenTelemetry (ADOT) JavaScript
 * Lambda layer, `AWSOpenTelemetryDistroJs`. Its wrapper script starts the
 * OpenTelemetry SDK before the handler module loads; the SDK opens a span per
 * invocation and one per AWS SDK call (every DynamoDB, Secrets Manager and
 * Scheduler request), and sends them to X-Ray through Lambda's active tracing.
 * Nothing of it is bundled into the functions.
 *
 * The layer is regional and its version numbers differ from region to region, so
 * jifen cannot pin one ARN for every deployment: the operator passes the ARN of
 * the target region (`-c otelLayerArn=…` or `JIFEN_OTEL_LAYER_ARN`, read in
 * `infra/bin/app.ts`), or `none` to deploy without the layer.
 */

/** Set on every function that carries the layer. */
export const OTEL_ENVIRONMENT = {
  /**
   * The layer's wrapper. It sees the ESM bundle (`index.mjs`) and installs the
   * OpenTelemetry ESM hook with `module.register()`, which the AWS SDK imported
   * from the runtime needs in order to be instrumented.
   */
  AWS_LAMBDA_EXEC_WRAPPER: '/opt/otel-instrument',
  /**
   * Traces only. Application Signals (on by default in the layer) adds service
   * metrics and SLOs, which need it enabled in the account and more permissions;
   * jifen's own metrics and alarms come from Powertools (EMF). See README.md.
   */
  OTEL_AWS_APPLICATION_SIGNALS_ENABLED: 'false',
} as const;

/** The answer that deploys without the layer (Lambda's active tracing still records each invocation). */
export const NO_OTEL_LAYER = 'none';

const LAYER_ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):\d{12}:layer:AWSOpenTelemetryDistroJs:\d+$/;

const HOW_TO =
  'Pass the ARN of the AWSOpenTelemetryDistroJs layer in the stacks\' region (its version differs per region; ' +
  'see "Tracing" in README.md): -c otelLayerArn=arn:aws:lambda:<region>:<account>:layer:AWSOpenTelemetryDistroJs:<version> ' +
  `or JIFEN_OTEL_LAYER_ARN=…; or "${NO_OTEL_LAYER}" to deploy without it.`;

/**
 * The validated layer ARN, or `undefined` for `none`. `region` is the stacks'
 * region where known at synth time: a layer can only be used in its own region.
 */
export function otelLayerArnFrom(value: unknown, region?: string): string | undefined {
  if (value === undefined || value === null || value === '') {
    throw new Error(`No OpenTelemetry layer given. ${HOW_TO}`);
  }
  if (value === NO_OTEL_LAYER) return undefined;
  const match = typeof value === 'string' ? LAYER_ARN.exec(value) : null;
  if (!match) {
    throw new Error(`Not an AWSOpenTelemetryDistroJs layer version ARN: ${JSON.stringify(value)}. ${HOW_TO}`);
  }
  if (region && match[1] !== region) {
    throw new Error(`The OpenTelemetry layer is in ${match[1]} but the stacks deploy to ${region}: layers are regional. ${HOW_TO}`);
  }
  return value as string;
}
