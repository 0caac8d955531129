import * as crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashSecret, secretMatches } from '../../shared/application/authenticate.js';
import { createMerchantKey, putMerchant } from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import type { LocalJifen } from '../../local/boot.js';
import { freshDeps } from '../helpers/dynamo.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';
import { rawItem } from '../helpers/program.js';

// Pass-through spy on the one comparison that must be constant-time.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

describe('Security: API keys', () => {
  let deps: Deps;
  let tableName: string;

  beforeAll(async () => {
    ({ deps, tableName } = await freshDeps());
    await putMerchant(deps, { merchantId: 'shop-a', name: 'A', category: 'grocery', green: false, earnRules: [] });
  });

  it('stores only a hash of the secret: the KEY# item holds no part of the key that was handed out', async () => {
    const { keyId, apiKey } = await createMerchantKey(deps, { merchantId: 'shop-a' });
    const secret = apiKey.slice(apiKey.indexOf('.') + 1);

    const item = await rawItem(deps, tableName, { pk: `KEY#${keyId}`, sk: 'KEY' });

    const stored = JSON.stringify(item);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(apiKey);
    // Not even a recognisable piece of it.
    for (let i = 0; i + 12 <= secret.length; i += 6) expect(stored).not.toContain(secret.slice(i, i + 12));
    expect(item).toMatchObject({ merchantId: 'shop-a', secretHash: hashSecret(secret) });
  });

  it('compares secrets with crypto.timingSafeEqual on equal-length digests, whether or not they match', () => {
    const compare = vi.mocked(crypto.timingSafeEqual);
    const stored = hashSecret('the-right-secret');
    compare.mockClear();

    expect(secretMatches('the-right-secret', stored)).toBe(true);
    expect(secretMatches('the-wrong-secret', stored)).toBe(false);
    expect(secretMatches('t', stored)).toBe(false);
    expect(secretMatches('x'.repeat(10_000), stored)).toBe(false);

    // Every comparison goes through timingSafeEqual, on two 32-byte SHA-256 digests: the length never depends on the input.
    expect(compare).toHaveBeenCalledTimes(4);
    for (const [a, b] of compare.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
  });

  it('refuses a malformed stored hash without throwing', () => {
    expect(secretMatches('anything', 'not-hex')).toBe(false);
  });
});

describe('Security: merchants are kept apart, over HTTP', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let keyA: string;
  let keyB: string;
  let keyIdA: string;
  let earnA: string;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    for (const id of ['shop-a', 'shop-b']) {
      const put = await api.request('PUT', `/v1/admin/merchants/${id}`, {
        body: { name: id, category: 'grocery', earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }] },
      });
      expect(put.status).toBe(201);
    }
    ({ apiKey: keyA, keyId: keyIdA } = (await api.request('POST', '/v1/admin/merchants/shop-a/keys')).body);
    ({ apiKey: keyB } = (await api.request('POST', '/v1/admin/merchants/shop-b/keys')).body);
    expect((await api.request('PUT', '/v1/members/m1', { key: keyA, body: {} })).status).toBe(201);
    const earn = await api.request('POST', '/v1/earn', {
      key: keyA,
      idempotencyKey: 'a-1',
      body: { memberId: 'm1', amountMinor: 10_000, reference: 'a-1' },
    });
    expect(earn.status).toBe(201);
    earnA = earn.body.transactionId;
    expect(
      (
        await api.request('POST', '/v1/earn', {
          key: keyB,
          idempotencyKey: 'b-1',
          body: { memberId: 'm1', amountMinor: 5_000, reference: 'b-1' },
        })
      ).status,
    ).toBe(201);
  });

  afterAll(async () => {
    await jifen?.stop();
  });

  it("shows a merchant only its own entries in a member's activity", async () => {
    const seenByA = await api.request('GET', '/v1/members/m1/activity', { key: keyA });
    const seenByB = await api.request('GET', '/v1/members/m1/activity', { key: keyB });
    const seenByAdmin = await api.request('GET', '/v1/members/m1/activity');

    expect(seenByA.body.items.map((i: { merchantId: string }) => i.merchantId)).toEqual(['shop-a']);
    expect(seenByB.body.items.map((i: { merchantId: string }) => i.merchantId)).toEqual(['shop-b']);
    expect(seenByB.body.items.map((i: { transactionId: string }) => i.transactionId)).not.toContain(earnA);
    expect(seenByAdmin.body.items).toHaveLength(2);
  });

  it("never pages into another merchant's entries, even one item at a time", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { merchantId: string }[]; nextCursor: string | null } } = await api.request(
        'GET',
        `/v1/members/m1/activity?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { key: keyB },
      );
      seen.push(...page.body.items.map((item) => item.merchantId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['shop-b']);
  });

  it("refuses a merchant reversing another merchant's transaction, and moves nothing", async () => {
    const before = (await api.request('GET', '/v1/members/m1')).body.balances.points;

    const response = await api.request('POST', '/v1/reversals', {
      key: keyB,
      idempotencyKey: 'steal',
      body: { transactionId: earnA, reason: 'mine now' },
    });

    expect(response.status).toBe(403);
    expect(response.body.code).toBe('forbidden');
    expect((await api.request('GET', '/v1/members/m1')).body.balances.points).toBe(before);
  });

  it('refuses a merchant key on an operator route with 403', async () => {
    const response = await api.request('POST', '/v1/admin/adjustments', {
      key: keyA,
      idempotencyKey: 'x',
      body: { memberId: 'm1', points: 1_000, reason: 'gift' },
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('forbidden');
  });

  it('refuses a key with the right id but a wrong secret', async () => {
    const forged = `${keyA.slice(0, keyA.indexOf('.') + 1)}${'A'.repeat(43)}`;
    expect((await api.request('GET', '/v1/members/m1', { key: forged })).status).toBe(401);
  });

  it('stops a revoked key at once', async () => {
    expect((await api.request('GET', '/v1/members/m1', { key: keyA })).status).toBe(200);

    expect((await api.request('DELETE', `/v1/admin/keys/${keyIdA}`)).status).toBe(204);
    const after = await api.request('GET', '/v1/members/m1', { key: keyA });
    const earn = await api.request('POST', '/v1/earn', {
      key: keyA,
      idempotencyKey: 'a-2',
      body: { memberId: 'm1', amountMinor: 100, reference: 'a-2' },
    });

    expect(after.status).toBe(401);
    expect(after.body.code).toBe('unauthenticated');
    expect(earn.status).toBe(401);
  });
});
