import { execFileSync } from 'node:child_process';
import { DockerImage, IgnoreMode } from 'aws-cdk-lib';
import { type ISource, Source } from 'aws-cdk-lib/aws-s3-deployment';

/**
 * The operator console's built files, built by `cdk deploy` itself: the asset's
 * local bundling runs `npm run build:console` into CDK's output directory, so a
 * deploy needs no manual step and no Docker. Its hash covers what the build reads
 * (the console's sources and the lockfile), not its output or its dependencies.
 */
export function consoleBuild(projectRoot: string): ISource {
  return Source.asset(projectRoot, {
    ignoreMode: IgnoreMode.GIT,
    exclude: ['/*', '!/console/', '/console/dist/', '/console/node_modules/', '!/package.json', '!/package-lock.json'],
    bundling: {
      // Never pulled: local bundling either builds or throws, so CDK never falls back to Docker.
      image: DockerImage.fromRegistry('node:22-alpine'),
      local: {
        tryBundle(outputDir: string): boolean {
          // The app's stdout carries the cloud assembly to the CDK CLI: build output goes to stderr.
          execFileSync('npm', ['run', 'build:console', '--', '--outDir', outputDir, '--emptyOutDir'], {
            cwd: projectRoot,
            stdio: ['ignore', process.stderr, 'inherit'],
          });
          return true;
        },
      },
    },
  });
}
