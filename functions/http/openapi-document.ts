/**
 * Builds jifen's OpenAPI 3.1 document from the route declarations: the zod
 * schemas each handler validates, its answers and its refusals. Used by `npm run openapi` and the
 * tests, never at request time: `get-openapi` serves the committed `openapi.json`.
 *
 * Request schemas come from zod 4's own JSON Schema conversion (OpenAPI 3.1 is
 * JSON Schema 2020-12), so what the document promises is what the handlers check.
 * Refinements zod cannot express in JSON Schema (e.g. "amountMinor or nights")
 * are stated in the operation's description instead.
 */
import * as z from 'zod';
import { statusTitle } from '../../shared/application/problem.js';
import type { NamedSchema } from '../../shared/schemas/answers.js';
import { idempotencyKey } from '../../shared/schemas/common.js';
import type { ErrorCodes, RouteDeclaration, SuccessResponse } from './route.js';

type JsonSchema = Record<string, unknown>;

/** One line per code, shown in each error response's description. */
const CODE_MEANINGS: Readonly<Record<string, string>> = {
  validation_failed: 'a field, path parameter, query parameter or the Idempotency-Key is invalid; `errors` names each',
  malformed_json: 'the body is not valid JSON',
  idempotency_key_required: 'the Idempotency-Key header is missing',
  disclosure_required: '`conditions` is missing or empty',
  unauthenticated: 'missing, unknown or revoked API key',
  forbidden: 'this key may not do that',
  member_frozen: 'the member is frozen; no points can move',
  credit_required: 'the reward is reserved for members in good credit standing',
  not_found: 'the named resource does not exist',
  member_not_found: 'the member is not enrolled',
  reward_not_found: 'the reward does not exist or is not active',
  flag_not_found: 'no flag has this id',
  insufficient_points: 'the balance does not cover it; nothing was written',
  out_of_stock: 'not enough stock left',
  priority_window: 'the limited reward is still reserved for good-credit members',
  already_reversed: 'nothing (or not that much) is left to reverse',
  merchant_not_found: 'the program has no such merchant',
  task_not_found: 'the task does not exist',
  task_not_active: 'the task is inactive or outside its startsAt/endsAt window',
  task_limit_reached: 'the member has completed the task as often as its limit allows in this period',
  velocity_limit: 'the earn would pass a velocity limit of the program; nothing was credited and a flag is open',
  payload_too_large: 'the body exceeds 64 KiB',
  idempotency_key_reused: 'the Idempotency-Key was used with a different request',
  internal_error: 'an unexpected failure; nothing leaks, nothing was written',
  spend_code_required: "the program needs the member's one-time spend code for this spend, and none was sent; not remembered",
  spend_code_invalid: "the spend code is not the member's current one (wrong, used or expired); not remembered, and counted toward the lock",
  spend_code_locked: 'five invalid spend codes for the member within 15 minutes: spends with a merchant key wait for Retry-After',
  temporarily_unavailable:
    'the ledger stayed busy or did not answer in time; retry after Retry-After with the same Idempotency-Key (after a timed-out write, the retry settles whether it was made)',
};

function addCodes(into: Map<number, string[]>, codes: ErrorCodes): void {
  for (const [status, list] of Object.entries(codes)) {
    const existing = into.get(Number(status)) ?? [];
    for (const code of list ?? []) if (!existing.includes(code)) existing.push(code);
    into.set(Number(status), existing);
  }
}

/** Every problem+json answer a route can give: what its kind implies plus its declared `errors`. */
export function errorCodesFor(route: RouteDeclaration): Map<number, string[]> {
  const codes = new Map<number, string[]>();
  const { access } = route;
  if (access !== 'public') addCodes(codes, { 401: ['unauthenticated'] });
  if (access === 'admin' || access === 'merchantOnly') addCodes(codes, { 403: ['forbidden'] });
  if (route.idempotent) addCodes(codes, { 400: ['idempotency_key_required', 'validation_failed'] });
  if (route.body) addCodes(codes, { 400: ['malformed_json', 'validation_failed'] });
  if (route.params || route.query) addCodes(codes, { 400: ['validation_failed'] });
  addCodes(codes, route.errors ?? {});
  if (route.body) addCodes(codes, { 413: ['payload_too_large'] });
  if (route.idempotent) addCodes(codes, { 422: ['idempotency_key_reused'] });
  addCodes(codes, { 500: ['internal_error'] });
  // Only a route that touches the table can find it busy.
  if (route.table !== 'none') addCodes(codes, { 503: ['temporarily_unavailable'] });
  return new Map([...codes].sort(([a], [b]) => a - b));
}

// --- JSON Schema from zod ------------------------------------------------------

