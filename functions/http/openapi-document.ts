/**
 * Builds jifen's OpenAPI 3.1 document from the route table and the zod schemas
 * each handler validates (`handler.spec`). Used by `npm run openapi` and the
 * tests, never at request time: `get-openapi` serves the committed `openapi.json`.
 *
 * Request schemas come from zod 4's own JSON Schema conversion (OpenAPI 3.1 is
 * JSON Schema 2020-12), so what the document promises is what the handlers check.
 * Refinements zod cannot express in JSON Schema (e.g. "amountMinor or nights")
 * are stated in the operation's description instead.
 */
import * as z from 'zod';
import * as zm from 'zod/mini';
import { programBody, promotionBody, rewardBody, tiersBody, merchantBody, jobName } from '../../shared/schemas/admin.js';
import { balanceName, creditStanding, idempotencyKey } from '../../shared/schemas/common.js';
import { handler as adjustPoints } from './adjust-points.js';
import { handler as createMerchantKey } from './create-merchant-key.js';
import { handler as earn } from './earn.js';
import { handler as enrolMember } from './enrol-member.js';
import { handler as freezeMember } from './freeze-member.js';
import { handler as getMember } from './get-member.js';
import { handler as getOpenapi } from './get-openapi.js';
import { handler as getProgram } from './get-program.js';
import { handler as getRules } from './get-rules.js';
import { handler as listActivity } from './list-activity.js';
import { handler as listPromotions } from './list-promotions.js';
import { handler as listRewards } from './list-rewards.js';
import { handler as putMerchant } from './put-merchant.js';
import { handler as putProgram } from './put-program.js';
import { handler as putPromotion } from './put-promotion.js';
import { handler as putReward } from './put-reward.js';
import { handler as putTiers } from './put-tiers.js';
import { handler as redeem } from './redeem.js';
import { handler as reverse } from './reverse.js';
import { handler as revokeKey } from './revoke-key.js';
import { handler as runJob } from './run-job.js';
import { handler as setCreditStanding } from './set-credit-standing.js';
import { handler as unfreezeMember } from './unfreeze-member.js';
import { routes, type Route } from './routes.js';

type JsonSchema = Record<string, unknown>;

/** What the builder reads of `httpHandler(spec).spec`. */
export interface DocumentedSpec {
  name: string;
  body?: z.core.$ZodType;
  params?: z.core.$ZodType;
  query?: z.core.$ZodType;
  idempotent?: boolean;
  route: Route;
}

/** Every handler of the route table, by name; the tests check this map covers the table exactly. */
export const handlerSpecs: Readonly<Record<string, DocumentedSpec>> = Object.fromEntries(
  [
    adjustPoints, createMerchantKey, earn, enrolMember, freezeMember, getMember, getOpenapi, getProgram, getRules,
    listActivity, listPromotions, listRewards, putMerchant, putProgram, putPromotion, putReward, putTiers, redeem,
    reverse, revokeKey, runJob, setCreditStanding, unfreezeMember,
  ].map((handler): [string, DocumentedSpec] => [handler.spec.name, handler.spec]),
);

/** Handlers that never touch the table, so can never answer 503 (every `'none'` of infra/config/table-access.ts is one). */
export const TABLELESS_HANDLERS: ReadonlySet<string> = new Set(['get-openapi']);

type Codes = Partial<Record<number, string[]>>;

/**
 * Refusals a use case decides, per handler: what the route kind (access, body,
 * params, idempotency) cannot tell. Kept next to the use cases' throws by review.
 */
