import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliSynthResult, cliSynth, PROJECT_ROOT, REHEARSAL, type RehearsalName } from '../helpers/cli-synth.js';
import { type Json, readCloudAssembly } from '../helpers/cloud-assembly.js';

/**
 * The deploy path as a new user walks it: every command line of the rehearsal in
 * docs/deploying.md, run as written through `npx cdk synth` (the CLI and
 * infra/bin/app.ts, bundling included), with no AWS account, credentials or profile.
 */

/** Lambda's deprecation dates of the runtimes the assemblies may use (docs/deploying.md, "Runtime"). */
const RUNTIME_DEPRECATION: Record<string, string> = {
  'nodejs24.x': '2028-04-30',
  // CDK's BucketDeployment function (the console's files); it moves with aws-cdk-lib.
  'python3.13': '2029-06-30',
};
const RUNTIME_NOTICE_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;
const TRACING_LAYER = /JIFEN_OTEL_LAYER_ARN=(\S+)/.exec(REHEARSAL.tracing)![1]!;

const names = Object.keys(REHEARSAL) as RehearsalName[];
const results = new Map<RehearsalName, CliSynthResult>();

/** eu-central-1 first: test/artifacts runs its bundles and waits for it. */
async function synthesizeAll(): Promise<void> {
  for (const name of ['eu-central-1', ...names.filter((other) => other !== 'eu-central-1')] as RehearsalName[]) {
    results.set(name, await cliSynth(name));
  }
}

function jifenFunctions(name: RehearsalName): Json[] {
  return readCloudAssembly(results.get(name)!.dir)
    .resources('AWS::Lambda::Function')
    .map(({ resource }) => resource)
    .filter((fn) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === 'jifen');
}

describe('npx cdk synth, as docs/deploying.md says', () => {
  // Six synths of ~50 bundles each, one after the other, on a loaded 2-core machine: a bound only a hang reaches.
  beforeAll(synthesizeAll, 40 * 60_000);

  it('runs the very command lines of the rehearsal in docs/deploying.md', () => {
    const docs = readFileSync(`${PROJECT_ROOT}/docs/deploying.md`, 'utf8');
    const block = /<!-- rehearsal -->\s*```bash\n([\s\S]*?)```/.exec(docs);
    expect(block, 'docs/deploying.md has a ```bash block after <!-- rehearsal -->').not.toBeNull();
    expect(block![1]!.trim().split('\n')).toEqual(Object.values(REHEARSAL));
  });

  for (const name of names) {
    describe(REHEARSAL[name], () => {
      it('succeeds with no unacknowledged cdk-nag or Guard finding', () => {
        const { exitCode, output } = results.get(name)!;
        expect(output).not.toMatch(/AwsSolutions-|cdk-validator-cfnguard|Synthesis finished with errors/);
        expect(exitCode, output.slice(-3000)).toBe(0);
        expect(output).toContain('Successfully synthesized');
      });

      it('says in one line whether tracing is on, and how to turn it on', () => {
        const lines = results
          .get(name)!
          .output.split('\n')
          .filter((line) => line.startsWith('jifen: OpenTelemetry tracing'));
        expect(lines).toHaveLength(1);
        if (name === 'tracing') expect(lines[0]).toContain(`tracing is on with ${TRACING_LAYER}`);
        else
          expect(lines[0]).toMatch(
            /tracing is off \(opt-in\); to turn it on, .*-c otelLayerArn=.* or JIFEN_OTEL_LAYER_ARN=/,
          );
      });

      it(`runs no function on a runtime Lambda deprecates within ${RUNTIME_NOTICE_DAYS} days`, () => {
        const functions = readCloudAssembly(results.get(name)!.dir).resources('AWS::Lambda::Function');
        expect(functions.length).toBeGreaterThan(40);
        const notice = Date.now() + RUNTIME_NOTICE_DAYS * DAY_MS;
        for (const { logicalId, resource } of functions) {
          const runtime = resource.Properties.Runtime as string;
          expect(RUNTIME_DEPRECATION, `${logicalId} runs ${runtime}`).toHaveProperty([runtime]);
          expect(
            Date.parse(RUNTIME_DEPRECATION[runtime]!),
            `${runtime} is deprecated within ${RUNTIME_NOTICE_DAYS} days`,
          ).toBeGreaterThan(notice);
        }
        expect(new Set(jifenFunctions(name).map((fn) => fn.Properties.Runtime))).toEqual(new Set(['nodejs24.x']));
      });
    });
  }

  it('gives every function the layer and its wrapper only when tracing is on', () => {
    for (const name of names) {
      for (const fn of jifenFunctions(name)) {
        const variables = fn.Properties.Environment.Variables;
        if (name === 'tracing') {
          expect(fn.Properties.Layers).toEqual([TRACING_LAYER]);
          expect(variables.AWS_LAMBDA_EXEC_WRAPPER).toBe('/opt/otel-instrument');
        } else {
          expect(fn.Properties.Layers).toBeUndefined();
          expect(variables.AWS_LAMBDA_EXEC_WRAPPER).toBeUndefined();
        }
        expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
      }
    }
  });

  it('writes the same templates whatever the region (the stacks are environment-agnostic)', () => {
    const templates = (name: RehearsalName) =>
      readCloudAssembly(results.get(name)!.dir).templates.map(({ name: file, template }) => [file, template]);
    expect(templates('us-east-1')).toEqual(templates('nothing'));
    expect(templates('eu-central-1')).toEqual(templates('nothing'));
    expect(templates('ap-southeast-1')).toEqual(templates('nothing'));
  });

  it('synthesizes the stage it is told', () => {
    const stacks = (name: RehearsalName) =>
      readCloudAssembly(results.get(name)!.dir)
        .templates.filter((t) => !t.nestedIn)
        .map((t) => t.name)
        .sort();
    expect(stacks('prod')).toEqual(['jifen-prod-api', 'jifen-prod-data']);
    expect(stacks('nothing')).toEqual(['jifen-dev-api', 'jifen-dev-data']);
  });
});
