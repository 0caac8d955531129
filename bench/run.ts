/**
 * `npm run bench`: write units, local HTTP load, in-process overhead, bundles.
 * Writes bench/results.json and bench/RESULTS.md and prints the Markdown. A
 * missed target is reported, never a failure; only a section that crashed or
 * left something unmeasured (a route without a happy-path request) sets a
 * non-zero exit code. `npm run bench -- --only=wcu,http,inprocess,bundles,hotkeys` runs a subset.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { startDynamoDbLocal } from '../local/dynamodb-local.js';
import { measureBundles } from './bundles.js';
import { costOfAMillion } from './cost.js';
import { measureHotKeys } from './hot-keys.js';
import { measureHttpLoad } from './http-load.js';
import { measureInProcess } from './in-process.js';
import { markdown, type BenchResults } from './report.js';
import { measureWriteUnits } from './write-units.js';

const SECTIONS = ['wcu', 'http', 'inprocess', 'bundles', 'hotkeys'] as const;
type Section = (typeof SECTIONS)[number];

function selected(): Set<Section> {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (!only) return new Set(SECTIONS);
  return new Set(only.split(',').filter((name): name is Section => (SECTIONS as readonly string[]).includes(name)));
}

async function main(): Promise<void> {
  const started = Date.now();
  const cpus = os.cpus();
  const results: BenchResults = {
    machine: {
      date: new Date().toISOString(),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      node: process.version,
      loadAverageAtStart: os.loadavg(),
    },
    durationSeconds: 0,
    failures: [],
  };
  const sections = selected();

  async function section(name: Section, label: string, run: () => Promise<void>): Promise<void> {
    if (!sections.has(name)) return;
    const t = Date.now();
    console.error(`bench: ${label}...`);
    try {
      await run();
    } catch (error) {
      console.error(`bench: ${label} failed`, error);
      results.failures.push({ section: label, error: error instanceof Error ? error.message : String(error) });
    }
    console.error(`bench: ${label} took ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }

  await section('wcu', 'write units', async () => {
    const dynamo = await startDynamoDbLocal();
    try {
      results.writeUnits = await measureWriteUnits(dynamo.endpoint);
    } finally {
      await dynamo.stop();
    }
  });
  await section('http', 'local HTTP load', async () => {
    results.httpLoad = await measureHttpLoad();
  });
  await section('inprocess', 'in-process handler overhead', async () => {
    results.inProcess = await measureInProcess();
    const missing = results.inProcess.withoutRequest;
    // A route measured on a refusal would look fast; one not measured at all must not pass unnoticed either.
    if (missing.length > 0)
      throw new Error(`no happy-path request for ${missing.join(', ')}: add one to REQUESTS in bench/in-process.ts`);
  });
  await section('bundles', 'bundle size and cold init', async () => {
    results.bundles = await measureBundles();
  });
  await section('hotkeys', 'hot-key audit', async () => {
    const dynamo = await startDynamoDbLocal();
    try {
      results.hotKeys = await measureHotKeys(dynamo);
    } finally {
      await dynamo.stop();
    }
  });
  results.cost = costOfAMillion(results.writeUnits, results.inProcess, results.hotKeys);

  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  const md = markdown(results);
  writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(fileURLToPath(new URL('./RESULTS.md', import.meta.url)), md);
  process.stdout.write(md);
  if (results.failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
