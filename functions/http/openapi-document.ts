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
import { problem, statusOf, statusTitle } from '../../shared/application/problem.js';
import { ERROR_CATALOGUE, ERROR_CODES, type ErrorCode } from '../../shared/domain/error-catalogue.js';
import { ERROR_MEANINGS } from '../../shared/domain/error-meanings.js';
import type { NamedSchema } from '../../shared/schemas/answers.js';
import { idempotencyKey } from '../../shared/schemas/common.js';
import { exampleOf } from './openapi-examples.js';
import type { ErrorCodes, RouteDeclaration, SuccessResponse } from './route.js';

type JsonSchema = Record<string, unknown>;

function addCodes(into: Map<number, ErrorCode[]>, codes: ErrorCodes, route: RouteDeclaration): void {
  for (const [status, list] of Object.entries(codes)) {
    const existing = into.get(Number(status)) ?? [];
    for (const code of list ?? []) {
      if (statusOf(code) !== Number(status))
        throw new Error(`${route.name} lists ${code} under ${status}; the catalogue answers it with ${statusOf(code)}`);
      if (!existing.includes(code)) existing.push(code);
    }
    into.set(Number(status), existing);
  }
}

/** Every problem+json answer a route can give: what its kind implies plus its declared `errors`. */
export function errorCodesFor(route: RouteDeclaration): Map<number, ErrorCode[]> {
  const codes = new Map<number, ErrorCode[]>();
  const add = (more: ErrorCodes) => addCodes(codes, more, route);
  const { access } = route;
  if (access !== 'public') add({ 401: ['unauthenticated'] });
  if (access === 'admin' || access === 'merchantOnly') add({ 403: ['forbidden'] });
  if (route.idempotent) add({ 400: ['idempotency_key_required', 'validation_failed'] });
  if (route.body) add({ 400: ['malformed_json', 'validation_failed'] });
  if (route.params || route.query) add({ 400: ['validation_failed'] });
  add(route.errors ?? {});
  if (route.body) add({ 413: ['payload_too_large'] });
  if (route.idempotent) add({ 422: ['idempotency_key_reused'] });
  add({ 500: ['internal_error'] });
  // Only a route that touches the table can find it busy.
  if (route.table !== 'none') add({ 503: ['temporarily_unavailable'] });
  return new Map([...codes].sort(([a], [b]) => a - b));
}

// --- JSON Schema from zod ------------------------------------------------------

/** `z.int()` states ±MAX_SAFE_INTEGER as bounds; they say nothing a reader needs, so they go. */
function withoutSafeIntegerBounds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutSafeIntegerBounds);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(
        ([key, value]) =>
          !((key === 'minimum' || key === 'maximum') && Math.abs(value as number) === Number.MAX_SAFE_INTEGER),
      )
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
      const schema = {
        ...output.properties?.[name],
        ...('default' in inputProperty && { default: inputProperty.default }),
      };
      result.push({ name, in: 'query', required: input.required?.includes(name) ?? false, schema });
    }
  }
  if (route.idempotent) result.push({ $ref: '#/components/parameters/IdempotencyKey' });
  return result;
}

/** Answers every route of a kind gives alike, written once in `components.responses` (they are most of the document). */
const SHARED_ERROR_RESPONSES: Readonly<Record<number, { name: string; code: ErrorCode }>> = {
  400: { name: 'ValidationFailed', code: 'validation_failed' },
  401: { name: 'Unauthenticated', code: 'unauthenticated' },
  403: { name: 'Forbidden', code: 'forbidden' },
  413: { name: 'PayloadTooLarge', code: 'payload_too_large' },
  422: { name: 'IdempotencyKeyReused', code: 'idempotency_key_reused' },
  500: { name: 'InternalError', code: 'internal_error' },
  503: { name: 'TemporarilyUnavailable', code: 'temporarily_unavailable' },
};

/** Whether an idempotent route may replay an answer with one of these codes (a remembered refusal). */
const replayable = (codes: readonly ErrorCode[]) => codes.some((code) => ERROR_CATALOGUE[code].remembered);

function sharedErrorResponses(): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(SHARED_ERROR_RESPONSES).map(([status, { name, code }]) => [
      name,
      errorResponse(Number(status), [code], false),
    ]),
  );
}

/** A route's answer for `status`: the shared one when its codes are exactly the shared one's. */
function errorResponseOf(status: number, codes: ErrorCode[], idempotent: boolean): JsonSchema {
  const shared = SHARED_ERROR_RESPONSES[status];
  // An idempotent route's remembered refusals carry its replay header, which the shared answers do not.
  if (shared && !(idempotent && replayable(codes)) && codes.length === 1 && codes[0] === shared.code) {
    return { $ref: `#/components/responses/${shared.name}` };
  }
  return errorResponse(status, codes, idempotent);
}

