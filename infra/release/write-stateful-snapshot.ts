/**
 * `npm run snapshot:stateful`: records the stateful resources this release
 * deploys (both stages) as the snapshot the next releases are checked against.
 * Run it only in a release whose upgrade notes (docs/deploying.md, "Upgrades")
 * say what changes for a deployed stage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, type Stack } from 'aws-cdk-lib';
import { loadRoutes } from '../../functions/http/route-catalog.js';
import { stages, type StageName } from '../config/stages.js';
import { createJifenStacks } from '../stacks/jifen-stacks.js';
import { type StatefulSnapshot, statefulResources } from './stateful-resources.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const snapshotFile = fileURLToPath(new URL('./stateful-resources.json', import.meta.url));
const { version } = JSON.parse(readFileSync(`${projectRoot}/package.json`, 'utf8')) as { version: string };
const { context } = JSON.parse(readFileSync(`${projectRoot}/cdk.json`, 'utf8')) as { context: Record<string, unknown> };
const routes = await loadRoutes();

const snapshot: StatefulSnapshot = { release: version, stages: {} };
for (const stageName of Object.keys(stages) as StageName[]) {
  // The templates only: no function is bundled.
  const app = new App({ context: { ...context, stage: stageName, 'aws:cdk:bundling-stacks': [] } });
  const { data, api } = createJifenStacks(app, { stage: stages[stageName], projectRoot, routes });
  const assembly = app.synth();
  const template = (stack: Stack) => assembly.getStackByName(stack.stackName).template;
  snapshot.stages[stageName] = statefulResources({ [data.stackName]: template(data), [api.stackName]: template(api) });
}
writeFileSync(snapshotFile, `${JSON.stringify(snapshot, null, 2)}\n`);
console.log(`wrote ${snapshotFile} for release ${version}`);
