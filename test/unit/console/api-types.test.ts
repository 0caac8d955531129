import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { consoleApiTypes } from '../../../scripts/console-api-types.js';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

describe('Console: typed by the API\'s own document', () => {
  it('has API types generated from the committed openapi.json', async () => {
    const committed = readFileSync(root('console/src/api/schema.ts'), 'utf8');
    const generated = await consoleApiTypes(readFileSync(root('openapi.json'), 'utf8'));
    if (committed !== generated) expect.fail('console/src/api/schema.ts is out of date: run `npm run openapi` and commit it');
  });

  it('type-checks against those types, so a changed answer shape breaks the build here', () => {
    const tsc = spawnSync(process.execPath, [root('node_modules/typescript/bin/tsc'), '--noEmit', '-p', root('console')], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 60_000);
});
