/**
 * The CDK app, and the only place that reads the environment or CDK context.
 *
 *   npx cdk synth -c otelLayerArn=arn:aws:lambda:<region>:<account>:layer:AWSOpenTelemetryDistroJs:<version>   # stage dev
 *   npx cdk deploy --all -c stage=prod -c alarmEmail=ops@example.com -c otelLayerArn=…
 */
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadRoutes } from '../../functions/http/route-catalog.js';
import { isStageName, stages } from '../config/stages.js';
import { otelLayerArnFrom } from '../config/tracing.js';
import { createJifenStacks } from '../stacks/jifen-stacks.js';

const app = new App();

const stageName: unknown = app.node.tryGetContext('stage') ?? process.env.JIFEN_STAGE ?? 'dev';
if (typeof stageName !== 'string' || !isStageName(stageName)) {
  throw new Error(`Unknown stage ${JSON.stringify(stageName)}; expected one of: ${Object.keys(stages).join(', ')}`);
}
const alarmEmail: unknown = app.node.tryGetContext('alarmEmail') ?? process.env.JIFEN_ALARM_EMAIL;
const stage = {
  ...stages[stageName],
  ...(typeof alarmEmail === 'string' && alarmEmail !== '' ? { alarmEmail } : {}),
};

const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;
const otelLayerArn = otelLayerArnFrom(app.node.tryGetContext('otelLayerArn') ?? process.env.JIFEN_OTEL_LAYER_ARN, region);

createJifenStacks(app, {
  stage,
  routes: await loadRoutes(),
  projectRoot: fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, ''),
  ...(account || region ? { env: { account, region } } : {}),
  ...(otelLayerArn ? { otelLayerArn } : {}),
});

// cdk-nag 3 is a CDK validation plugin: an unacknowledged finding fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
