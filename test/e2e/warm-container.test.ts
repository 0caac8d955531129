import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { demoMerchants, demoProgram, demoRewards, demoTiers } from '../../local/demo-data.js';
import {
  allActivity,
  balanceOf,
  enrolWithPoints,
  expectProblem,
  freshKey,
  seedDemo,
  type DemoSeed,
} from '../helpers/e2e-fixtures.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { startLocalApi, type ApiClient, type ApiResponse } from '../helpers/local-api.js';

/**
 * The local server is one container: its handlers keep the configuration
 * (reloaded when the configuration version changes) and the merchant of each
 * key id they have seen. What the contract promises must hold with both warm.
 */
describe('E2E: one warm container', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let seed: DemoSeed;
  const clock = new FakeClock('2027-03-15T10:00:00.000Z');
  const hoursFromNow = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000).toISOString();

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi(clock));
    seed = await seedDemo(api);
  });

  afterAll(async () => jifen?.stop());

  const fruit = () => seed.keys['fruit-shop']!;
  const earn = (memberId: string, key = fruit(), body: Record<string, unknown> = { amountMinor: 10_000 }) =>
    api.request('POST', '/v1/earn', {
      key,
      idempotencyKey: freshKey('earn'),
      body: { memberId, reference: 'receipt', ...body },
    });
  const redeem = (memberId: string, key = fruit(), body: Record<string, unknown> = { rewardId: 'voucher-50' }) =>
    api.request('POST', '/v1/redemptions', { key, idempotencyKey: freshKey('redeem'), body: { memberId, ...body } });
  const created = (response: ApiResponse) => {
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const put = async (path: string, body: unknown) => {
    const response = await api.request('PUT', path, { body });
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
  };

  it('prices the very next earn or redemption with every configuration change, the configuration already kept', async () => {
    await enrolWithPoints(api, fruit(), 'warm', 100_000);
    const { merchantId, ...fruitShop } = demoMerchants.find((merchant) => merchant.merchantId === 'fruit-shop')!;
    const { rewardId, ...voucher } = demoRewards.find((reward) => reward.rewardId === 'voucher-50')!;
    // Warm: the configuration is kept and the fruit shop's key id is known.
    expect(created(await earn('warm')).points).toBe(100);
    expect(created(await redeem('warm')).points).toBe(1_000);

    await put(`/v1/admin/merchants/${merchantId}`, {
      ...fruitShop,
      earnRules: [{ kind: 'spend', points: 3, perMinor: 100 }],
    });
    expect(created(await earn('warm')).points).toBe(300);

    await put(`/v1/admin/rewards/${rewardId}`, { ...voucher, costPoints: 1_500 });
    expect(created(await redeem('warm')).points).toBe(1_500);

    await put('/v1/admin/program', { ...demoProgram, limits: { earnsPerMemberPerDay: 2 } });
    expectProblem(await earn('warm'), 409, 'velocity_limit');
    await put('/v1/admin/program', demoProgram);
    expect(created(await earn('warm')).points).toBe(300);

    await put('/v1/admin/tiers', {
      tiers: demoTiers.map((tier) => (tier.id === 'silver' ? { ...tier, qualification: { spendMinor: 1_000 } } : tier)),
    });
    expect(created(await earn('warm')).tier).toEqual({ id: 'silver', changed: true });

    await put('/v1/admin/promotions/double-fruit', {
      name: 'Double points at the fruit shop',
      startsAt: hoursFromNow(-1),
      endsAt: hoursFromNow(1),
      conditions: 'Double points on every purchase at Fresh Fruit Shop.',
      effect: { kind: 'earnMultiplier', multiplier: 2 },
      scope: { merchantIds: ['fruit-shop'] },
    });
    expect(created(await earn('warm')).points).toBe(600);

    await put('/v1/admin/badges/grocer', {
      name: 'Grocer',
      conditions: 'One purchase at a grocery.',
      earns: { category: 'grocery', count: 1 },
    });
    expect(created(await earn('warm')).badgesAwarded).toEqual(['grocer']);
  });

  it('applies a promotion on the first request after it starts, with no write in between', async () => {
    await enrolWithPoints(api, fruit(), 'early', 0);
    await put('/v1/admin/promotions/opening-bonus', {
      name: 'Opening bonus',
      startsAt: hoursFromNow(1),
      endsAt: hoursFromNow(2),
      conditions: '50 bonus points on every purchase at the hotel during the opening hour.',
      effect: { kind: 'bonusPoints', points: 50 },
      scope: { merchantIds: ['lakeside-hotel'] },
    });
    const hotel = seed.keys['lakeside-hotel']!;
    const before = created(await earn('early', hotel, { nights: 1 }));

    clock.set(hoursFromNow(1.5));
    const during = created(await earn('early', hotel, { nights: 1 }));

    expect(before.breakdown).not.toContainEqual(expect.objectContaining({ promotionId: 'opening-bonus' }));
    expect(during.breakdown).toContainEqual({ source: 'promotion', points: 50, promotionId: 'opening-bonus' });
  });

  it('stops a revoked key on the very next earn or redemption, its merchant already known, and writes nothing', async () => {
    await enrolWithPoints(api, fruit(), 'revoked', 10_000);
    const issued = await api.request('POST', '/v1/admin/merchants/fruit-shop/keys');
    const { keyId, apiKey } = issued.body as { keyId: string; apiKey: string };
    // Warm: both routes have checked this key once, so its merchant is known.
    created(await earn('revoked', apiKey));
    created(await redeem('revoked', apiKey));
    const balance = await balanceOf(api, 'revoked');
    const activity = await allActivity(api, 'revoked');

    expect((await api.request('DELETE', `/v1/admin/keys/${keyId}`)).status).toBe(204);

    const refused = [
      await earn('revoked', apiKey),
      await redeem('revoked', apiKey),
      await redeem('revoked', apiKey, { payment: { amountMinor: 100 } }),
      // 401 comes before every other refusal: an invalid body, a missing Idempotency-Key, another merchant's earn.
      await earn('revoked', apiKey, { amountMinor: -1 }),
      await api.request('POST', '/v1/earn', {
        key: apiKey,
        body: { memberId: 'revoked', amountMinor: 100, reference: 'r' },
      }),
      await earn('revoked', apiKey, { amountMinor: 100, merchantId: 'lakeside-hotel' }),
    ];
    for (const response of refused) expectProblem(response, 401, 'unauthenticated');
    expect(await balanceOf(api, 'revoked')).toEqual(balance);
    expect(await allActivity(api, 'revoked')).toEqual(activity);
  });

  it('stops a key at its expiry on the very next request, its merchant already known, and writes nothing', async () => {
    await enrolWithPoints(api, fruit(), 'expiring', 10_000);
    const issued = await api.request('POST', '/v1/admin/merchants/fruit-shop/keys', {
      body: { expiresAt: hoursFromNow(1) },
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const { apiKey } = issued.body as { apiKey: string };
    // Warm: every route below has checked this key once, so its merchant is known.
    created(await earn('expiring', apiKey));
    created(await redeem('expiring', apiKey));
    created(await redeem('expiring', apiKey, { payment: { amountMinor: 100 } }));
    expect((await api.request('GET', '/v1/members/expiring', { key: apiKey })).status).toBe(200);
    const balance = await balanceOf(api, 'expiring');
    const activity = await allActivity(api, 'expiring');

    clock.set(hoursFromNow(1));

    const refused = [
      await earn('expiring', apiKey),
      await redeem('expiring', apiKey),
      await redeem('expiring', apiKey, { payment: { amountMinor: 100 } }),
      await api.request('GET', '/v1/members/expiring', { key: apiKey }),
      await api.request('PUT', '/v1/members/expiring-new', { key: apiKey, body: {} }),
      // 401 comes before every other refusal: an invalid body.
      await earn('expiring', apiKey, { amountMinor: -1 }),
    ];
    for (const response of refused) expectProblem(response, 401, 'unauthenticated');
    expect(await balanceOf(api, 'expiring')).toEqual(balance);
    expect(await allActivity(api, 'expiring')).toEqual(activity);
    expect((await api.request('GET', '/v1/members/expiring-new')).status).toBe(404);
  });

  it('refuses a key id it knows presented with another secret', async () => {
    await enrolWithPoints(api, fruit(), 'forged', 10_000);
    const { balances } = created(await earn('forged'));
    const forged = `${fruit().slice(0, fruit().indexOf('.') + 1)}${'A'.repeat(43)}`;

    expectProblem(await earn('forged', forged), 401, 'unauthenticated');
    expectProblem(await redeem('forged', forged), 401, 'unauthenticated');
    expect(await balanceOf(api, 'forged')).toEqual(balances);
  });
});
