import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../helpers/routes.js';
import type { LocalJifen } from '../../local/boot.js';
import {
  demoGames,
  demoMerchants,
  demoProgram,
  demoPromotions,
  demoRewards,
  demoTiers,
} from '../../local/demo-data.js';
import { startLocalApi, type ApiClient, type ApiResponse } from '../helpers/local-api.js';

type Json = any;
const committed: Json = JSON.parse(readFileSync(fileURLToPath(new URL('../../openapi.json', import.meta.url)), 'utf8'));

function resolve(schema: Json): Json {
  if (!schema?.$ref) return schema;
  return (schema.$ref as string)
    .slice(2)
    .split('/')
    .reduce((node: Json, part: string) => node?.[part], committed);
}

const TYPE_OF: Record<string, (value: unknown) => boolean> = {
  object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  array: Array.isArray,
  string: (v) => typeof v === 'string',
  integer: Number.isInteger,
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  null: (v) => v === null,
};

/**
 * Where a value breaks a documented schema: types, required properties, enums,
 * consts, array items and unions. Enough to catch a response shape drifting from
 * openapi.json, without a JSON Schema library.
 */
function violations(raw: Json, value: unknown, at = '$'): string[] {
  const schema = resolve(raw);
  if (!schema || typeof schema !== 'object') return [];
  const union = schema.anyOf ?? schema.oneOf;
  if (union)
    return (union as Json[]).some((branch) => violations(branch, value, at).length === 0)
      ? []
      : [`${at}: matches no branch`];
  if (schema.allOf) return (schema.allOf as Json[]).flatMap((part) => violations(part, value, at));
  const types: string[] = schema.type === undefined ? [] : [schema.type].flat();
  if (types.length > 0 && !types.some((type) => TYPE_OF[type]?.(value) ?? true)) {
    return [`${at}: expected ${types.join(' | ')}, got ${JSON.stringify(value)}`];
  }
  if ('const' in schema && value !== schema.const) return [`${at}: expected ${JSON.stringify(schema.const)}`];
  if (schema.enum && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} not in ${schema.enum.join(', ')}`];
  const found: string[] = [];
  if (TYPE_OF.object!(value)) {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in object)) found.push(`${at}.${name}: missing`);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (name in object) found.push(...violations(property, object[name], `${at}.${name}`));
    }
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((item, i) => {
      found.push(...violations(schema.items, item, `${at}[${i}]`));
    });
  return found;
}

describe('E2E: the served OpenAPI document, and answers that match it', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  const keys: Record<string, string> = {};
  const keyIds: Record<string, string> = {};
  const exercised = new Set<string>();

  /** Calls a route by its template, and checks the answer against the document's entry for that status. */
  async function call(
    method: string,
    template: string,
    options: {
      params?: Record<string, string>;
      query?: string;
      key?: string | null;
      body?: unknown;
      idempotencyKey?: string;
    } = {},
  ): Promise<ApiResponse> {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params![name]!));
    const response = await api.request(method, `${path}${options.query ?? ''}`, options);
    const where = `${method} ${template} → ${response.status}`;
    const entry = committed.paths[template]?.[method.toLowerCase()]?.responses?.[String(response.status)];
    // A shared answer is a `$ref` into components.responses.
    const documented = entry?.$ref ? committed.components.responses[entry.$ref.split('/').at(-1)] : entry;
    expect(documented, `${where} is not documented (${JSON.stringify(response.body)})`).toBeDefined();
    const mediaType =
      response.status >= 400
        ? 'application/problem+json'
        : documented.content?.['text/html']
          ? 'text/html'
          : 'application/json';
    if (response.status !== 204) {
      expect(response.headers.get('content-type'), where).toContain(mediaType);
      expect(violations(documented.content[mediaType].schema, response.body), where).toEqual([]);
    }
    exercised.add(`${method} ${template}`);
    return response;
  }

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
  });

  afterAll(async () => jifen?.stop());

  it('has a shape check that notices drift', () => {
    const earn = { $ref: '#/components/schemas/EarnAnswer' };
    const good = {
      transactionId: 't',
      memberId: 'm',
      points: 1,
      breakdown: [],
      balances: { points: 1, green: 0 },
      tier: { id: 'b', changed: false },
      badgesAwarded: [],
    };
    expect(violations(earn, good)).toEqual([]);
    expect(violations(earn, { ...good, tier: undefined })).toEqual(['$.tier: expected object, got undefined']);
    expect(violations(earn, { ...good, points: 1.5 })).toEqual(['$.points: expected integer, got 1.5']);
    expect(violations(earn, { ...good, breakdown: [{ source: 'bogus', points: 1 }] })).toHaveLength(1);
    const { balances: _balances, ...withoutBalances } = good;
    expect(violations(earn, withoutBalances)).toEqual(['$.balances: missing']);
  });

  it('serves GET /v1/openapi.json without a key: OpenAPI 3.1, exactly the committed document', async () => {
    // Act
    const response = await call('GET', '/v1/openapi.json', { key: null });

    // Assert
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(response.body).toEqual(committed);
  });

  it('answers every route with a body its documented schema describes', async () => {
    // Arrange: the operator's configuration
    const birthdayBonus = { points: 500, conditions: 'Once a year, on your birthday.' };
    expect((await call('PUT', '/v1/admin/program', { body: { ...demoProgram, birthdayBonus } })).status).toBe(200);
    expect((await call('GET', '/v1/admin/program')).status).toBe(200);
    expect((await call('PUT', '/v1/admin/tiers', { body: { tiers: demoTiers } })).status).toBe(200);
    for (const { merchantId, ...merchant } of demoMerchants) {
      expect(
        (await call('PUT', '/v1/admin/merchants/{merchantId}', { params: { merchantId }, body: merchant })).status,
      ).toBe(201);
      const key = await call('POST', '/v1/admin/merchants/{merchantId}/keys', { params: { merchantId } });
      keys[merchantId] = key.body.apiKey;
      keyIds[merchantId] = key.body.keyId;
    }
    for (const { rewardId, ...reward } of demoRewards) {
      expect((await call('PUT', '/v1/admin/rewards/{rewardId}', { params: { rewardId }, body: reward })).status).toBe(
        201,
      );
    }
    const { promotionId, ...promotion } = demoPromotions[0]!;
    expect(
      (await call('PUT', '/v1/admin/promotions/{promotionId}', { params: { promotionId }, body: promotion })).status,
    ).toBe(201);
    expect((await call('GET', '/v1/admin/promotions')).status).toBe(200);

    // Act: a member's life through a merchant key
    const fruit = { key: keys['fruit-shop']! };
    const member = { params: { memberId: 'openapi-member' } };
    expect((await call('PUT', '/v1/members/{memberId}', { ...fruit, ...member, body: {} })).status).toBe(201);
    expect((await call('PUT', '/v1/members/{memberId}', { ...fruit, ...member, body: {} })).status).toBe(200);
    const earn = await call('POST', '/v1/earn', {
      ...fruit,
      idempotencyKey: 'openapi-earn',
      body: { memberId: 'openapi-member', amountMinor: 12_345, reference: 'receipt-1' },
    });
    expect(earn.status).toBe(201);
    const adjustment = await call('POST', '/v1/admin/adjustments', {
      idempotencyKey: 'openapi-adjust',
      body: { memberId: 'openapi-member', points: 10_000, reason: 'welcome gift' },
    });
    expect(adjustment.status).toBe(201);
    const redeem = {
      ...fruit,
      idempotencyKey: 'openapi-redeem',
      body: { memberId: 'openapi-member', rewardId: 'voucher-50' },
    };
    expect((await call('POST', '/v1/redemptions', redeem)).status).toBe(201);
    const replay = await call('POST', '/v1/redemptions', redeem);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const pay = await call('POST', '/v1/redemptions', {
      ...fruit,
      idempotencyKey: 'openapi-pay',
      body: { memberId: 'openapi-member', payment: { amountMinor: 1_000 } },
    });
    expect(pay.status).toBe(201);
    const reversal = await call('POST', '/v1/reversals', {
      ...fruit,
      idempotencyKey: 'openapi-reverse',
      body: { transactionId: earn.body.transactionId, reason: 'returned', amountMinor: 2_000 },
    });
    expect(reversal.status).toBe(201);
    // …a transfer to an exchange partner: posted, read, listed, confirmed; another rejected, and the ended one refused
    const exchange = {
      currency: 'miles',
      pointsPerUnit: 3,
      minPoints: 3_000,
      incrementPoints: 1_000,
      conditions: 'Credited within 72 hours.',
    };
    const airline = {
      params: { merchantId: 'openapi-air' },
      body: { name: 'Air', category: 'airline', earnRules: [], exchange },
    };
    expect((await call('PUT', '/v1/admin/merchants/{merchantId}', airline)).status).toBe(201);
    const air = {
      key: (await call('POST', '/v1/admin/merchants/{merchantId}/keys', { params: { merchantId: 'openapi-air' } })).body
        .apiKey,
    };
    const toAir = { memberId: 'openapi-member', partnerId: 'openapi-air', points: 3_000, partnerAccount: 'FF-1' };
    const posted = await call('POST', '/v1/transfers', { ...fruit, idempotencyKey: 'openapi-transfer', body: toAir });
    expect(posted.status).toBe(201);
    const transfer = { params: { transferId: posted.body.transferId } };
    expect((await call('GET', '/v1/transfers/{transferId}', { ...fruit, ...transfer })).status).toBe(200);
    expect((await call('GET', '/v1/transfers', { ...air, query: '?status=pending' })).body.items).toHaveLength(1);
    expect(
      (
        await call('POST', '/v1/transfers/{transferId}/confirm', {
          ...air,
          ...transfer,
          body: { partnerReference: 'AIR-1' },
        })
      ).status,
    ).toBe(200);
    const second = await call('POST', '/v1/transfers', { ...fruit, idempotencyKey: 'openapi-transfer-2', body: toAir });
    const rejected = { ...air, params: { transferId: second.body.transferId }, body: { reason: 'unknown account' } };
    expect((await call('POST', '/v1/transfers/{transferId}/reject', rejected)).status).toBe(200);
    const closed = await call('POST', '/v1/transfers/{transferId}/confirm', {
      ...rejected,
      body: { partnerReference: 'AIR-2' },
    });
    expect(closed.body.code).toBe('transfer_closed');
    expect((await call('POST', '/v1/admin/jobs/{job}', { params: { job: 'transfers' }, body: {} })).status).toBe(200);
    expect((await call('GET', '/v1/members/{memberId}', { ...fruit, ...member })).status).toBe(200);
    expect((await call('GET', '/v1/members/{memberId}/activity', { ...fruit, ...member })).status).toBe(200);
    expect((await call('GET', '/v1/rewards', { ...fruit, query: '?memberId=openapi-member' })).status).toBe(200);
    const { gameId, ...wheel } = demoGames[0]!;
    const game = { params: { gameId } };
    expect((await call('PUT', '/v1/admin/games/{gameId}', { ...game, body: wheel })).status).toBe(201);
    expect((await call('PUT', '/v1/admin/games/{gameId}', { ...game, body: wheel })).status).toBe(200);
    const spin = await call('POST', '/v1/games/{gameId}/plays', {
      ...fruit,
      ...game,
      idempotencyKey: 'openapi-play',
      body: { memberId: 'openapi-member' },
    });
    expect(spin.status).toBe(201);
    expect((await call('GET', '/v1/games/{gameId}', { ...fruit, ...game })).status).toBe(200);

    // …an earn past a velocity limit, the flag it opens, listed and cleared (a points limit: no day boundary involved)
    expect(
      (await call('PUT', '/v1/admin/program', { body: { ...demoProgram, limits: { pointsPerMemberPerDay: 1 } } }))
        .status,
    ).toBe(200);
    const limited = await call('POST', '/v1/earn', {
      ...fruit,
      idempotencyKey: 'openapi-limited',
      body: { memberId: 'openapi-member', amountMinor: 1_000, reference: 'receipt-2' },
    });
    expect(limited.body.code).toBe('velocity_limit');
    const flags = await call('GET', '/v1/admin/flags', { query: '?status=open&memberId=openapi-member' });
    const flag = { params: { flagId: flags.body.items[0].flagId }, body: { reason: 'checked' } };
    expect((await call('POST', '/v1/admin/flags/{flagId}/clear', flag)).status).toBe(200);
    expect((await call('PUT', '/v1/admin/program', { body: { ...demoProgram, birthdayBonus } })).status).toBe(200);
    expect((await call('GET', '/v1/admin/audit', { query: '?limit=5' })).status).toBe(200);

    // …and the operator's member and job routes
    expect(
      (await call('PUT', '/v1/admin/members/{memberId}/credit', { ...member, body: { standing: 'good' } })).status,
    ).toBe(200);
    expect((await call('POST', '/v1/admin/members/{memberId}/spend-codes', member)).status).toBe(201);
    expect(
      (await call('POST', '/v1/admin/members/{memberId}/freeze', { ...member, body: { reason: 'audit' } })).status,
    ).toBe(200);
    expect(
      (await call('POST', '/v1/admin/members/{memberId}/unfreeze', { ...member, body: { reason: 'cleared' } })).status,
    ).toBe(200);
    expect(
      (await call('PUT', '/v1/admin/members/{memberId}/birthday', { ...member, body: { month: 2, day: 29 } })).status,
    ).toBe(200);
    expect((await call('POST', '/v1/admin/jobs/{job}', { params: { job: 'tiers' }, body: {} })).status).toBe(200);
    expect((await call('POST', '/v1/admin/jobs/{job}', { params: { job: 'bonuses' }, body: {} })).status).toBe(200);
    expect((await call('GET', '/v1/rules', { key: null })).status).toBe(200);
    const period = `?from=${encodeURIComponent(new Date(Date.now() - 86_400_000).toISOString())}&to=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`;
    expect((await call('GET', '/v1/settlement', { ...fruit, query: period })).status).toBe(200);
    const task = { params: { taskId: 'openapi-task' } };
    const taskBody = {
      name: 'Quiz',
      conditions: 'Answer all.',
      points: 5,
      balance: 'green',
      limit: { count: 5, per: 'day' },
      co2eGrams: 10,
      methodology: 'm1',
    };
    expect((await call('PUT', '/v1/admin/tasks/{taskId}', { ...task, body: taskBody })).status).toBe(201);
    const badge = { name: 'B', conditions: 'One quiz.', taskId: 'openapi-task' };
    expect(
      (await call('PUT', '/v1/admin/badges/{badgeId}', { params: { badgeId: 'openapi-b1' }, body: badge })).status,
    ).toBe(201);
    expect(
      (await call('PUT', '/v1/admin/badges/{badgeId}', { params: { badgeId: 'openapi-b2' }, body: badge })).status,
    ).toBe(201);
    const set = { name: 'S', conditions: 'Both.', badgeIds: ['openapi-b1', 'openapi-b2'], prizePoints: 50 };
    expect(
      (await call('PUT', '/v1/admin/badge-sets/{setId}', { params: { setId: 'openapi-set' }, body: set })).status,
    ).toBe(201);
    const completion = {
      ...fruit,
      ...task,
      idempotencyKey: 'openapi-task-1',
      body: { memberId: 'openapi-member', reference: 'q1' },
    };
    expect((await call('POST', '/v1/tasks/{taskId}/completions', completion)).status).toBe(201);
    expect((await call('GET', '/v1/members/{memberId}/green-report', { ...fruit, ...member })).status).toBe(200);
    expect(
      (await call('GET', '/v1/admin/settlements/{merchantId}', { params: { merchantId: 'fruit-shop' }, query: period }))
        .status,
    ).toBe(200);
    const revoked = await call('DELETE', '/v1/admin/keys/{keyId}', { params: { keyId: keyIds['lakeside-hotel']! } });
    expect(revoked.status).toBe(204);
    expect((await call('GET', '/v1/openapi.json', { key: null })).status).toBe(200);
    const endpoint = { params: { endpointId: 'openapi-hooks' } };
    const hooks = { url: 'http://127.0.0.1:9/hooks', events: ['points.earned', 'transfer.requested'] };
    expect((await call('PUT', '/v1/admin/webhooks/{endpointId}', { ...endpoint, body: hooks })).status).toBe(201);
    expect(
      (await call('PUT', '/v1/admin/webhooks/{endpointId}', { ...endpoint, body: { ...hooks, active: false } })).status,
    ).toBe(200);
    expect(
      (await call('POST', '/v1/admin/webhooks/{endpointId}/rotate-secret', { ...endpoint, body: {} })).status,
    ).toBe(200);
    expect(
      (await call('GET', '/v1/admin/webhooks/{endpointId}/deliveries', { ...endpoint, query: '?status=failed' }))
        .status,
    ).toBe(200);
    const replayWindow = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date().toISOString() };
    expect(
      (await call('POST', '/v1/admin/webhooks/{endpointId}/replay', { ...endpoint, body: replayWindow })).status,
    ).toBe(202);

    // …and the operator's reads of what it configured
    for (const path of [
      '/v1/admin/merchants',
      '/v1/admin/rewards',
      '/v1/admin/tasks',
      '/v1/admin/badges',
      '/v1/admin/badge-sets',
      '/v1/admin/games',
    ]) {
      const list = await call('GET', path, { query: '?limit=100' });
      expect(list.status).toBe(200);
      expect(list.body.items.length).toBeGreaterThan(0);
    }
    expect(
      (await call('GET', '/v1/admin/merchants/{merchantId}', { params: { merchantId: 'fruit-shop' } })).status,
    ).toBe(200);
    expect(
      (await call('GET', '/v1/admin/merchants/{merchantId}/keys', { params: { merchantId: 'fruit-shop' } })).status,
    ).toBe(200);
    expect((await call('GET', '/v1/admin/tiers')).status).toBe(200);
    expect((await call('GET', '/problems/{code}', { params: { code: 'insufficient_points' } })).status).toBe(200);

    // Assert: nothing in the route table went unchecked
    expect(routes.map((route) => `${route.method} ${route.path}`).filter((key) => !exercised.has(key))).toEqual([]);
  });

  it('answers refusals with a documented status and one of its documented codes', async () => {
    // Act + Assert: call() checks status, media type and `code` against the document
    const fruit = keys['fruit-shop']!;
    expect((await call('POST', '/v1/earn', { key: null, idempotencyKey: 'x', body: {} })).status).toBe(401);
    expect(
      (await call('POST', '/v1/earn', { key: fruit, body: { memberId: 'm', reference: 'r', amountMinor: 1 } })).status,
    ).toBe(400);
    expect((await call('PUT', '/v1/admin/program', { key: fruit, body: demoProgram })).status).toBe(403);
    const unknown = {
      key: fruit,
      idempotencyKey: 'openapi-unknown',
      body: { memberId: 'nobody', rewardId: 'voucher-50' },
    };
    expect((await call('POST', '/v1/redemptions', unknown)).status).toBe(404);
    const tooDear = {
      key: fruit,
      idempotencyKey: 'openapi-dear',
      body: { memberId: 'openapi-member', rewardId: 'free-night' },
    };
    expect((await call('POST', '/v1/redemptions', tooDear)).status).toBe(409);
    const { promotionId, ...promotion } = demoPromotions[1]!;
    const undisclosed = { params: { promotionId }, body: { ...promotion, conditions: '' } };
    const refused = await call('PUT', '/v1/admin/promotions/{promotionId}', undisclosed);
    expect(refused.body.code).toBe('disclosure_required');
  });
});
