import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_TABLE_END, ERROR_TABLE_START, errorCodeTable } from '../../functions/http/error-reference.js';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../../functions/http/openapi-document.js';
import { ERROR_CODES, isErrorCode, type ErrorCode } from '../../shared/domain/error-catalogue.js';
import { ERROR_MEANINGS } from '../../shared/domain/error-meanings.js';
import { IDEMPOTENT_ROUTES } from '../helpers/e2e-fixtures.js';
import { routes } from '../helpers/routes.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const REGENERATE = 'npm run openapi';

/** Codes of the error classes that no single operation answers with, and why. */
const CODES_NOT_PER_OPERATION: Record<string, string> = {
  method_not_allowed: 'answered by the fallback route for any path (described in info)',
};

type Json = any;
const document: Json = buildOpenApiDocument(routes);
/** A response, following its `$ref` to `components.responses` where it is a shared one. */
const deref = (node: Json): Json =>
  node?.$ref
    ? (node.$ref as string)
        .slice(2)
        .split('/')
        .reduce((at: Json, part: string) => at?.[part], document)
    : node;
const operations = routes.map((route) => ({
  route,
  op: document.paths[route.path]?.[route.method.toLowerCase()] as Json,
}));

// --- docs/api.md route lines ----------------------------------------------------------

/** The lines of the reference that matter here: its two route-table headings and every route row. */
function routeLinesOf(markdown: string): string {
  const lines = markdown.split('\n').filter((line) => /^## (Operator|Merchant)|^\| `(GET|PUT|POST|DELETE) /.test(line));
  return `${lines.join('\n')}\n`;
}

interface ApiMdRoute {
  key: string;
  section: 'admin' | 'merchant';
  bodyCell: string;
  answerCell: string;
}

/** `| \`POST /v1/a/{id}/freeze\` / \`unfreeze\` | body | answer |` → one route per alternative. */
function parseRouteLines(text: string): ApiMdRoute[] {
  const result: ApiMdRoute[] = [];
  let section: 'admin' | 'merchant' = 'admin';
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) section = line.startsWith('## Operator') ? 'admin' : 'merchant';
    if (!line.startsWith('| `')) continue;
    const [routeCell, bodyCell, answerCell] = line
      .split(/(?<!\\)\|/)
      .slice(1)
      .map((cell) => cell.trim());
    const spans = [...routeCell!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
    const [method, rawPath] = spans[0]!.split(' ') as [string, string];
    const path = rawPath.replace(/\?.*$/, '');
    result.push({ key: `${method} ${path}`, section, bodyCell: bodyCell!, answerCell: answerCell! });
    for (const alternative of spans.slice(1)) {
      result.push({
        key: `${method} ${path.replace(/[^/]+$/, alternative)}`,
        section,
        bodyCell: bodyCell!,
        answerCell: answerCell!,
      });
    }
  }
  return result;
}

/** The project's own API reference, which users read: the document must agree with it. */
const reference = readFileSync(root('docs/api.md'), 'utf8');
const apiMdRoutes = parseRouteLines(routeLinesOf(reference));

/** Every property name anywhere in a JSON Schema. */
function propertyNames(schema: Json, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) propertyNames(item, into);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties') for (const name of Object.keys(value as object)) into.add(name);
      propertyNames(value, into);
    }
  }
  return into;
}

/** `memberId`, `payment.amountMinor`: a dotted path through `properties`. */
function hasField(schema: Json, path: string): boolean {
  let node = schema;
  for (const part of path.split('.')) {
    node = node?.properties?.[part];
    if (!node) return false;
  }
  return true;
}

