import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { expectProblem, freshKey, seedDemo, type DemoSeed } from '../helpers/e2e-fixtures.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

/** The demo program settles at 2,000 fen per 1,000 points issued and 1,600 per 1,000 honoured. */
describe('E2E: refunds and settlement statements through the local server', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let seed: DemoSeed;
  const now = Date.now();
  const window = `from=${encodeURIComponent(new Date(now - 86_400_000).toISOString())}&to=${encodeURIComponent(new Date(now + 86_400_000).toISOString())}`;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    seed = await seedDemo(api);
    const fruit = seed.keys['fruit-shop']!;
    await api.request('PUT', '/v1/members/shopper', { key: fruit, body: {} });
    // 30,000 points at the fruit shop, 400 of them refunded, then the hotel's free night through the fruit shop's key.
    const earn = await api.request('POST', '/v1/earn', {
      key: fruit,
      idempotencyKey: freshKey('earn'),
      body: { memberId: 'shopper', amountMinor: 3_040_000, reference: 'r-1' },
    });
    expect(earn.status).toBe(201);
    const night = await api.request('POST', '/v1/redemptions', {
      key: fruit,
      idempotencyKey: freshKey('night'),
      body: { memberId: 'shopper', rewardId: 'free-night' },
    });
    expect(night.status).toBe(201);
    const refund = await api.request('POST', '/v1/reversals', {
      key: fruit,
      idempotencyKey: freshKey('refund'),
      body: { transactionId: earn.body.transactionId, reason: 'returned', amountMinor: 40_000 },
    });
    expect(refund.status).toBe(201);
  });

  afterAll(async () => jifen?.stop());

  it('takes the refunded points back though they were spent, showing the negative balance', async () => {
    const member = await api.request('GET', '/v1/members/shopper', { key: seed.keys['fruit-shop']! });

    expect(member.body.balances.points).toBe(30_400 - 30_000 - 400);
    const spend = await api.request('POST', '/v1/redemptions', {
      key: seed.keys['fruit-shop']!,
      idempotencyKey: freshKey('spend'),
      body: { memberId: 'shopper', payment: { amountMinor: 100 } },
    });
    expectProblem(spend, 409, 'insufficient_points');
  });

  it("answers a merchant's own statement, and the operator's view of it is the same", async () => {
    const own = await api.request('GET', `/v1/settlement?${window}`, { key: seed.keys['fruit-shop']! });
    const operator = await api.request('GET', `/v1/admin/settlements/fruit-shop?${window}`);
    const hotel = await api.request('GET', `/v1/admin/settlements/lakeside-hotel?${window}`);

    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      merchantId: 'fruit-shop',
      currency: 'CNY',
      issued: { points: 30_000, amountMinor: 60_000 },
      honoured: { points: 0, amountMinor: 0 },
      netMinor: -60_000,
    });
    expect(operator.body).toEqual(own.body);
    expect(hotel.body).toMatchObject({
      issued: { points: 0 },
      honoured: { points: 30_000, amountMinor: 48_000 },
      netMinor: 48_000,
    });
  });

  it('answers CSV on Accept: text/csv, with day lines that add up to a total line equal to the JSON', async () => {
    const json = await api.request('GET', `/v1/settlement?${window}`, { key: seed.keys['fruit-shop']! });
    const response = await fetch(`${jifen.url}/v1/settlement?${window}`, {
      headers: { authorization: `Bearer ${seed.keys['fruit-shop']!}`, accept: 'text/csv' },
    });
    const lines = (await response.text())
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));

    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(lines[0]![0]).toBe('day');
    const days = lines.slice(1, -1);
    const total = lines.at(-1)!;
    expect(total[0]).toBe('total');
    expect(days.reduce((sum, day) => sum + Number(day[1]), 0)).toBe(Number(total[1]));
    expect(days.reduce((sum, day) => sum + BigInt(day[2]!), 0n)).toBe(BigInt(total[2]!));
    expect([Number(total[1]), Number(total[3]), Number(total[7])]).toEqual([
      json.body.issued.points,
      json.body.issued.amountMinor,
      json.body.netMinor,
    ]);
  });

  it('keeps the merchant route for merchant keys and the admin route for the operator', async () => {
    expectProblem(await api.request('GET', `/v1/settlement?${window}`), 403, 'forbidden');
    expectProblem(
      await api.request('GET', `/v1/admin/settlements/fruit-shop?${window}`, { key: seed.keys['fruit-shop']! }),
      403,
      'forbidden',
    );
  });

  it('refuses bad windows and unknown merchants precisely', async () => {
    const key = { key: seed.keys['fruit-shop']! };
    expectProblem(await api.request('GET', '/v1/settlement', key), 400, 'validation_failed', ['from', 'to']);
    expectProblem(
      await api.request('GET', '/v1/settlement?from=2027-07-02T00:00:00Z&to=2027-07-01T00:00:00Z', key),
      400,
      'validation_failed',
      ['to'],
    );
    expectProblem(
      await api.request('GET', '/v1/settlement?from=2027-01-01T00:00:00Z&to=2028-01-03T00:00:00Z', key),
      400,
      'validation_failed',
      ['to'],
    );
    expectProblem(
      await api.request('GET', '/v1/settlement?from=yesterday&to=2027-07-01T00:00:00Z', key),
      400,
      'validation_failed',
      ['from'],
    );
    expectProblem(await api.request('GET', `/v1/admin/settlements/nobody?${window}`), 404, 'merchant_not_found');
  });
});