/** Codes that ask the client to wait before retrying. */
const RETRY_AFTER_CODES: readonly ErrorCode[] = ['temporarily_unavailable', 'spend_code_locked'];

function errorResponse(status: number, codes: ErrorCode[], idempotent: boolean): JsonSchema {
  const lines = codes.map((code) => `- \`${code}\`: ${ERROR_MEANINGS[code]}`);
  const headers: JsonSchema = {};
  if (codes.some((code) => RETRY_AFTER_CODES.includes(code)))
    headers['Retry-After'] = { $ref: '#/components/headers/RetryAfter' };
  if (idempotent && replayable(codes))
    headers['Idempotent-Replayed'] = { $ref: '#/components/headers/IdempotentReplayed' };
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
        examples: Object.fromEntries(codes.map((code) => [code, { $ref: `#/components/examples/${code}` }])),
      },
    },
  };
}

/** What a client receives for each code, once for the whole document; the detail is the code's meaning. */
function problemExamples(): Record<string, JsonSchema> {
  return Object.fromEntries(
    ERROR_CODES.map((code) => [code, { summary: code, value: { ...problem(code, ERROR_MEANINGS[code]) } }]),
  );
}

function successResponse(
  success: SuccessResponse,
  idempotent: boolean,
  schemas: Record<string, JsonSchema>,
): JsonSchema {
  const content: JsonSchema = {};
  if (success.body) {
    const schema = { $ref: `#/components/schemas/${success.body.name}` };
    content['application/json'] = { schema, example: exampleOf(schema, schemas) };
  }
  if (success.csv) content['text/csv'] = { schema: { type: 'string', description: 'With `Accept: text/csv`.' } };
  if (success.html) content['text/html'] = { schema: { type: 'string' } };
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

/** An example body the route itself accepts, or none: an example never shows a refused request. */
function requestExample(route: RouteDeclaration, schema: JsonSchema): JsonSchema {
  const example = exampleOf(schema, {});
  return z.safeParse(route.body!, example).success ? { example } : {};
}

function operation(route: RouteDeclaration, schemas: Record<string, JsonSchema>): JsonSchema {
  const idempotent = route.idempotent === true;
  const responses: Record<string, JsonSchema> = {};
  for (const success of route.responses)
    responses[String(success.status)] = successResponse(success, idempotent, schemas);
  for (const [status, codes] of errorCodesFor(route))
    responses[String(status)] = errorResponseOf(status, codes, idempotent);

  const access = {
    public: 'No key needed.',
    merchant: 'A merchant key (or the admin key).',
    merchantOnly: 'A merchant key only (the admin key is 403 `forbidden`).',
    admin: 'The admin (operator) key.',
  };
  const description = [access[route.access], route.notes].filter(Boolean).join(' ');
  const params = parameters(route);
  const requestSchema = route.body ? jsonSchema(route.body, 'input') : {};
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
        content: { 'application/json': { schema: requestSchema, ...requestExample(route, requestSchema) } },
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
      if (known && shapeOf(known) !== shapeOf(body))
        throw new Error(`two different answer shapes are named ${body.name}`);
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
  const schemas: Record<string, JsonSchema> = { Problem: problemSchema, ...answerSchemas(routes) };
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operation(route, schemas);
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
    servers: [
      {
        url: 'http://localhost:3000',
        description: '`npm start`: the same handlers on DynamoDB Local (port `PORT`, default 3000).',
      },
      {
        url: 'https://{apiId}.execute-api.{region}.amazonaws.com',
        description: "A deployed stage: its base URL is the API stack's `ApiUrl` output.",
        variables: {
          apiId: { default: 'abcde12345', description: 'The HTTP API id.' },
          region: { default: 'ap-east-1', description: "The stack's AWS region." },
        },
      },
    ],
    tags: [
      { name: 'operator', description: 'Admin key only.' },
      { name: 'merchant', description: 'A merchant key (most routes: or the admin key).' },
      { name: 'public', description: 'No key needed.' },
    ],
    paths,
    components: {
      securitySchemes: {
        adminKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'The operator key: `Authorization: Bearer <apiKey>`.',
        },
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
      schemas,
      examples: problemExamples(),
    },
  };
}

/** The bytes of `openapi.json`: two-space indent and a final newline. */
export function serializeOpenApiDocument(document: JsonSchema): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