export const BUSINESS_ERRORS: Readonly<Record<string, Codes>> = {
  'create-merchant-key': { 404: ['not_found'] },
  'revoke-key': { 404: ['not_found'] },
  'put-reward': { 400: ['disclosure_required'] },
  'put-promotion': { 400: ['disclosure_required'] },
  'set-credit-standing': { 404: ['member_not_found'] },
  'freeze-member': { 404: ['member_not_found'] },
  'unfreeze-member': { 404: ['member_not_found'] },
  'adjust-points': { 404: ['member_not_found'], 409: ['insufficient_points'] },
  'get-member': { 404: ['member_not_found'] },
  'list-activity': { 404: ['member_not_found'] },
  'list-rewards': { 404: ['member_not_found'] },
  earn: { 404: ['member_not_found', 'not_found'], 403: ['member_frozen', 'forbidden'] },
  redeem: {
    404: ['member_not_found', 'reward_not_found'],
    403: ['member_frozen', 'credit_required'],
    409: ['insufficient_points', 'out_of_stock', 'priority_window'],
  },
  reverse: {
    404: ['not_found', 'member_not_found'],
    403: ['forbidden', 'member_frozen'],
    409: ['already_reversed', 'insufficient_points'],
  },
};

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
  insufficient_points: 'the balance does not cover it; nothing was written',
  out_of_stock: 'not enough stock left',
  priority_window: 'the limited reward is still reserved for good-credit members',
  already_reversed: 'nothing (or not that much) is left to reverse',
  payload_too_large: 'the body exceeds 64 KiB',
  idempotency_key_reused: 'the Idempotency-Key was used with a different request',
  internal_error: 'an unexpected failure; nothing leaks, nothing was written',
  temporarily_unavailable: 'the ledger stayed busy through internal retries; nothing was written; retry after Retry-After',
};

const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function addCodes(into: Map<number, string[]>, codes: Codes): void {
  for (const [status, list] of Object.entries(codes)) {
    const existing = into.get(Number(status)) ?? [];
    for (const code of list ?? []) if (!existing.includes(code)) existing.push(code);
    into.set(Number(status), existing);
  }
}

