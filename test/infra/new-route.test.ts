import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildOpenApiDocument } from '../../functions/http/openapi-document.js';
import { type CatalogedRoute, loadRoutes, ROUTES_DIRECTORY } from '../../functions/http/route-catalog.js';
import { startServer } from '../../local/server.js';
import { adminKeyFromValue } from '../../shared/adapters/admin-key.js';
import { createDynamoDbClient } from '../../shared/adapters/dynamodb/client.js';
import { dynamoDeps } from '../../shared/adapters/dynamodb/index.js';
import { ROUTE_TABLE } from '../helpers/routes.js';
import { PROJECT_ROOT, synthesize } from './synth.js';

/**
 * Adding a route is one new file in functions/http/routes/ (plus `npm run
 * openapi`): this declares one outside the project and checks that the stack,
 * the OpenAPI document, the local server and the metrics all pick it up from
 * that file alone, and that nothing else in the code lists routes by name.
 */

const ADMIN_KEY = 'new-route-admin-key-0123456789';
const source = (path: string) => `${PROJECT_ROOT}/${path}`;

const WIDGET_ROUTE = `
import * as z from 'zod/mini';
import { defineRoute } from '${source('functions/http/route.ts')}';
import { jsonResponse } from '${source('functions/http/responses.ts')}';
import { id } from '${source('shared/schemas/common.ts')}';

const counted = z.object({ widgetId: z.string(), points: z.int() });

export const route = defineRoute({
  name: 'count-widget',
  method: 'POST',
  path: '/v1/widgets/{widgetId}/count',
  access: 'merchant',
  table: 'readWrite',
  idempotent: true,
  params: z.object({ widgetId: id }),
  summary: 'Count a widget',
  responses: [{ status: 201, description: 'Counted.', body: { name: 'WidgetCount', schema: counted } }],
  errors: { 409: ['insufficient_points'] },
  pointsMetric: 'WidgetsCounted',
  run: async ({ params }) => jsonResponse(201, { widgetId: params.widgetId, points: 7 }),
});
`;

describe('A new route is one declaration', { timeout: 120_000 }, () => {
  let directory: string;
  let widget: CatalogedRoute;
  let table: CatalogedRoute[];

  beforeAll(async () => {
    // Under the project root, where CDK expects function entries.
    directory = mkdtempSync(join(PROJECT_ROOT, '.tmp-route-'));
    writeFileSync(join(directory, 'count-widget.ts'), WIDGET_ROUTE);
    [widget] = (await loadRoutes(directory)) as [CatalogedRoute];
    table = [...ROUTE_TABLE, widget];
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('gets its own function, grants, API route and a place in the fallback’s 405s', () => {
    const app = synthesize('dev', { routes: table });
    const fn = app.api.httpFunctions.get('count-widget');
    expect(fn).toBeDefined();
    const routeKeys = Object.values(app.apiTemplate.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties.RouteKey,
    );
    expect(routeKeys).toContain('POST /v1/widgets/{widgetId}/count');
    const policies = JSON.stringify(app.templateOf(fn!).findResources('AWS::IAM::Policy'));
    expect(policies).toContain('dynamodb:ConditionCheckItem');
    const fallback = app.api.httpFunctions.get('fallback')!;
    const fallbackEnv =
      app.apiTemplate.toJSON().Resources[app.logicalIdOf(fallback.fn)].Properties.Environment.Variables;
    expect(fallbackEnv.ROUTE_KEYS).toContain('POST /v1/widgets/{widgetId}/count');
  });

  it('costs the API stack three resources (its route, integration and nested stack), whatever the route needs', () => {
    const count = (routes: readonly CatalogedRoute[]) =>
      Object.keys(synthesize('dev', { routes }).apiTemplate.toJSON().Resources).length;
    expect(count(table) - count(ROUTE_TABLE)).toBe(3);
  });

  it('is in the OpenAPI document with its summary, parameters, answers and refusals', () => {
    const document = buildOpenApiDocument(table.map(({ route }) => route)) as any;
    const operation = document.paths['/v1/widgets/{widgetId}/count'].post;
    expect(operation.operationId).toBe('count-widget');
    expect(operation.summary).toBe('Count a widget');
    expect(operation.parameters.map((p: any) => p.name ?? p.$ref)).toEqual([
      'widgetId',
      '#/components/parameters/IdempotencyKey',
    ]);
    expect(operation.responses['201'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/WidgetCount',
    });
    expect(document.components.schemas.WidgetCount.required).toEqual(['widgetId', 'points']);
    expect(operation.responses['409'].content['application/problem+json'].schema.allOf[1].properties.code.enum).toEqual(
      ['insufficient_points'],
    );
    expect(Object.keys(operation.responses)).toEqual(['201', '400', '401', '409', '422', '500', '503']);
  });

  it('is served by the local server, emits its points metric, and makes its path answer 405 for other methods', async () => {
    const client = createDynamoDbClient({
      region: 'local',
      endpoint: 'http://127.0.0.1:9',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const deps = dynamoDeps({ client, tableName: 'never-read', adminKey: adminKeyFromValue(ADMIN_KEY) });
    const { url, server } = await startServer({ port: 0, routes: table.map(({ route }) => route), deps });
    const saved = process.env.POWERTOOLS_METRICS_DISABLED;
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const headers = { authorization: `Bearer ${ADMIN_KEY}`, 'idempotency-key': 'w-1' };
      const counted = await fetch(`${url}/v1/widgets/w1/count`, { method: 'POST', headers });
      const wrongMethod = await fetch(`${url}/v1/widgets/w1/count`, { method: 'GET', headers });
      spy.mockRestore();

      expect(counted.status).toBe(201);
      expect(await counted.json()).toEqual({ widgetId: 'w1', points: 7 });
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('POST');
      const metric = written.flatMap((chunk) => chunk.split('\n')).find((line) => line.includes('"WidgetsCounted"'));
      expect(metric && JSON.parse(metric).WidgetsCounted).toBe(7);
    } finally {
      spy.mockRestore();
      if (saved === undefined) delete process.env.POWERTOOLS_METRICS_DISABLED;
      else process.env.POWERTOOLS_METRICS_DISABLED = saved;
      server.close();
      client.destroy();
    }
  });

  it('needs no list of route names anywhere else in the code', () => {
    const names = ROUTE_TABLE.map(({ route }) => route.name);
    const files = ['functions', 'infra', 'local', 'scripts'].flatMap((folder) =>
      (readdirSync(source(folder), { recursive: true }) as string[])
        .filter((file) => file.endsWith('.ts'))
        .map((file) => join(source(folder), file)),
    );
    const mentions = files.flatMap((file) => {
      if (file.startsWith(ROUTES_DIRECTORY)) return [];
      const text = readFileSync(file, 'utf8');
      return names
        .filter((name) => text.includes(`'${name}'`))
        .map((name) => `${name} in ${file.slice(PROJECT_ROOT.length + 1)}`);
    });
    expect(mentions).toEqual([]);
    expect(fileURLToPath(new URL('../../functions/http/routes', import.meta.url))).toBe(ROUTES_DIRECTORY);
  });
});