/** `z.int()` states ±MAX_SAFE_INTEGER as bounds; they say nothing a reader needs, so they go. */
function withoutSafeIntegerBounds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutSafeIntegerBounds);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !((key === 'minimum' || key === 'maximum') && Math.abs(value as number) === Number.MAX_SAFE_INTEGER))
      .map(([key, value]) => [key, withoutSafeIntegerBounds(value)]),
  );
}

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io }) as JsonSchema;
  return withoutSafeIntegerBounds(rest) as JsonSchema;
}

/** Answers may gain fields over time: drop `additionalProperties: false` so clients stay tolerant. */
function open(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(open);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, open(value)]),
  );
}

const responseSchema = (schema: z.core.$ZodType): JsonSchema => open(jsonSchema(schema, 'output')) as JsonSchema;

// --- The document -------------------------------------------------------------

const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const problemSchema: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details. `code` is the stable, machine-readable part.',
  properties: {
    type: { type: 'string', description: 'Exactly `/problems/<code>`.', examples: ['/problems/insufficient_points'] },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    errors: {
      type: 'array',
      description: 'Present on validation failures: one entry per bad field.',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, message: { type: 'string' } },
        required: ['path', 'message'],
      },
    },
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
};

function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}

function parameters(route: RouteDeclaration): JsonSchema[] {
  const result: JsonSchema[] = [];
  if (route.params) {
    const schema = jsonSchema(route.params, 'input') as { properties?: Record<string, JsonSchema> };
    for (const name of pathParameterNames(route.path)) {
      result.push({ name, in: 'path', required: true, schema: schema.properties?.[name] ?? { type: 'string' } });
    }
  }
  if (route.query) {
    // Query strings arrive as text and are coerced: describe each value as parsed (output),
    // but take what is required and the defaults from the input side.
    const input = jsonSchema(route.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    const output = jsonSchema(route.query, 'output') as { properties?: Record<string, JsonSchema> };
    for (const [name, inputProperty] of Object.entries(input.properties ?? {})) {
      const schema = { ...output.properties?.[name], ...('default' in inputProperty && { default: inputProperty.default }) };
      result.push({ name, in: 'query', required: input.required?.includes(name) ?? false, schema });
    }
  }
  if (route.idempotent) result.push({ $ref: '#/components/parameters/IdempotencyKey' });
  return result;
}

/** Answers every route of a kind gives alike, written once in `components.responses` (they are most of the document). */
const SHARED_ERROR_RESPONSES: Readonly<Record<number, { name: string; code: string }>> = {
  400: { name: 'ValidationFailed', code: 'validation_failed' },
  401: { name: 'Unauthenticated', code: 'unauthenticated' },
  403: { name: 'Forbidden', code: 'forbidden' },
  413: { name: 'PayloadTooLarge', code: 'payload_too_large' },
  422: { name: 'IdempotencyKeyReused', code: 'idempotency_key_reused' },
  500: { name: 'InternalError', code: 'internal_error' },
  503: { name: 'TemporarilyUnavailable', code: 'temporarily_unavailable' },
};

/** Business refusals are remembered and replayed under the same key. */
const REPLAYED_STATUSES: readonly number[] = [403, 404, 409];

function sharedErrorResponses(): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(SHARED_ERROR_RESPONSES).map(([status, { name, code }]) => [name, errorResponse(Number(status), [code], false)]),
  );
}

/** A route's answer for `status`: the shared one when its codes are exactly the shared one's. */
function errorResponseOf(status: number, codes: string[], idempotent: boolean): JsonSchema {
  const shared = SHARED_ERROR_RESPONSES[status];
  // An idempotent route's refusals carry its replay header, which the shared answers do not.
  const replayable = idempotent && REPLAYED_STATUSES.includes(status);
  if (shared && !replayable && codes.length === 1 && codes[0] === shared.code) return { $ref: `#/components/responses/${shared.name}` };
  return errorResponse(status, codes, idempotent);
}

function errorResponse(status: number, codes: string[], idempotent: boolean): JsonSchema {
  const lines = codes.map((code) => `- \`${code}\`: ${CODE_MEANINGS[code] ?? code}`);
  const headers: JsonSchema = {};
  if (status === 503 || status === 429) headers['Retry-After'] = { $ref: '#/components/headers/RetryAfter' };
  if (idempotent && REPLAYED_STATUSES.includes(status)) headers['Idempotent-Replayed'] = { $ref: '#/components/headers/IdempotentReplayed' };
  return {
    description: `${statusTitle(status)}:\n${lines.join('\n')}`,
    ...(Object.keys(headers).length > 0 && { headers }),
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            { type: 'object', properties: { status: { const: status }, code: { enum: codes } } },
          ],
        },
      },
    },
  };
}

