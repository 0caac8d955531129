import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { demoMerchants, demoProgram, demoRewards, demoTiers } from '../../local/demo-data.js';
import type { ApiClient, ApiResponse } from './local-api.js';

/** The POSTs that move points and need an Idempotency-Key (docs/api.md, "Idempotency"). */
export const IDEMPOTENT_ROUTES: readonly string[] = [
  'POST /v1/earn',
  'POST /v1/redemptions',
  'POST /v1/reversals',
  'POST /v1/admin/adjustments',
  'POST /v1/tasks/{taskId}/completions',
  'POST /v1/games/{gameId}/plays',
  'POST /v1/transfers',
];

/** A fresh Idempotency-Key, unique across the run. */
export function freshKey(label = 'k'): string {
  return `${label}-${randomUUID()}`;
}

/**
 * Asserts an RFC 9457 answer exactly as API.md shapes it. For `validation_failed`
 * each of `paths` must be named by an error (its path; for an unknown field the
 * field may instead be named in the message, as zod reports unrecognized keys).
 */
export function expectProblem(response: ApiResponse, status: number, code: string, paths: string[] = []): void {
  const context = JSON.stringify(response.body);
  expect(response.status, context).toBe(status);
  expect(response.headers.get('content-type'), context).toMatch(/^application\/problem\+json/);
  expect(response.body, context).toMatchObject({ type: `/problems/${code}`, status, code });
  expect(typeof response.body.title, context).toBe('string');
  expect(typeof response.body.detail, context).toBe('string');
  expect(context).not.toMatch(/\bat .*\.(ts|js):\d+/);
  if (code === 'validation_failed') {
    expect(Array.isArray(response.body.errors) && response.body.errors.length > 0, context).toBe(true);
    for (const error of response.body.errors as unknown[]) {
      expect(error, context).toEqual({ path: expect.any(String), message: expect.any(String) });
    }
  }
  const errors = (response.body.errors ?? []) as { path: string; message: string }[];
  for (const path of paths) {
    const named = errors.some((error) => error.path === path || error.message.includes(`"${path}"`));
    expect(named, `expected an error naming ${path}: ${context}`).toBe(true);
  }
}

export interface DemoSeed {
  /** Merchant API keys by merchant id. */
  keys: Record<string, string>;
  keyIds: Record<string, string>;
}

/** The worked-numbers program through the admin API: program, tiers, merchants with a key each, rewards. */
export async function seedDemo(api: ApiClient): Promise<DemoSeed> {
  const seed: DemoSeed = { keys: {}, keyIds: {} };
  // One configuration write after another, as an operator makes them: writes at once are serialized by the
  // version each expects (one round each), which a loaded machine's DynamoDB Local makes slow.
  expect((await api.request('PUT', '/v1/admin/program', { body: demoProgram })).status).toBe(200);
  expect((await api.request('PUT', '/v1/admin/tiers', { body: { tiers: demoTiers } })).status).toBe(200);
  for (const { merchantId, ...merchant } of demoMerchants) {
    expect((await api.request('PUT', `/v1/admin/merchants/${merchantId}`, { body: merchant })).status).toBe(201);
  }
  await Promise.all(
    demoMerchants.map(async ({ merchantId }) => {
      const key = await api.request('POST', `/v1/admin/merchants/${merchantId}/keys`);
      expect(key.status).toBe(201);
      seed.keys[merchantId] = key.body.apiKey;
      seed.keyIds[merchantId] = key.body.keyId;
    }),
  );
  for (const { rewardId, ...reward } of demoRewards) {
    expect((await api.request('PUT', `/v1/admin/rewards/${rewardId}`, { body: reward })).status).toBe(201);
  }
  return seed;
}

/** Enrols a member (with `key`) and gives it `points` by an admin adjustment. */
export async function enrolWithPoints(api: ApiClient, key: string, memberId: string, points: number): Promise<void> {
  const enrol = await api.request('PUT', `/v1/members/${memberId}`, { key, body: {} });
  expect(enrol.status).toBe(201);
  if (points > 0) {
    const adjustment = await api.request('POST', '/v1/admin/adjustments', {
      idempotencyKey: freshKey('seed'),
      body: { memberId, points, reason: 'test balance' },
    });
    expect(adjustment.status).toBe(201);
  }
}

/** The member's spendable balances, as a movement's answer shows them (the statement adds `pending`). */
export async function balanceOf(api: ApiClient, memberId: string): Promise<{ points: number; green: number }> {
  const member = await api.request('GET', `/v1/members/${memberId}`);
  expect(member.status).toBe(200);
  const { points, green } = member.body.balances;
  return { points, green };
}

/** Every activity item of a member as the admin sees it, walking the cursor. */
export async function allActivity(api: ApiClient, memberId: string, key?: string, limit = 100): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: ApiResponse = await api.request('GET', `/v1/members/${memberId}/activity${query}`, key ? { key } : {});
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

/**
 * Everything a stray write could change, read back through the API: program,
 * rules (merchants, tiers, rewards, promotions), rewards with stock, promotions, flags, the audit trail,
 * the given members with their whole activity, and whether `absent` members exist.
 */
export async function readState(api: ApiClient, members: string[], absent: string[] = []): Promise<unknown> {
  const get = async (path: string) => {
    const response = await api.request('GET', path);
    return { status: response.status, body: response.body };
  };
  const [program, rules, rewards, promotions, flags, audit, ...rest] = await Promise.all([
    get('/v1/admin/program'),
    get('/v1/rules'),
    get('/v1/rewards?limit=100'),
    get('/v1/admin/promotions?limit=100'),
    get('/v1/admin/flags?limit=100'),
    get('/v1/admin/audit?limit=100'),
    ...members.flatMap((memberId) => [
      get(`/v1/members/${memberId}`),
      get(`/v1/members/${memberId}/activity?limit=100`),
    ]),
    ...absent.map((memberId) => get(`/v1/members/${memberId}`)),
  ]);
  return { program, rules, rewards, promotions, flags, audit, rest };
}
