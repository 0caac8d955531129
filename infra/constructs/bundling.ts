import { join, relative } from 'node:path';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { buildSync, type BuildOptions } from 'esbuild';

/**
 * How every function is bundled, as plain data, so the stack and the bundle-size
 * test (test/infra/bundles.test.ts) build exactly the same thing.
 *
 * ESM output because the handlers (and middy) are ESM; the banner gives a CommonJS
 * dependency that calls `require` one (none does today: the X-Ray SDK was the last),
 * so adding one cannot break a function at run time. The AWS SDK v3 is provided by
 * the Node.js 24 runtime, so it stays out of the bundle. Tracing adds nothing to the
 * bundle either: it comes from the OpenTelemetry layer (`infra/config/tracing.ts`).
 */
export const ESBUILD_SETTINGS = {
  platform: 'node',
  target: 'node24',
  format: 'esm',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  external: ['@aws-sdk/*'],
  mainFields: ['module', 'main'],
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} as const;

/**
 * A function's code: the entry bundled by esbuild in this process (no `npx esbuild`
 * spawned per function, which made a synth of some fifty functions take a minute),
 * hashed by its output so an unchanged bundle is an unchanged asset.
 */
export function bundledCode(entry: string, projectRoot: string): Code {
  return Code.fromAsset(projectRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never run: local bundling always succeeds or throws esbuild's error. The command names the entry
      // because CDK keeps one staged bundle per source and bundling options, and `local` is a function,
      // which those options do not see (relative, so a checkout's location changes no hash).
      image: DockerImage.fromRegistry('scratch'),
      command: ['esbuild', relative(projectRoot, entry)],
      local: {
        tryBundle: (outputDir) => {
          buildSync(esbuildOptions(entry, { outfile: join(outputDir, 'index.mjs') }));
          return true;
        },
      },
    },
  });
}

/** The bundle as an esbuild call: the stack writes it (`bundledCode`); the bundle-size test and the benchmarks build it in memory, with a metafile. */
export function esbuildOptions(
  entry: string,
  options: { sdkExternal?: boolean; outfile?: string } = {},
): BuildOptions & { metafile: true } {
  return {
    entryPoints: [entry],
    bundle: true,
    write: options.outfile !== undefined,
    outfile: options.outfile ?? '/bundle/index.mjs',
    metafile: true,
    logLevel: 'silent',
    platform: ESBUILD_SETTINGS.platform,
    target: ESBUILD_SETTINGS.target,
    format: ESBUILD_SETTINGS.format,
    minify: ESBUILD_SETTINGS.minify,
    sourcemap: ESBUILD_SETTINGS.sourcemap,
    sourcesContent: ESBUILD_SETTINGS.sourcesContent,
    external: options.sdkExternal === false ? [] : [...ESBUILD_SETTINGS.external],
    mainFields: [...ESBUILD_SETTINGS.mainFields],
    banner: { js: ESBUILD_SETTINGS.banner },
  };
}
