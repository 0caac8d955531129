import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clientApiTypes, consoleApiTypes } from '../../scripts/api-types.js';

/** tsc over the whole project takes minutes on a loaded 2-core machine: a slow check is not a failing one. */
const TSC_TIMEOUT_MS = 600_000;

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

function typecheck(project: string): { output: string; status: number | null } {
  const tsc = spawnSync(process.execPath, [root('node_modules/typescript/bin/tsc'), '--noEmit', '-p', root(project)], {
    encoding: 'utf8',
  });
  return { output: tsc.stdout + tsc.stderr, status: tsc.status };
}

describe("Types: the project, the console and the client compile, the console and the client against the API's own document", () => {
  it('has API types generated from the committed openapi.json', async () => {
    const committed = readFileSync(root('console/src/api/schema.ts'), 'utf8');
    const generated = await consoleApiTypes(readFileSync(root('openapi.json'), 'utf8'));
    if (committed !== generated)
      expect.fail('console/src/api/schema.ts is out of date: run `npm run openapi` and commit it');
  });

  it("has the TypeScript client's API types generated from the committed openapi.json", async () => {
    const committed = readFileSync(root('clients/typescript/src/schema.ts'), 'utf8');
    const generated = await clientApiTypes(readFileSync(root('openapi.json'), 'utf8'));
    if (committed !== generated)
      expect.fail('clients/typescript/src/schema.ts is out of date: run `npm run openapi` and commit it');
  });

  it(
    'type-checks the TypeScript client and the till example against those types',
    () => {
      expect(typecheck('clients/typescript')).toEqual({ output: '', status: 0 });
      expect(typecheck('clients/examples')).toEqual({ output: '', status: 0 });
    },
    TSC_TIMEOUT_MS,
  );

  it(
    'type-checks the console against those types, so a changed answer shape breaks the build here',
    () => {
      expect(typecheck('console')).toEqual({ output: '', status: 0 });
    },
    TSC_TIMEOUT_MS,
  );

  it(
    'type-checks the API, the stack, the tests and the bench (strict)',
    () => {
      expect(typecheck('.')).toEqual({ output: '', status: 0 });
    },
    TSC_TIMEOUT_MS,
  );
});
