import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import { identify, type Identified } from '../../shared/application/authenticate.js';
import type { Caller, Deps } from '../../shared/application/deps.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { idempotencyKey as idempotencyKeySchema } from '../../shared/schemas/common.js';
import { IdempotencyKeyRequiredError, MalformedJsonError, PayloadTooLargeError } from '../middleware/http-errors.js';
import { observability } from '../middleware/observability.js';
import { problemResponses } from '../middleware/problem-responses.js';
import { auditRecord } from './audit-record.js';
import { routeKey, type RouteDeclaration } from './route.js';

export const MAX_BODY_BYTES = 64 * 1024;

type Schema = z.ZodMiniType;

function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const entry = Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}

function rawBody(event: APIGatewayProxyEventV2): string | undefined {
  if (event.body === undefined || event.body === null) return undefined;
  const bytes = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
  if (bytes.length > MAX_BODY_BYTES) throw new PayloadTooLargeError(MAX_BODY_BYTES);
  return bytes.toString('utf8');
}

/** Deeper JSON than any request needs; refusing it keeps recursive code (hashing, storage) safe. */
const MAX_JSON_DEPTH = 32;

function depthWithin(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return false;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return true;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MalformedJsonError();
  }
  if (!depthWithin(json, MAX_JSON_DEPTH)) {
    throw new ValidationError([{ path: '(body)', message: `must not nest deeper than ${MAX_JSON_DEPTH} levels` }]);
  }
  return json;
}

type Issues = { path: string; message: string }[];

function validate(schema: Schema | undefined, value: unknown, issues: Issues): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    // An unknown field is named by its own path, so a client sees exactly which one to drop.
    const names = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
    for (const name of names) issues.push({ path: name.join('.') || '(body)', message: issue.message });
  }
  return undefined;
}

/**
 * A route's HTTP handler, built from its declaration and the dependencies given
 * to it: size limit → authentication → JSON → Idempotency-Key → validation of
 * params, query and body → the route's `run` (given its audit line if it is an
 * operator write). The order is the contract's: 401, 403, then 400, then
 * whatever the use case decides; a key left to the use case's read
 * (`checksKeyItself`) is checked on its own before any other refusal. `deps` is
 * called on each request, so a Lambda's composition root can build them on first use.
 */
export function httpHandler(route: RouteDeclaration, deps: () => Deps) {
  const { access } = route;
  const key = routeKey(route);

  async function answer(
    event: APIGatewayProxyEventV2,
    text: string | undefined,
    identified: Identified | null,
  ): Promise<APIGatewayProxyResultV2> {
    const json = parseJson(text);
    const idempotency = { key: '', requestHash: '' };
    const issues: Issues = [];
    if (route.idempotent) {
      const given = header(event, 'idempotency-key');
      if (given === undefined) throw new IdempotencyKeyRequiredError();
      const parsedKey = idempotencyKeySchema.safeParse(given);
      if (!parsedKey.success) issues.push({ path: 'Idempotency-Key', message: parsedKey.error.issues[0]!.message });
      idempotency.key = given;
      idempotency.requestHash = requestHash(key, { params: event.pathParameters ?? {}, body: json ?? null });
    }
    if (json !== undefined && (typeof json !== 'object' || json === null || Array.isArray(json))) {
      throw new ValidationError([{ path: '(body)', message: 'must be a JSON object' }]);
    }
    const params = validate(route.params, event.pathParameters ?? {}, issues);
    const query = validate(route.query, event.queryStringParameters ?? {}, issues);
    const body = validate(route.body, json ?? {}, issues);
    if (issues.length > 0) throw new ValidationError(issues);
    const caller: Caller = identified?.caller ?? { kind: 'system' };
    const input = {
      deps: deps(),
      caller,
      body,
      params,
      query,
      idempotency,
      header: (name: string) => header(event, name.toLowerCase()),
      keyCheck: identified?.pending ?? null,
    };
    return route.run(route.audit ? { ...input, audit: auditRecord(route, input) } : input);
  }

  return middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(observability(route.name, route.pointsMetric))
    .use(problemResponses())
    .handler(async (event) => {
      const text = rawBody(event);
      // Public routes never touch the store unless their use case does (the OpenAPI document needs no table).
      const identified =
        access === 'public'
          ? null
          : await identify(deps(), header(event, 'authorization'), access, route.checksKeyItself === true);
      const pending = identified?.pending ?? null;
      let response: APIGatewayProxyResultV2;
      try {
        response = await answer(event, text, identified);
      } catch (error) {
        await pending?.confirmAlone(deps());
        throw error;
      }
      if (pending && !pending.confirmed) throw new Error(`${route.name} answered without checking the caller's key`);
      return response;
    });
}