/** Every problem+json answer a route can give, derived from its kind plus `BUSINESS_ERRORS`. */
export function errorCodesFor(spec: DocumentedSpec): Map<number, string[]> {
  const codes = new Map<number, string[]>();
  const { access } = spec.route;
  if (access !== 'public') addCodes(codes, { 401: ['unauthenticated'] });
  if (access === 'admin') addCodes(codes, { 403: ['forbidden'] });
  if (spec.idempotent) addCodes(codes, { 400: ['idempotency_key_required', 'validation_failed'] });
  if (spec.body) addCodes(codes, { 400: ['malformed_json', 'validation_failed'] });
  if (spec.params || spec.query) addCodes(codes, { 400: ['validation_failed'] });
  addCodes(codes, BUSINESS_ERRORS[spec.name] ?? {});
  if (spec.body) addCodes(codes, { 413: ['payload_too_large'] });
  if (spec.idempotent) addCodes(codes, { 422: ['idempotency_key_reused'] });
  addCodes(codes, { 500: ['internal_error'] });
  if (!TABLELESS_HANDLERS.has(spec.name)) addCodes(codes, { 503: ['temporarily_unavailable'] });
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

// --- Response shapes (documentation only: handlers build answers in the use cases) ---

const int = z.int();
const time = z.string().meta({ format: 'date-time' });
const balances = z.object({ points: int, green: int });
const list = (item: z.core.$ZodType) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

const memberStatement = z.object({
  memberId: z.string(),
  balances,
  tier: z.object({
    id: z.string(),
    name: z.string(),
    since: time,
    qualifying: z.object({ nights: int, spendMinor: int, points: int }),
    next: z.object({ id: z.string(), remaining: z.record(z.string(), int) }).nullable(),
  }),
  expiring: z.array(z.object({ points: int, expiresAt: time })),
  creditStanding,
  frozen: z.boolean(),
});

const earnAnswer = z.object({
  transactionId: z.string(),
  memberId: z.string(),
  points: int,
  breakdown: z.array(
    z.object({ source: z.enum(['base', 'tier', 'promotion', 'credit']), points: int, promotionId: z.string().optional() }),
  ),
  balances,
  tier: z.object({ id: z.string(), changed: z.boolean() }),
});

const redemptionAnswer = z.object({
  transactionId: z.string(),
  memberId: z.string(),
  points: int,
  rewardId: z.string().optional(),
  quantity: int.optional(),
  promotionId: z.string().optional(),
  coveredMinor: int.optional(),
  balances,
});

const reversalAnswer = z.object({ transactionId: z.string(), reverses: z.string(), points: int, balances });

const transactionType = z.enum(['earn', 'redemption', 'reversal', 'expiry', 'adjustment', 'task', 'game', 'bonus']);

const adjustmentAnswer = z.object({
  transactionId: z.string(),
  memberId: z.string(),
  type: z.literal('adjustment'),
  balanceName,
  points: int,
  delta: int,
  balances,
});

const activityItem = z.object({
  transactionId: z.string(),
  type: transactionType,
  balanceName,
  points: int,
  delta: int,
  balance: int,
  merchantId: z.string().nullable(),
  reference: z.string().nullable(),
  createdAt: time,
});

const rewardListItem = z.object({
  rewardId: z.string(),
  name: z.string(),
  kind: z.string(),
  balance: balanceName,
  costPoints: int,
  listCostPoints: int,
  valueMinor: int,
  stock: int.nullable(),
  merchantId: z.string().nullable(),
  creditOnly: z.boolean(),
  conditions: z.string(),
  promotion: z.object({ promotionId: z.string(), name: z.string(), endsAt: time }).optional(),
});

const promotionStatus = z.enum(['scheduled', 'active', 'ended']);
const promotion = zm.extend(promotionBody, { promotionId: z.string(), conditions: z.string(), status: promotionStatus });
const reward = zm.extend(rewardBody, { rewardId: z.string(), conditions: z.string(), publishedAt: time.nullable() });
const merchant = zm.extend(merchantBody, { merchantId: z.string() });

const rules = z.object({
  program: zm.omit(programBody, { disclosure: true }),
  disclosure: programBody.shape.disclosure,
  earnRules: z.array(
    zm.extend(zm.pick(merchantBody, { name: true, category: true, green: true, earnRules: true }), { merchantId: zm.string() }),
  ),
  tiers: tiersBody.shape.tiers,
  rewards: z.array(z.object({ rewardId: z.string(), name: z.string(), conditions: z.string() })),
  promotions: z.array(z.object({ promotionId: z.string(), name: z.string(), status: promotionStatus, conditions: z.string() })),
});

const openApiShape = z.object({ openapi: z.literal('3.1.0'), info: z.object({}), paths: z.object({}) });

/** Named answer shapes, in `components.schemas`. */
const RESPONSE_SCHEMAS = {
  Program: programBody,
  Tiers: tiersBody,
  Merchant: merchant,
  MerchantKey: z.object({ keyId: z.string(), apiKey: z.string() }),
  Reward: reward,
  Promotion: promotion,
  PromotionList: list(promotion),
  MemberStatement: memberStatement,
  ActivityList: list(activityItem),
  EarnAnswer: earnAnswer,
  RedemptionAnswer: redemptionAnswer,
  ReversalAnswer: reversalAnswer,
  AdjustmentAnswer: adjustmentAnswer,
  RewardList: list(rewardListItem),
  JobResult: z.object({ job: jobName, asOf: time, processed: int, changed: int }),
  Rules: rules,
  OpenApiDocument: openApiShape,
} satisfies Record<string, z.core.$ZodType>;

export type ResponseSchemaName = keyof typeof RESPONSE_SCHEMAS;

interface Success {
  status: number;
  description: string;
  schema?: ResponseSchemaName;
}

/** The success answers of each handler (API.md's "answer" column). */
export const SUCCESS_RESPONSES: Readonly<Record<string, Success[]>> = {
  'get-program': [{ status: 200, description: 'The program (defaults until the operator configures it).', schema: 'Program' }],
  'put-program': [{ status: 200, description: 'The program as saved.', schema: 'Program' }],
  'put-tiers': [{ status: 200, description: 'The tiers as saved, lowest first.', schema: 'Tiers' }],
  'put-merchant': [
    { status: 200, description: 'The merchant was updated.', schema: 'Merchant' },
    { status: 201, description: 'The merchant was created.', schema: 'Merchant' },
  ],
  'create-merchant-key': [
    { status: 201, description: 'A new merchant key. The secret `apiKey` is shown in this answer only.', schema: 'MerchantKey' },
  ],
  'revoke-key': [{ status: 204, description: 'The key was revoked; it stops working at once.' }],
  'put-reward': [
    { status: 200, description: 'The reward was updated.', schema: 'Reward' },
    { status: 201, description: 'The reward was created.', schema: 'Reward' },
  ],
  'put-promotion': [
    { status: 200, description: 'The promotion was updated.', schema: 'Promotion' },
    { status: 201, description: 'The promotion was created.', schema: 'Promotion' },
  ],
  'list-promotions': [{ status: 200, description: 'Promotions with their status at request time.', schema: 'PromotionList' }],
  'set-credit-standing': [{ status: 200, description: 'The member after the change.', schema: 'MemberStatement' }],
  'freeze-member': [{ status: 200, description: 'The member, now frozen.', schema: 'MemberStatement' }],
  'unfreeze-member': [{ status: 200, description: 'The member, no longer frozen.', schema: 'MemberStatement' }],
  'adjust-points': [{ status: 201, description: 'The adjustment transaction.', schema: 'AdjustmentAnswer' }],
  'run-job': [{ status: 200, description: 'The job ran (the same code the schedule runs).', schema: 'JobResult' }],
  'enrol-member': [
    { status: 200, description: 'The member was already enrolled; nothing changed.', schema: 'MemberStatement' },
    { status: 201, description: 'The member was enrolled.', schema: 'MemberStatement' },
  ],
  'get-member': [{ status: 200, description: 'The member’s balances, tier, expiring points and state.', schema: 'MemberStatement' }],
  'list-activity': [
    { status: 200, description: 'The member’s ledger entries, newest first (a merchant sees its own).', schema: 'ActivityList' },
  ],
  earn: [{ status: 201, description: 'The points were earned.', schema: 'EarnAnswer' }],
  redeem: [{ status: 201, description: 'The reward was redeemed or the payment was made.', schema: 'RedemptionAnswer' }],
  reverse: [{ status: 201, description: 'The reversal transaction.', schema: 'ReversalAnswer' }],
  'list-rewards': [{ status: 200, description: 'Every active reward, priced for this member now.', schema: 'RewardList' }],
  'get-rules': [{ status: 200, description: 'The program’s rules, disclosures and conditions, word for word.', schema: 'Rules' }],
  'get-openapi': [{ status: 200, description: 'This document.', schema: 'OpenApiDocument' }],
};

const SUMMARIES: Readonly<Record<string, string>> = {
  'get-program': 'Read the program',
  'put-program': 'Configure the program',
  'put-tiers': 'Replace the tiers',
  'put-merchant': 'Create or update a merchant',
  'create-merchant-key': 'Issue a merchant API key',
  'revoke-key': 'Revoke a merchant API key',
  'put-reward': 'Create or update a reward',
  'put-promotion': 'Create or update a promotion',
  'list-promotions': 'List promotions',
  'set-credit-standing': "Set a member's credit standing",
  'freeze-member': 'Freeze a member',
  'unfreeze-member': 'Unfreeze a member',
  'adjust-points': 'Adjust a balance by hand',
  'run-job': 'Run a scheduled job now',
  'enrol-member': 'Enrol a member',
  'get-member': 'Read a member',
  'list-activity': "List a member's activity",
  earn: 'Earn points for a purchase or stay',
  redeem: 'Redeem a reward or pay with points',
  reverse: 'Reverse a transaction, wholly or in part',
  'list-rewards': 'List rewards with current prices',
  'get-rules': 'The public rules page',
  'get-openapi': 'This OpenAPI document',
};

/** What JSON Schema cannot say about a body. */
const NOTES: Readonly<Record<string, string>> = {
  earn: 'Give `amountMinor` or `nights` (or both). With the admin key, `merchantId` is required; a merchant key may only name its own merchant.',
  redeem: 'Give exactly one of `rewardId` (with optional `quantity`) or `payment`.',
  reverse: '`amountMinor` reverses part of an amount-based earn; without it, whatever is left is reversed.',
  'put-promotion': '`endsAt` must be after `startsAt`.',
  'put-tiers': 'The first (lowest) tier has `qualification: {}`; every other tier names at least one threshold.',
};

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

function parameters(spec: DocumentedSpec): JsonSchema[] {
  const result: JsonSchema[] = [];
  if (spec.params) {
    const schema = jsonSchema(spec.params, 'input') as { properties?: Record<string, JsonSchema> };
    for (const name of pathParameterNames(spec.route.path)) {
      result.push({ name, in: 'path', required: true, schema: schema.properties?.[name] ?? { type: 'string' } });
    }
  }
  if (spec.query) {
    // Query strings arrive as text and are coerced: describe each value as parsed (output),
    // but take what is required and the defaults from the input side.
    const input = jsonSchema(spec.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    const output = jsonSchema(spec.query, 'output') as { properties?: Record<string, JsonSchema> };
    for (const [name, inputProperty] of Object.entries(input.properties ?? {})) {
      const schema = { ...output.properties?.[name], ...('default' in inputProperty && { default: inputProperty.default }) };
      result.push({ name, in: 'query', required: input.required?.includes(name) ?? false, schema });
    }
  }
  if (spec.idempotent) result.push({ $ref: '#/components/parameters/IdempotencyKey' });
  return result;
}

function errorResponse(status: number, codes: string[], idempotent: boolean): JsonSchema {
  const lines = codes.map((code) => `- \`${code}\`: ${CODE_MEANINGS[code] ?? code}`);
  const headers: JsonSchema = {};
  if (status === 503) headers['Retry-After'] = { $ref: '#/components/headers/RetryAfter' };
  // Business refusals are remembered and replayed under the same key.
  if (idempotent && [403, 404, 409].includes(status)) headers['Idempotent-Replayed'] = { $ref: '#/components/headers/IdempotentReplayed' };
  return {
    description: `${STATUS_TITLES[status] ?? 'Error'}:\n${lines.join('\n')}`,
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

function successResponse(success: Success, idempotent: boolean): JsonSchema {
  return {
    description: success.description,
    ...(idempotent && { headers: { 'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' } } }),
    ...(success.schema && { content: { 'application/json': { schema: { $ref: `#/components/schemas/${success.schema}` } } } }),
  };
}

function security(spec: DocumentedSpec): JsonSchema[] {
  if (spec.route.access === 'public') return [];
  if (spec.route.access === 'admin') return [{ adminKey: [] }];
  return [{ merchantKey: [] }, { adminKey: [] }];
}

function operation(spec: DocumentedSpec): JsonSchema {
  const { route } = spec;
  const successes = SUCCESS_RESPONSES[spec.name];
  if (!successes) throw new Error(`no success response declared for handler ${spec.name}`);
  const idempotent = spec.idempotent === true;
  const responses: Record<string, JsonSchema> = {};
  for (const success of successes) responses[String(success.status)] = successResponse(success, idempotent);
  for (const [status, codes] of errorCodesFor(spec)) responses[String(status)] = errorResponse(status, codes, idempotent);

  const access = { public: 'No key needed.', merchant: 'A merchant key (or the admin key).', admin: 'The admin (operator) key.' };
  const description = [access[route.access], NOTES[spec.name]].filter(Boolean).join(' ');
  const params = parameters(spec);
  return {
    operationId: spec.name,
    summary: SUMMARIES[spec.name] ?? spec.name,
    description,
    tags: [route.access === 'admin' ? 'operator' : route.access === 'public' ? 'public' : 'merchant'],
    security: security(spec),
    ...(params.length > 0 && { parameters: params }),
    ...(spec.body && {
      // A missing body is validated as `{}`, so a body is optional exactly when `{}` passes.
      requestBody: {
        required: !z.safeParse(spec.body, {}).success,
        content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
      },
    }),
    responses,
  };
}

/** The whole document, built deterministically (same input, same bytes). */
export function buildOpenApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const spec = handlerSpecs[route.handler];
    if (!spec) throw new Error(`handler ${route.handler} is in the route table but not in openapi-document.ts`);
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operation(spec);
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
      { name: 'merchant', description: 'A merchant key or the admin key.' },
      { name: 'public', description: 'No key needed.' },
    ],
    paths,
    components: {
      securitySchemes: {
        adminKey: { type: 'http', scheme: 'bearer', description: 'The operator key: `Authorization: Bearer <apiKey>`.' },
        merchantKey: { type: 'http', scheme: 'bearer', description: 'A merchant key `jf_<keyId>.<secret>`.' },
      },
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
        ...Object.fromEntries(Object.entries(RESPONSE_SCHEMAS).map(([name, schema]) => [name, responseSchema(schema)])),
      },
    },
  };
}

/** The bytes of `openapi.json`: two-space indent and a final newline. */
export function serializeOpenApiDocument(document: JsonSchema): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