function successResponse(success: SuccessResponse, idempotent: boolean): JsonSchema {
  const content: JsonSchema = {};
  if (success.body) content['application/json'] = { schema: { $ref: `#/components/schemas/${success.body.name}` } };
  if (success.csv) content['text/csv'] = { schema: { type: 'string', description: 'With `Accept: text/csv`.' } };
  return {
    description: success.description,
    ...(idempotent && { headers: { 'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' } } }),
    ...(Object.keys(content).length > 0 && { content }),
  };
}

function security(route: RouteDeclaration): JsonSchema[] {
  if (route.access === 'public') return [];
  if (route.access === 'admin') return [{ adminKey: [] }];
  if (route.access === 'merchantOnly') return [{ merchantKey: [] }];
  return [{ merchantKey: [] }, { adminKey: [] }];
}

function operation(route: RouteDeclaration): JsonSchema {
  const idempotent = route.idempotent === true;
  const responses: Record<string, JsonSchema> = {};
  for (const success of route.responses) responses[String(success.status)] = successResponse(success, idempotent);
  for (const [status, codes] of errorCodesFor(route)) responses[String(status)] = errorResponseOf(status, codes, idempotent);

  const access = {
    public: 'No key needed.',
    merchant: 'A merchant key (or the admin key).',
    merchantOnly: 'A merchant key only (the admin key is 403 `forbidden`).',
    admin: 'The admin (operator) key.',
  };
  const description = [access[route.access], route.notes].filter(Boolean).join(' ');
  const params = parameters(route);
  return {
    operationId: route.name,
    summary: route.summary,
    description,
    tags: [route.access === 'admin' ? 'operator' : route.access === 'public' ? 'public' : 'merchant'],
    security: security(route),
    ...(params.length > 0 && { parameters: params }),
    ...(route.body && {
      // A missing body is validated as `{}`, so a body is optional exactly when `{}` passes.
      requestBody: {
        required: !z.safeParse(route.body, {}).success,
        content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
      },
    }),
    responses,
  };
}

const shapeOf = (body: NamedSchema): unknown => ('schema' in body ? body.schema : body.jsonSchema);

/** Each named answer shape once; two shapes under one name would make the document lie. */
function answerSchemas(routes: readonly RouteDeclaration[]): Record<string, JsonSchema> {
  const byName = new Map<string, NamedSchema>();
  for (const route of routes) {
    for (const { body } of route.responses) {
      if (!body) continue;
      const known = byName.get(body.name);
      if (known && shapeOf(known) !== shapeOf(body)) throw new Error(`two different answer shapes are named ${body.name}`);
      byName.set(body.name, body);
    }
  }
  const names = [...byName.keys()].sort();
  return Object.fromEntries(
    names.map((name) => {
      const body = byName.get(name)!;
      return [name, 'schema' in body ? responseSchema(body.schema) : body.jsonSchema];
    }),
  );
}

/** The whole document, built deterministically (same input, same bytes). */
export function buildOpenApiDocument(routes: readonly RouteDeclaration[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'jifen HTTP API',
      version: '1',
      description:
        'A loyalty-points engine for a coalition of merchants. Generated from the zod schemas the handlers validate ' +
        '(`npm run openapi`). Errors are `application/problem+json`; an unknown route is 404 `not_found` and a wrong ' +
        'method 405 `method_not_allowed` with an `Allow` header.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'operator', description: 'Admin key only.' },
      { name: 'merchant', description: 'A merchant key (most routes: or the admin key).' },
      { name: 'public', description: 'No key needed.' },
    ],
    paths,
    components: {
      securitySchemes: {
        adminKey: { type: 'http', scheme: 'bearer', description: 'The operator key: `Authorization: Bearer <apiKey>`.' },
        merchantKey: { type: 'http', scheme: 'bearer', description: 'A merchant key `jf_<keyId>.<secret>`.' },
      },
      responses: sharedErrorResponses(),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'Scoped to the calling key’s owner. The same key and body replays the original answer; ' +
            'the same key with a different body is 422 `idempotency_key_reused`.',
          schema: jsonSchema(idempotencyKey, 'input'),
        },
      },
      headers: {
        RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
        IdempotentReplayed: {
          description: '`true` when this answer is a replay of an earlier request with the same Idempotency-Key.',
          schema: { type: 'string', const: 'true' },
        },
      },
      schemas: {
        Problem: problemSchema,
        ...answerSchemas(routes),
      },
    },
  };
}

/** The bytes of `openapi.json`: two-space indent and a final newline. */
export function serializeOpenApiDocument(document: JsonSchema): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
