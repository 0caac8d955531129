import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('E2E: input that once reached DynamoDB or recursion unchecked', () => {
  let jifen: LocalJifen;
  let api: ApiClient;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    await api.request('PUT', '/v1/members/p1', { body: {} });
  });

  afterAll(async () => jifen?.stop());

  it('answers an over-long merchant key with 401, not a failed lookup', async () => {
    const response = await api.request('GET', '/v1/rewards', { key: `jf_${'a'.repeat(3000)}.x` });

    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it.each([
    ['an empty sort key', { pk: { S: 'x' }, sk: { S: 'y' }, g1pk: { S: 'MEMBER#p1' }, g1sk: { S: '' } }],
    ['a value with two types', { pk: { S: 'x', N: '1' }, sk: { S: 'y' }, g1pk: { S: 'MEMBER#p1' }, g1sk: { S: 'z' } }],
    ["another member's partition", { pk: { S: 'x' }, sk: { S: 'y' }, g1pk: { S: 'MEMBER#p2' }, g1sk: { S: 'z' } }],
  ])('refuses a crafted activity cursor with %s as validation_failed on cursor', async (_label, key) => {
    const response = await api.request('GET', `/v1/members/p1/activity?cursor=${cursorOf(key)}`);

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'cursor', message: expect.any(String) }]);
  });

  it.each([
    ['a huge number', '{"profile":{"a":1e200}}'],
    ['an empty key', '{"profile":{"":1}}'],
    ['a lone surrogate key', '{"profile":{"\\ud800":"x"}}'],
  ])('enrols a member whose free-form profile has %s', async (_label, rawBody) => {
    const memberId = `profile-${Math.random().toString(36).slice(2)}`;

    const response = await api.request('PUT', `/v1/members/${memberId}`, { rawBody });

    expect(response.status).toBe(201);
    expect((await api.request('GET', `/v1/members/${memberId}`)).status).toBe(200);
  });

  it('refuses JSON nested deeper than 32 levels before hashing or storing it', async () => {
    const earn = await api.request('POST', '/v1/earn', {
      idempotencyKey: 'deep-1',
      rawBody: `{"memberId":"p1","merchantId":"m","reference":"r","amountMinor":100,"x":${nested(5000)}}`,
    });
    const enrol = await api.request('PUT', '/v1/members/deep', { rawBody: `{"profile":{"a":${nested(40)}}}` });

    expect([earn.status, earn.body.code]).toEqual([400, 'validation_failed']);
    expect([enrol.status, enrol.body.code]).toEqual([400, 'validation_failed']);
    expect((await api.request('GET', '/v1/members/deep')).status).toBe(404);
  });

  it("refuses a merchant key's earn that names another merchant, and writes nothing", async () => {
    await api.request('PUT', '/v1/admin/merchants/shop-a', {
      body: { name: 'A', category: 'grocery', earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }] },
    });
    const key = (await api.request('POST', '/v1/admin/merchants/shop-a/keys')).body.apiKey;

    const response = await api.request('POST', '/v1/earn', {
      key,
      idempotencyKey: 'other-merchant',
      body: { memberId: 'p1', merchantId: 'shop-b', amountMinor: 1_000, reference: 'r' },
    });

    expect([response.status, response.body.code]).toEqual([403, 'forbidden']);
    expect((await api.request('GET', '/v1/members/p1')).body.balances.points).toBe(0);
  });

  it('names an unknown field by its own path, in bodies and in query strings', async () => {
    const body = await api.request('POST', '/v1/admin/merchants/nobody/keys', { body: { foo: 1 } });
    const query = await api.request('GET', '/v1/members/p1/activity?foo=1');

    expect(body.status).toBe(400);
    expect(body.body.errors).toEqual([{ path: 'foo', message: expect.any(String) }]);
    expect(query.body.errors).toEqual([{ path: 'foo', message: expect.any(String) }]);
  });
});
