import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { demoProgram } from '../../local/demo-data.js';
import {
  allActivity,
  balanceOf,
  enrolWithPoints,
  expectProblem,
  freshKey,
  readState,
  seedDemo,
  type DemoSeed,
} from '../helpers/e2e-fixtures.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { startLocalApi, type ApiClient, type ApiResponse } from '../helpers/local-api.js';

/** Keys that can be accounted for, names that cannot impersonate, points that cannot overflow (docs/api.md). */
describe('E2E: merchant keys, reserved names and the points bound', () => {
  const clock = new FakeClock('2027-03-15T10:00:00.000Z');
  const at = (days: number) => new Date(clock.now().getTime() + days * 86_400_000).toISOString();
  let jifen: LocalJifen;
  let api: ApiClient;
  let seed: DemoSeed;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi(clock));
    seed = await seedDemo(api);
  });

  afterAll(async () => jifen?.stop());

  const ok = (response: ApiResponse, status: number) => {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    return response.body;
  };

  async function allKeys(merchantId: string, limit: number): Promise<unknown[]> {
    const items: unknown[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = ok(await api.request('GET', `/v1/admin/merchants/${merchantId}/keys${query}`), 200);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it("lists a merchant's keys oldest first, with expiry and never a secret, paged, without the revoked one or another merchant's", async () => {
    const merchantId = 'lakeside-hotel';
    clock.set(at(1));
    const expiresAt = at(90);
    const issuedAt = clock.now().toISOString();
    const expiring = ok(
      await api.request('POST', `/v1/admin/merchants/${merchantId}/keys`, { body: { expiresAt } }),
      201,
    );
    clock.set(at(1));
    const revoked = ok(await api.request('POST', `/v1/admin/merchants/${merchantId}/keys`), 201);
    clock.set(at(1));
    const open = ok(await api.request('POST', `/v1/admin/merchants/${merchantId}/keys`, { body: {} }), 201);
    expect((await api.request('DELETE', `/v1/admin/keys/${revoked.keyId}`)).status).toBe(204);

    const listed = await allKeys(merchantId, 1);

    expect(expiring).toMatchObject({ expiresAt, createdAt: issuedAt });
    expect(open.expiresAt).toBeNull();
    expect(listed).toEqual([
      { keyId: seed.keyIds[merchantId], createdAt: expect.any(String), expiresAt: null },
      { keyId: expiring.keyId, createdAt: expiring.createdAt, expiresAt: expiring.expiresAt },
      { keyId: open.keyId, createdAt: open.createdAt, expiresAt: null },
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/apiKey|secret|jf_/i);
    expect(await allKeys('fruit-shop', 100)).toEqual([
      { keyId: seed.keyIds['fruit-shop'], createdAt: expect.any(String), expiresAt: null },
    ]);
  });

  it('answers an unknown merchant with 404 merchant_not_found', async () => {
    expectProblem(await api.request('GET', '/v1/admin/merchants/no-such-merchant/keys'), 404, 'merchant_not_found');
  });

  it('names the new key, not its merchant, as the target of its audit line', async () => {
    clock.set(at(1));
    const issued = ok(
      await api.request('POST', '/v1/admin/merchants/fruit-shop/keys', { body: { expiresAt: at(30) } }),
      201,
    );

    const [line] = ok(await api.request('GET', '/v1/admin/audit?limit=1'), 200).items;

    expect(line).toMatchObject({ action: 'POST /v1/admin/merchants/{merchantId}/keys', target: issued.keyId });
    expect(JSON.stringify(line)).not.toContain(issued.apiKey.slice(issued.apiKey.indexOf('.') + 1));
  });

  it('refuses the reserved merchant ids in any case and creates no merchant', async () => {
    const body = { name: 'Looks official', category: 'fuel', earnRules: [] };
    const before = await readState(api, []);

    for (const merchantId of ['admin', 'system', 'program', 'operator', 'Operator']) {
      expectProblem(await api.request('PUT', `/v1/admin/merchants/${merchantId}`, { body }), 400, 'validation_failed', [
        'merchantId',
      ]);
      expectProblem(await api.request('GET', `/v1/admin/merchants/${merchantId}`), 404, 'merchant_not_found');
    }
    expect(await readState(api, [])).toEqual(before);
  });

  it('refuses an earn and a payment past 10^12 points with 400 and writes nothing, and takes one of exactly 10^12', async () => {
    // A merchant paying a million points a fen, and a program pricing a yuan at a million points.
    const merchant = {
      name: 'Big spender',
      category: 'luxury',
      earnRules: [{ kind: 'spend', points: 1_000_000, perMinor: 1 }],
    };
    ok(await api.request('PUT', '/v1/admin/merchants/big-spender', { body: merchant }), 201);
    const key = ok(await api.request('POST', '/v1/admin/merchants/big-spender/keys'), 201).apiKey as string;
    ok(
      await api.request('PUT', '/v1/admin/program', { body: { ...demoProgram, paymentPointsPerUnit: 1_000_000 } }),
      200,
    );
    await enrolWithPoints(api, seed.keys['fruit-shop']!, 'whale', 0);
    const earn = (amountMinor: number) =>
      api.request('POST', '/v1/earn', {
        key,
        idempotencyKey: freshKey('earn'),
        body: { memberId: 'whale', amountMinor, reference: 'r' },
      });
    const pay = (amountMinor: number) =>
      api.request('POST', '/v1/redemptions', {
        key,
        idempotencyKey: freshKey('pay'),
        body: { memberId: 'whale', payment: { amountMinor } },
      });

    expectProblem(await earn(1_000_001), 400, 'validation_failed', ['amountMinor']);
    expectProblem(await earn(10_000_000_000), 400, 'validation_failed', ['amountMinor']);
    expect(await balanceOf(api, 'whale')).toEqual({ points: 0, green: 0 });
    expect(await allActivity(api, 'whale')).toEqual([]);

    expect(ok(await earn(1_000_000), 201).points).toBe(1_000_000_000_000);
    expectProblem(await pay(100_000_001), 400, 'validation_failed', ['payment.amountMinor']);
    expect(await balanceOf(api, 'whale')).toEqual({ points: 1_000_000_000_000, green: 0 });
    expect(ok(await pay(100_000_000), 201).points).toBe(1_000_000_000_000);
    expect(await balanceOf(api, 'whale')).toEqual({ points: 0, green: 0 });
  });
});
