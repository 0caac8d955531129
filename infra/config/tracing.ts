/**
 * Tracing with OpenTelemetry, opt-in: the AWS Distro for OpenTelemetry (ADOT)
 * JavaScript Lambda layer, `AWSOpenTelemetryDistroJs`. Its wrapper script starts
 * the OpenTelemetry SDK before the handler module loads; the SDK opens a span per
 * invocation and one per AWS SDK call, and sends them to X-Ray through Lambda's
 * active tracing. Nothing of it is bundled into the functions.
 *
 * Off unless the operator passes the layer's ARN (`-c otelLayerArn=…` or
 * `JIFEN_OTEL_LAYER_ARN`, read in `infra/bin/app.ts`): the layer is regional, its
 * version numbers differ per region, and ADOT documents Node.js 22 as the newest
 * runtime it supports while the functions run Node.js 24 (docs/deploying.md, "Tracing").
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

/** Says explicitly what no ARN says: no layer (Lambda's active tracing still records each invocation). */
export const NO_OTEL_LAYER = 'none';

const LAYER_ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):\d{12}:layer:AWSOpenTelemetryDistroJs:\d+$/;

const HOW_TO =
  'pass the AWSOpenTelemetryDistroJs layer ARN of the stacks\' region (docs/deploying.md, "Tracing"): ' +
  '-c otelLayerArn=arn:aws:lambda:REGION:ACCOUNT:layer:AWSOpenTelemetryDistroJs:VERSION or JIFEN_OTEL_LAYER_ARN=…';

/**
 * The validated layer ARN, or `undefined` when tracing is off (nothing given, or
 * `none`). `region` is the CLI's region where known: a layer can only be used in
 * its own region.
 */
export function otelLayerArnFrom(value: unknown, region?: string): string | undefined {
  if (value === undefined || value === null || value === '' || value === NO_OTEL_LAYER) return undefined;
  const match = typeof value === 'string' ? LAYER_ARN.exec(value) : null;
  if (!match) {
    throw new Error(`Not an AWSOpenTelemetryDistroJs layer version ARN: ${JSON.stringify(value)}. To trace, ${HOW_TO}`);
  }
  if (region && match[1] !== region) {
    throw new Error(
      `The OpenTelemetry layer is in ${match[1]} but the stacks deploy to ${region}: layers are regional. To trace, ${HOW_TO}`,
    );
  }
  return value as string;
}

/** The one line every synth prints about tracing. */
export function tracingNotice(otelLayerArn: string | undefined): string {
  if (!otelLayerArn) return `jifen: OpenTelemetry tracing is off (opt-in); to turn it on, ${HOW_TO}.`;
  return (
    `jifen: OpenTelemetry tracing is on with ${otelLayerArn}; ADOT documents Node.js 22 as its newest runtime ` +
    'and the functions run nodejs24.x: check the traces after deploying (docs/deploying.md, "Tracing").'
  );
}