/** Field names in the backticked `{...}` spans of an reference's body cell. */
function fieldNamesOf(cell: string): string[] {
  const spans = [...cell.matchAll(/`(\{[^`]*\})`/g)].map((match) => match[1]!.replace(/"[^"]*"/g, ''));
  const names = spans.flatMap((span) =>
    [...span.matchAll(/([A-Za-z][A-Za-z0-9]*)\??(?=\s*[:,}(])/g)].map((match) => match[1]!),
  );
  return [...new Set(names)].filter((name) => !['null', 'int', 'bool'].includes(name));
}

/** Error codes as the source states them: the error classes' codes and every `problem('<code>'` call. */
function sourceCodes(): Set<string> {
  const sources = [
    'shared/domain/errors.ts',
    'functions/middleware/http-errors.ts',
    'functions/middleware/problem-responses.ts',
  ];
  const codes = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(root(file), 'utf8');
    for (const match of text.matchAll(/code(?::\s*string)?\s*=\s*'([a-z_]+)'|problem\('([a-z_]+)'/g))
      codes.add(match[1] ?? match[2]!);
  }
  return codes;
}

function documentCodes(): Set<string> {
  const codes = new Set<string>();
  for (const { op } of operations) {
    for (const response of (Object.values(op.responses) as Json[]).map(deref)) {
      const schema = response.content?.['application/problem+json']?.schema;
      for (const code of schema?.allOf?.[1]?.properties?.code?.enum ?? []) codes.add(code);
    }
  }
  return codes;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with a bearer scheme per key kind and a shared Problem schema', () => {
    // Assert
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.adminKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.components.securitySchemes.merchantKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.components.schemas.Problem.required).toEqual(['type', 'title', 'status', 'detail', 'code']);
    expect(Object.keys(document.components.schemas.Problem.properties)).toEqual([
      'type',
      'title',
      'status',
      'detail',
      'code',
      'errors',
    ]);
    expect(document.components.schemas.Problem.properties.errors.items.required).toEqual(['path', 'message']);
  });

  it('has every route with its operationId, security, parameters and body', () => {
    for (const { route, op } of operations) {
      const where = `${route.method} ${route.path}`;
      expect(op, where).toBeDefined();
      expect(op.operationId, where).toBe(route.name);
      expect(op.summary, where).toBe(route.summary);

      const expectedSecurity = {
        public: [],
        admin: [{ adminKey: [] }],
        merchant: [{ merchantKey: [] }, { adminKey: [] }],
        merchantOnly: [{ merchantKey: [] }],
      };
      expect(op.security, where).toEqual(expectedSecurity[route.access]);

      const pathParams = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      const documented = (op.parameters ?? []).filter((p: Json) => p.in === 'path').map((p: Json) => p.name);
      expect(documented, where).toEqual(pathParams);
      if (route.params) expect(Object.keys((route.params as Json).shape).sort(), where).toEqual([...pathParams].sort());

      const idempotencyHeader = (op.parameters ?? []).some(
        (p: Json) => p.$ref === '#/components/parameters/IdempotencyKey',
      );
      expect(idempotencyHeader, where).toBe(IDEMPOTENT_ROUTES.includes(where));

      expect(op.requestBody !== undefined, where).toBe(route.body !== undefined);
      if (op.requestBody) expect(op.requestBody.content['application/json'].schema.type, where).toBe('object');
    }
    expect(document.components.parameters.IdempotencyKey).toMatchObject({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
    });
  });

  it('gives every route its success answers and every problem+json error it can give', () => {
    for (const { route, op } of operations) {
      const where = `${route.method} ${route.path}`;
      const statuses = Object.keys(op.responses).map(Number);
      for (const success of route.responses) expect(statuses, where).toContain(success.status);

      const errors = statuses.filter((status) => status >= 400);
      expect(errors, where).toContain(500);
      expect(errors.includes(401), where).toBe(route.access !== 'public');
      expect(errors.includes(403), where).toBe(
        route.access === 'admin' || route.access === 'merchantOnly' || Boolean(route.errors?.[403]),
      );
      expect(errors.includes(413), where).toBe(route.body !== undefined);
      expect(errors.includes(422), where).toBe(route.idempotent === true);
      // A route that reads the table can find it busy; one that never touches it cannot.
      expect(errors.includes(503), where).toBe(route.table !== 'none');

      for (const status of errors) {
        const response = deref(op.responses[String(status)]);
        const schema = response.content['application/problem+json'].schema;
        expect(schema.allOf[0], `${where} ${status}`).toEqual({ $ref: '#/components/schemas/Problem' });
        expect(schema.allOf[1].properties.status, `${where} ${status}`).toEqual({ const: status });
        expect(schema.allOf[1].properties.code.enum.length, `${where} ${status}`).toBeGreaterThan(0);
        if (status === 503) expect(response.headers['Retry-After'], where).toBeDefined();
      }
    }
  });

  it('lists the route-specific business codes', () => {
    const codes = (method: string, path: string, status: number) =>
      deref(document.paths[path][method].responses[String(status)]).content['application/problem+json'].schema.allOf[1]
        .properties.code.enum;
    expect(codes('post', '/v1/redemptions', 404)).toEqual(['member_not_found', 'reward_not_found']);
    expect(codes('post', '/v1/redemptions', 403)).toEqual([
      'member_frozen',
      'credit_required',
      'spend_code_required',
      'spend_code_invalid',
    ]);
    expect(codes('post', '/v1/redemptions', 429)).toEqual(['spend_code_locked']);
    expect(codes('post', '/v1/redemptions', 409)).toEqual(['insufficient_points', 'out_of_stock', 'priority_window']);
    expect(codes('post', '/v1/reversals', 403)).toEqual(['forbidden', 'member_frozen']);
    expect(codes('post', '/v1/reversals', 409)).toEqual(['already_reversed']);
    expect(codes('put', '/v1/admin/rewards/{rewardId}', 400)).toContain('disclosure_required');
    expect(codes('put', '/v1/admin/promotions/{promotionId}', 400)).toContain('disclosure_required');
    expect(codes('post', '/v1/earn', 400)).toEqual(['idempotency_key_required', 'validation_failed', 'malformed_json']);
    expect(codes('post', '/v1/earn', 413)).toEqual(['payload_too_large']);
    expect(codes('post', '/v1/earn', 503)).toEqual(['temporarily_unavailable']);
    expect(document.paths['/v1/admin/keys/{keyId}'].delete.responses['204']).toBeDefined();
    expect(Object.keys(document.paths['/v1/admin/rewards/{rewardId}'].put.responses)).toEqual(
      expect.arrayContaining(['200', '201']),
    );
  });

  it('resolves every $ref inside the document', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) {
      const pointer = JSON.parse(`{${ref}}`).$ref as string;
      const target = pointer
        .slice(2)
        .split('/')
        .reduce((node: Json, part) => node?.[part], document);
      expect(target, pointer).toBeDefined();
    }
  });

  it('equals the committed openapi.json', () => {
    const committed = readFileSync(root('openapi.json'), 'utf8');
    const generated = serializeOpenApiDocument(document);
    if (committed !== generated) {
      expect.fail(
        `openapi.json is out of date with the zod schemas or route table: run \`${REGENERATE}\` and commit openapi.json`,
      );
    }
  });
});

