/**
 * The CDK app, and the only place that reads the environment or CDK context.
 * docs/deploying.md gives the commands; test/infra/cli-synth.test.ts runs them.
 *
 *   export AWS_REGION=eu-central-1 && npx cdk synth                  # stage dev, tracing off
 *   npx cdk deploy --all -c stage=prod -c alarmEmail=ops@example.com -c otelLayerArn="$JIFEN_OTEL_LAYER_ARN"
 */
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadRoutes } from '../../functions/http/route-catalog.js';
import { JifenGuardValidator } from '../guard-validator.js';
import { isStageName, stages } from '../config/stages.js';
import { otelLayerArnFrom, tracingNotice } from '../config/tracing.js';
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

// The stacks are environment-agnostic: `cdk deploy` puts them in the account and region of the credentials
// (AWS_REGION), and nothing in a template or an acknowledgement depends on either. The CLI's region is read
// only to refuse a tracing layer of another region.
const otelLayerArn = otelLayerArnFrom(
  app.node.tryGetContext('otelLayerArn') ?? process.env.JIFEN_OTEL_LAYER_ARN,
  process.env.CDK_DEFAULT_REGION,
);
// stderr: the CLI shows it once per synth, and it never mixes with the cloud assembly.
process.stderr.write(`${tracingNotice(otelLayerArn)}\n`);

createJifenStacks(app, {
  stage,
  routes: await loadRoutes(),
  projectRoot: fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, ''),
  ...(otelLayerArn ? { otelLayerArn } : {}),
});

// cdk-nag 3 and AWS Control Tower's Guard rules are CDK validation plugins: an unacknowledged finding fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }), new JifenGuardValidator());
