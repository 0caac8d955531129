import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { demoMerchants, demoProgram, demoRewards, demoTiers } from '../../local/demo-data.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

describe('E2E: the worked numbers through the local server', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  const merchantKeys: Record<string, string> = {};

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    expect((await api.request('PUT', '/v1/admin/program', { body: demoProgram })).status).toBe(200);
    expect((await api.request('PUT', '/v1/admin/tiers', { body: { tiers: demoTiers } })).status).toBe(200);
    for (const { merchantId, ...merchant } of demoMerchants) {
      expect((await api.request('PUT', `/v1/admin/merchants/${merchantId}`, { body: merchant })).status).toBe(201);
      const key = await api.request('POST', `/v1/admin/merchants/${merchantId}/keys`);
      merchantKeys[merchantId] = key.body.apiKey;
    }
    for (const { rewardId, ...reward } of demoRewards) {
      expect((await api.request('PUT', `/v1/admin/rewards/${rewardId}`, { body: reward })).status).toBe(201);
    }
  });

  afterAll(async () => jifen?.stop());

  const fruit = () => merchantKeys['fruit-shop']!;
  const hotel = () => merchantKeys['lakeside-hotel']!;

  it('earns 600 points for 20 CNY a day over 30 days', async () => {
    await api.request('PUT', '/v1/members/family', { key: fruit(), body: {} });
    for (let day = 0; day < 30; day++) {
      const earn = await api.request('POST', '/v1/earn', {
        key: fruit(),
        idempotencyKey: `family-day-${day}`,
        body: { memberId: 'family', amountMinor: 2_000, reference: `receipt-${day}` },
      });
      expect(earn.status).toBe(201);
    }
    const member = await api.request('GET', '/v1/members/family', { key: fruit() });
    expect(member.body.balances.points).toBe(600);
  });

  it('rounds 99.99 CNY down to 99 points', async () => {
    await api.request('PUT', '/v1/members/round', { key: fruit(), body: {} });
    const earn = await api.request('POST', '/v1/earn', {
      key: fruit(),
      idempotencyKey: 'round-1',
      body: { memberId: 'round', amountMinor: 9_999, reference: 'r' },
    });
    expect(earn.body).toMatchObject({ points: 99, breakdown: [{ source: 'base', points: 99 }] });
  });

  it("earns a basic member's night at 1,000 points and redeems a 30,000-point free night", async () => {
    await api.request('PUT', '/v1/members/guest', { key: hotel(), body: {} });
    const night = await api.request('POST', '/v1/earn', {
      key: hotel(),
      idempotencyKey: 'guest-night-1',
      body: { memberId: 'guest', nights: 1, reference: 'folio-1' },
    });
    expect(night.body.points).toBe(1_000);
    await api.request('POST', '/v1/admin/adjustments', {
      idempotencyKey: 'guest-topup',
      body: { memberId: 'guest', points: 29_000, reason: 'welcome gift' },
    });

    const redemption = await api.request('POST', '/v1/redemptions', {
      key: hotel(),
      idempotencyKey: 'guest-free-night',
      body: { memberId: 'guest', rewardId: 'free-night' },
    });

    expect(redemption.status).toBe(201);
    expect(redemption.body).toMatchObject({ points: 30_000, rewardId: 'free-night', balances: { points: 0 } });
  });

  it('pays 400 CNY of a bill with 24,000 points at 60 per CNY', async () => {
    await api.request('PUT', '/v1/members/payer', { key: hotel(), body: {} });
    await api.request('POST', '/v1/admin/adjustments', {
      idempotencyKey: 'payer-topup',
      body: { memberId: 'payer', points: 25_000, reason: 'test' },
    });

    const payment = await api.request('POST', '/v1/redemptions', {
      key: hotel(),
      idempotencyKey: 'payer-bill',
      body: { memberId: 'payer', payment: { amountMinor: 40_000 } },
    });

    expect(payment.status).toBe(201);
    expect(payment.body).toMatchObject({ points: 24_000, coveredMinor: 40_000, balances: { points: 1_000 } });
  });

  it('replays a retried earn with Idempotent-Replayed and refuses a changed body', async () => {
    const body = { memberId: 'family', amountMinor: 500, reference: 'retry' };
    const first = await api.request('POST', '/v1/earn', { key: fruit(), idempotencyKey: 'retry-1', body });
    const again = await api.request('POST', '/v1/earn', { key: fruit(), idempotencyKey: 'retry-1', body });
    const changed = await api.request('POST', '/v1/earn', {
      key: fruit(),
      idempotencyKey: 'retry-1',
      body: { ...body, amountMinor: 600 },
    });

    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(changed.status).toBe(422);
    expect(changed.body.code).toBe('idempotency_key_reused');
  });
});