describe('OpenAPI document against docs/api.md', () => {
  it('reads the reference: both route tables and every route row', () => {
    expect(apiMdRoutes.filter((route) => route.section === 'admin').length).toBeGreaterThanOrEqual(10);
    expect(apiMdRoutes.filter((route) => route.section === 'merchant').length).toBeGreaterThanOrEqual(8);
  });

  it('keeps the README and the reference inside the repository', () => {
    for (const file of ['README.md', 'docs/api.md']) {
      expect(readFileSync(root(file), 'utf8'), file).not.toMatch(/\.\.\/shared\b/);
    }
  });

  it('documents every route of the reference, and only those', () => {
    const documented = routes.map((route) => `${route.method} ${route.path}`);
    const contract = apiMdRoutes.map((route) => route.key);
    expect(contract.filter((key) => !documented.includes(key))).toEqual([]);
    expect(documented.filter((key) => !contract.includes(key))).toEqual([]);
    for (const key of documented) {
      const [method, path] = key.split(' ') as [string, string];
      expect(document.paths[path]?.[method.toLowerCase()], key).toBeDefined();
    }
  });

  it('gives each route the access of its section of the reference', () => {
    for (const contract of apiMdRoutes) {
      const [method, path] = contract.key.split(' ') as [string, string];
      const op = document.paths[path][method.toLowerCase()];
      const expected = /no key needed/.test(contract.bodyCell)
        ? []
        : contract.section === 'admin'
          ? [{ adminKey: [] }]
          : /merchant key only/.test(contract.bodyCell)
            ? [{ merchantKey: [] }]
            : [{ merchantKey: [] }, { adminKey: [] }];
      expect(op.security, contract.key).toEqual(expected);
    }
  });

  it("answers with the reference's success statuses", () => {
    for (const contract of apiMdRoutes) {
      const [method, path] = contract.key.split(' ') as [string, string];
      const statuses = Object.keys(document.paths[path][method.toLowerCase()].responses);
      const promised = [...contract.answerCell.matchAll(/\b(20\d)\b/g)].map((match) => match[1]!);
      for (const status of promised) expect(statuses, contract.key).toContain(status);
    }
  });

  it("names every body field the reference names, in the route's request schema", () => {
    for (const contract of apiMdRoutes) {
      const [method, path] = contract.key.split(' ') as [string, string];
      const body = document.paths[path][method.toLowerCase()].requestBody?.content['application/json'].schema;
      const fields = fieldNamesOf(contract.bodyCell);
      if (fields.length > 0) expect(body, contract.key).toBeDefined();
      const names = propertyNames(body ?? {});
      expect(
        fields.filter((field) => !names.has(field)),
        contract.key,
      ).toEqual([]);
    }
  });

  it('spot-checks the key request fields', () => {
    const body = (path: string) => document.paths[path].post.requestBody.content['application/json'].schema;
    const expected: Record<string, string[]> = {
      '/v1/earn': ['memberId', 'amountMinor', 'currency', 'nights', 'reference', 'occurredAt'],
      '/v1/redemptions': ['memberId', 'rewardId', 'quantity', 'payment.amountMinor'],
      '/v1/reversals': ['transactionId', 'reason', 'amountMinor'],
      '/v1/admin/adjustments': ['memberId', 'points', 'balance', 'reason'],
    };
    for (const [path, fields] of Object.entries(expected)) {
      expect(
        fields.filter((field) => !hasField(body(path), field)),
        path,
      ).toEqual([]);
    }
    expect(body('/v1/earn').required).toEqual(['memberId', 'reference']);
    expect(body('/v1/reversals').required).toEqual(['transactionId', 'reason']);
    // A missing body counts as `{}`: optional exactly where `{}` is valid.
    expect(document.paths['/v1/earn'].post.requestBody.required).toBe(true);
    expect(document.paths['/v1/members/{memberId}'].put.requestBody.required).toBe(false);
  });

  it('uses only catalogued codes, in the source and the document, and every catalogued code an operation can give', () => {
    const inDocument = documentCodes();
    const inSource = sourceCodes();
    expect(
      [...inSource].filter((code) => !isErrorCode(code)),
      'add the code to shared/domain/error-catalogue.ts',
    ).toEqual([]);
    expect([...inDocument].filter((code) => !isErrorCode(code))).toEqual([]);
    const unanswered = ERROR_CODES.filter((code) => !inDocument.has(code));
    expect(
      unanswered.filter((code) => !(code in CODES_NOT_PER_OPERATION)),
      'declare the new code on its route',
    ).toEqual([]);
  });

  it("describes each code of each error answer with the catalogue's meaning", () => {
    for (const { route, op } of operations) {
      for (const response of (Object.values(op.responses) as Json[]).map(deref)) {
        const schema = response.content?.['application/problem+json']?.schema;
        for (const code of (schema?.allOf?.[1]?.properties?.code?.enum ?? []) as ErrorCode[]) {
          expect(response.description, `${route.name} ${code}`).toContain(`\`${code}\`: ${ERROR_MEANINGS[code]}`);
        }
      }
    }
  });

  it('carries the error table of docs/api.md as the catalogue makes it', () => {
    const start = reference.indexOf(ERROR_TABLE_START);
    const end = reference.indexOf(ERROR_TABLE_END);
    expect(reference.slice(start + ERROR_TABLE_START.length, end).trim(), `run \`${REGENERATE}\``).toBe(
      errorCodeTable(),
    );
  });
});
