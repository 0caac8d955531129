/**
 * The real `npx cdk synth`, through the CLI and infra/bin/app.ts, exactly as
 * docs/deploying.md ("Rehearsal") writes it, once per configuration and test run:
 * the first test file that needs a configuration synthesizes it (an atomic
 * `mkdir` is the lock), the others wait for its result and reuse the assembly.
 * One synth at a time in the checkout, as a user runs them: the console's Vite
 * build refuses a second build of the same project at once.
 * cli-synth-setup.ts empties the directory at the start of every run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
/** Git-ignored (`.tmp-*`). */
export const SYNTH_ROOT = join(PROJECT_ROOT, '.tmp-cdk-synth');

/** The rehearsal's command lines, as docs/deploying.md has them, by the name of their assembly. */
export const REHEARSAL = {
  nothing: 'npx cdk synth',
  'us-east-1': 'AWS_REGION=us-east-1 npx cdk synth',
  'eu-central-1': 'AWS_REGION=eu-central-1 npx cdk synth',
  'ap-southeast-1': 'AWS_REGION=ap-southeast-1 npx cdk synth',
  prod: 'AWS_REGION=eu-central-1 npx cdk synth -c stage=prod',
  tracing:
    'AWS_REGION=eu-central-1 JIFEN_OTEL_LAYER_ARN=arn:aws:lambda:eu-central-1:615299751070:layer:AWSOpenTelemetryDistroJs:1 npx cdk synth',
} as const;

export type RehearsalName = keyof typeof REHEARSAL;

export interface CliSynthResult {
  name: RehearsalName;
  commandLine: string;
  /** The cloud assembly (`--output`). */
  dir: string;
  exitCode: number;
  output: string;
}

/** What the machine's own AWS, CDK and jifen settings would otherwise add to "nothing set". */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(AWS_|CDK_|JIFEN_)/.test(name)) env[name] = value;
  }
  const nowhere = join(SYNTH_ROOT, 'no-such-file');
  // No profile, no credentials and no instance metadata: the synth must not need an account.
  return { ...env, AWS_CONFIG_FILE: nowhere, AWS_SHARED_CREDENTIALS_FILE: nowhere, AWS_EC2_METADATA_DISABLED: 'true' };
}

function run(name: RehearsalName, dir: string): Promise<CliSynthResult> {
  const commandLine = REHEARSAL[name];
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `${commandLine} --output '${dir}'`], {
      cwd: PROJECT_ROOT,
      env: cleanEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ name, commandLine, dir, exitCode: code ?? 1, output }));
  });
}

const POLL_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` while holding the checkout's synth lock (a directory: `mkdir` either creates it or fails). */
async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(SYNTH_ROOT, 'running.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      await sleep(POLL_MS);
    }
  }
  try {
    return await work();
  } finally {
    rmdirSync(lock);
  }
}

/** The configuration's assembly, synthesized by this process or another one of this run. */
export async function cliSynth(name: RehearsalName): Promise<CliSynthResult> {
  mkdirSync(SYNTH_ROOT, { recursive: true });
  const dir = join(SYNTH_ROOT, name);
  const resultFile = `${dir}.result.json`;
  let owner = false;
  try {
    mkdirSync(`${dir}.lock`);
    owner = true;
  } catch {
    // another test file of this run is synthesizing it
  }
  if (owner) {
    const result = await oneAtATime(() => run(name, dir));
    // Renamed into place, so a waiting reader never sees half of it.
    writeFileSync(`${resultFile}.part`, JSON.stringify(result));
    renameSync(`${resultFile}.part`, resultFile);
    return result;
  }
  while (!existsSync(resultFile)) await sleep(POLL_MS);
  return JSON.parse(readFileSync(resultFile, 'utf8')) as CliSynthResult;
}
