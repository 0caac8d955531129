import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Biome scans the project (node_modules' types included) for its promise rules; on a loaded 2-core machine that is slow, not failing. */
const BIOME_TIMEOUT_MS = 600_000;

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs Biome's CLI over the files biome.jsonc includes and returns one line per finding
 * (`path:line rule: message`), read from its GitHub reporter: one `::error ...` line each.
 */
function biome(command: 'lint' | 'format'): { findings: string[]; status: number | null } {
  const args = [
    `${root}node_modules/@biomejs/biome/bin/biome`,
    command,
    '--reporter=github',
    '--max-diagnostics=none',
    '--error-on-warnings',
    '.',
  ];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const findings = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const [, fields = '', message = ''] = /^::\w+ ([^:]*)::(.*)$/.exec(line) ?? [];
      const field = (name: string) => new RegExp(`(?:^|,)${name}=([^,]*)`).exec(fields)?.[1] ?? '?';
      const what = field('title') === 'format' ? 'not laid out as `npm run format` writes it' : message;
      return `${field('file').replace(root, '')}:${field('line')} ${field('title')}: ${what}`;
    });
  // A broken configuration prints no finding but still fails: show what Biome said.
  if (run.status !== 0 && findings.length === 0) findings.push(run.stderr || run.stdout || String(run.error));
  return { findings, status: run.status };
}

describe('Lint and format: every hand-written source passes Biome (biome.jsonc)', () => {
  it(
    'has no lint finding (fix it, or switch the rule off in biome.jsonc with a one-line reason)',
    () => {
      expect(biome('lint')).toEqual({ findings: [], status: 0 });
    },
    BIOME_TIMEOUT_MS,
  );

  it(
    'is formatted as `npm run format` writes it',
    () => {
      expect(biome('format')).toEqual({ findings: [], status: 0 });
    },
    BIOME_TIMEOUT_MS,
  );
});
