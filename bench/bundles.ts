/**
 * Bundle size and cold init of every Lambda entry, built with the stack's own
 * esbuild settings (infra/constructs/bundling.ts esbuildOptions): minified
 * size with `@aws-sdk/*` external (as deployed) and with the SDK bundled; and
 * the time a fresh Node process takes to import each deployed bundle, as a
 * multiple of a minimal middy + zod + DynamoDB-client handler built the same way.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { relative } from 'node:path';
import { loadRoutes } from '../functions/http/route-catalog.js';
import { JOB_NAMES } from '../shared/application/jobs/result.js';
import { esbuildOptions } from '../infra/constructs/bundling.js';
import { median } from './stats.js';

export const MAX_BUNDLE_KB = 150;
export const MAX_INIT_RATIO = 1.5;
const INIT_RUNS = Number(process.env.BENCH_INIT_RUNS ?? 10);

export interface BundleResult {
  name: string;
  entry: string;
  /** Minified index.mjs, `@aws-sdk/*` external (the deployed artefact). */
  bytes: number;
  /** The same with the AWS SDK bundled in. */
  bytesWithSdk: number;
  /** Median import time in a fresh Node process, ms. */
  initMs: number;
  initRatio: number;
  sizeMet: boolean;
  initMet: boolean;
  /** The biggest contributors, for a bundle over the size target (by input file and by package). */
  biggestInputs: { input: string; bytes: number }[];
  biggestPackages: { name: string; bytes: number }[];
  /** By folder: shows a package's part (zod's locales, say) that a per-package sum hides. */
  biggestFolders: { name: string; bytes: number }[];
}

export interface BundlesResult {
  baseline: { bytes: number; bytesWithSdk: number; initMs: number };
  bundles: BundleResult[];
  initRuns: number;
  notes: string[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('./.out/', import.meta.url));

async function bundle(
  entry: string,
  outfile: string | null,
  sdkExternal: boolean,
): Promise<{ bytes: number; metafile: Metafile }> {
  const result = await build(esbuildOptions(entry, { sdkExternal, ...(outfile !== null && { outfile }) }));
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('.mjs'))!;
  return { bytes: output[1].bytes, metafile: result.metafile };
}

function biggest(metafile: Metafile): Pick<BundleResult, 'biggestInputs' | 'biggestPackages' | 'biggestFolders'> {
  const output = Object.values(metafile.outputs).find((out) => out.entryPoint !== undefined)!;
  const inputs = Object.entries(output.inputs).map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput }));
  const packages = new Map<string, number>();
  const folders = new Map<string, number>();
  for (const { input, bytes } of inputs) {
    const folder = input.replace(/\/[^/]*$/, '').replace(/^.*node_modules\//, '');
    folders.set(folder, (folders.get(folder) ?? 0) + bytes);
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const name = match ? match[1]! : '(jifen)';
    packages.set(name, (packages.get(name) ?? 0) + bytes);
  }
  return {
    biggestInputs: inputs.sort((a, b) => b.bytes - a.bytes).slice(0, 3),
    biggestPackages: [...packages]
      .map(([name, bytes]) => ({ name, bytes }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3),
    biggestFolders: [...folders]
      .map(([name, bytes]) => ({ name, bytes }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3),
  };
}

/** Import time of one bundle in a fresh Node process, ms. */
function importTime(file: string): Promise<number> {
  const code = `const t=process.hrtime.bigint();await import(${JSON.stringify(pathToFileURL(file).href)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', AWS_REGION: 'us-east-1', TABLE_NAME: 'bench', NODE_NO_WARNINGS: '1' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (status) =>
      status === 0 ? resolve(Number(out)) : reject(new Error(`import of ${file} failed: ${err.slice(0, 500)}`)),
    );
  });
}

export async function measureBundles(): Promise<BundlesResult> {
  const entries = [
    ...(await loadRoutes()).map(({ route, entry }) => ({ name: route.name, entry: relative(ROOT, entry) })),
    { name: 'fallback', entry: 'functions/http/fallback.ts' },
    ...JOB_NAMES.map((job) => ({ name: `job:${job}`, entry: `functions/scheduled/${job}.ts` })),
  ];
  const all = [...entries, { name: 'baseline', entry: 'bench/baseline-handler.ts' }];
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const built: {
    name: string;
    entry: string;
    file: string;
    bytes: number;
    bytesWithSdk: number;
    metafile: Metafile;
  }[] = [];
  // Two at a time: two cores.
  for (let i = 0; i < all.length; i += 2) {
    built.push(
      ...(await Promise.all(
        all.slice(i, i + 2).map(async ({ name, entry }) => {
          const file = `${OUT}${name.replace(':', '-')}/index.mjs`;
          const deployed = await bundle(`${ROOT}${entry}`, file, true);
          const withSdk = await bundle(`${ROOT}${entry}`, null, false);
          return { name, entry, file, bytes: deployed.bytes, bytesWithSdk: withSdk.bytes, metafile: deployed.metafile };
        }),
      )),
    );
  }

  // Rounds over all bundles, so a burst of load from elsewhere hits every bundle alike.
  const times = new Map<string, number[]>(built.map(({ name }) => [name, []]));
  // Two processes at a time (two cores); the baseline takes its turn in every round like the others.
  for (let round = 0; round < INIT_RUNS; round++) {
    for (let i = 0; i < built.length; i += 2) {
      const pair = built.slice(i, i + 2);
      const measured = await Promise.all(pair.map(({ file }) => importTime(file)));
      pair.forEach(({ name }, j) => {
        times.get(name)!.push(measured[j]!);
      });
    }
  }
  const baselineBuilt = built.find((b) => b.name === 'baseline')!;
  const baselineInit = median(times.get('baseline')!);

  const bundles: BundleResult[] = built
    .filter((b) => b.name !== 'baseline')
    .map((b) => {
      const initMs = median(times.get(b.name)!);
      const sizeMet = b.bytes <= MAX_BUNDLE_KB * 1024;
      const initRatio = Math.round((initMs / baselineInit) * 100) / 100;
      return {
        name: b.name,
        entry: b.entry,
        bytes: b.bytes,
        bytesWithSdk: b.bytesWithSdk,
        initMs: Math.round(initMs * 10) / 10,
        initRatio,
        sizeMet,
        initMet: initRatio <= MAX_INIT_RATIO,
        ...(sizeMet ? { biggestInputs: [], biggestPackages: [], biggestFolders: [] } : biggest(b.metafile)),
      };
    });
  rmSync(OUT, { recursive: true, force: true });
  return {
    baseline: {
      bytes: baselineBuilt.bytes,
      bytesWithSdk: baselineBuilt.bytesWithSdk,
      initMs: Math.round(baselineInit * 10) / 10,
    },
    bundles,
    initRuns: INIT_RUNS,
    notes: [
      'Built with esbuildOptions() from infra/constructs/bundling.ts (esm, node24, minified, sourcemap in a separate file, @aws-sdk/* external); sizes are of index.mjs alone.',
      `Cold init: median of ${INIT_RUNS} fresh \`node\` processes timing \`await import(bundle)\` (module load and top-level code, not the first request); @aws-sdk/* resolves from node_modules as the runtime's copy would. Measured on this machine's Node, not Lambda's nodejs24.x on arm64.`,
      'Baseline: bench/baseline-handler.ts, a minimal middy + zod (`import * as z`) + DynamoDBClient handler, bundled the same way in the same run.',
    ],
  };
}
