import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { demoMerchants, demoProgram, demoRewards, demoTiers } from '../../local/demo-data.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('E2E: tiers, promotions and credit perks through the local server', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    await api.request('PUT', '/v1/admin/program', { body: demoProgram });
    await api.request('PUT', '/v1/admin/tiers', { body: { tiers: demoTiers } });
    for (const { merchantId, ...merchant } of demoMerchants) {
      await api.request('PUT', `/v1/admin/merchants/${merchantId}`, { body: merchant });
      keys[merchantId] = (await api.request('POST', `/v1/admin/merchants/${merchantId}/keys`)).body.apiKey;
    }
    for (const { rewardId, ...reward } of demoRewards)
      await api.request('PUT', `/v1/admin/rewards/${rewardId}`, { body: reward });
  });

  afterAll(async () => jifen?.stop());

  const earn = (merchantId: string, memberId: string, key: string, body: Record<string, unknown>) =>
    api.request('POST', '/v1/earn', {
      key: keys[merchantId]!,
      idempotencyKey: key,
      body: { memberId, reference: key, ...body },
    });

  it('prices the stay that crosses a threshold at the old tier, then earns at the new one', async () => {
    await api.request('PUT', '/v1/members/traveller', { key: keys['lakeside-hotel']!, body: {} });
    await earn('lakeside-hotel', 'traveller', 'stay-1', { nights: 1 });

    const crossing = await earn('lakeside-hotel', 'traveller', 'stay-2', { nights: 9 });
    const next = await earn('lakeside-hotel', 'traveller', 'stay-3', { nights: 1 });
    const member = await api.request('GET', '/v1/members/traveller', { key: keys['lakeside-hotel']! });

    expect(crossing.body).toMatchObject({ points: 9_000, tier: { id: 'silver', changed: true } });
    expect(next.body).toMatchObject({
      points: 1_200,
      breakdown: [
        { source: 'base', points: 1_000 },
        { source: 'tier', points: 200 },
      ],
      tier: { id: 'silver', changed: false },
    });
    expect(member.body.tier).toMatchObject({
      id: 'silver',
      qualifying: { nights: 11 },
      next: { id: 'gold', remaining: { nights: 14 } },
    });
  });

  it('doubles points at the fruit shop while the promotion is in force, and not after it ends', async () => {
    const promotion = {
      name: 'Double points at the fruit shop',
      startsAt: hoursFromNow(-1),
      endsAt: hoursFromNow(1),
      conditions: 'Double points on every purchase at Fresh Fruit Shop during the promotion.',
      effect: { kind: 'earnMultiplier', multiplier: 2 },
      scope: { merchantIds: ['fruit-shop'] },
    };
    expect((await api.request('PUT', '/v1/admin/promotions/double-fruit', { body: promotion })).status).toBe(201);
    await api.request('PUT', '/v1/members/shopper', { key: keys['fruit-shop']!, body: {} });

    const during = await earn('fruit-shop', 'shopper', 'double-1', { amountMinor: 2_000 });
    await api.request('PUT', '/v1/admin/promotions/double-fruit', {
      body: { ...promotion, endsAt: hoursFromNow(-0.001) },
    });
    const after = await earn('fruit-shop', 'shopper', 'double-2', { amountMinor: 2_000 });
    const list = await api.request('GET', '/v1/admin/promotions');

    expect(during.body).toMatchObject({
      points: 40,
      breakdown: [
        { source: 'base', points: 20 },
        { source: 'promotion', points: 20, promotionId: 'double-fruit' },
      ],
    });
    expect(after.body).toMatchObject({ points: 20, breakdown: [{ source: 'base', points: 20 }] });
    expect(list.body.items.find((p: { promotionId: string }) => p.promotionId === 'double-fruit').status).toBe('ended');
  });

  it('sells the summer gift box for 400 and the off-season night for 25,000 while their promotions run', async () => {
    const window = { startsAt: hoursFromNow(-1), endsAt: hoursFromNow(24) };
    await api.request('PUT', '/v1/admin/promotions/summer', {
      body: {
        name: 'Summer',
        ...window,
        conditions: 'Gift box 400.',
        effect: { kind: 'rewardPrice', costPoints: 400 },
        scope: { rewardIds: ['gift-box'] },
      },
    });
    await api.request('PUT', '/v1/admin/promotions/off-season', {
      body: {
        name: 'Off season',
        ...window,
        conditions: 'Night 25,000.',
        effect: { kind: 'rewardPrice', costPoints: 25_000 },
        scope: { rewardIds: ['free-night'] },
      },
    });
    await api.request('PUT', '/v1/members/saver', { key: keys['fruit-shop']!, body: {} });
    await api.request('POST', '/v1/admin/adjustments', {
      idempotencyKey: 'saver-seed',
      body: { memberId: 'saver', points: 25_400, reason: 'seed' },
    });

    const rewards = await api.request('GET', '/v1/rewards?memberId=saver&limit=100', { key: keys['fruit-shop']! });
    const box = await api.request('POST', '/v1/redemptions', {
      key: keys['fruit-shop']!,
      idempotencyKey: 'box',
      body: { memberId: 'saver', rewardId: 'gift-box' },
    });
    const night = await api.request('POST', '/v1/redemptions', {
      key: keys['lakeside-hotel']!,
      idempotencyKey: 'night',
      body: { memberId: 'saver', rewardId: 'free-night' },
    });

    const byId = Object.fromEntries(rewards.body.items.map((r: { rewardId: string }) => [r.rewardId, r]));
    expect(byId['gift-box']).toMatchObject({
      costPoints: 400,
      listCostPoints: 500,
      promotion: { promotionId: 'summer' },
    });
    expect(byId['free-night']).toMatchObject({ costPoints: 25_000, listCostPoints: 30_000 });
    expect(box.body).toMatchObject({ points: 400, promotionId: 'summer' });
    expect(night.body).toMatchObject({ points: 25_000, promotionId: 'off-season', balances: { points: 0 } });
  });

  it('gives good-credit members the credit multiplier and discount, and reserves creditOnly rewards', async () => {
    await api.request('PUT', '/v1/admin/rewards/vip-box', {
      body: {
        name: 'VIP box',
        kind: 'item',
        costPoints: 1_000,
        valueMinor: 5_000,
        creditOnly: true,
        conditions: 'Good credit standing only.',
      },
    });
    for (const memberId of ['trusted', 'ordinary']) {
      await api.request('PUT', `/v1/members/${memberId}`, { key: keys['fruit-shop']!, body: {} });
      await api.request('POST', '/v1/admin/adjustments', {
        idempotencyKey: `${memberId}-seed`,
        body: { memberId, points: 2_000, reason: 'seed' },
      });
    }
    await api.request('PUT', '/v1/admin/members/trusted/credit', { body: { standing: 'good' } });

    const trustedEarn = await earn('fruit-shop', 'trusted', 'trusted-earn', { amountMinor: 10_000 });
    const trustedVip = await api.request('POST', '/v1/redemptions', {
      key: keys['fruit-shop']!,
      idempotencyKey: 'trusted-vip',
      body: { memberId: 'trusted', rewardId: 'vip-box' },
    });
    const ordinaryVip = await api.request('POST', '/v1/redemptions', {
      key: keys['fruit-shop']!,
      idempotencyKey: 'ordinary-vip',
      body: { memberId: 'ordinary', rewardId: 'vip-box' },
    });

    // creditPerks: earnMultiplier 1.2, redemptionDiscountPercent 10
    expect(trustedEarn.body.breakdown).toEqual([
      { source: 'base', points: 100 },
      { source: 'credit', points: 20 },
    ]);
    expect(trustedVip.body.points).toBe(900);
    expect(ordinaryVip.status).toBe(403);
    expect(ordinaryVip.body.code).toBe('credit_required');
  });

  it('runs a job by hand and answers {job, asOf, processed, changed}', async () => {
    const asOf = hoursFromNow(48);
    const first = await api.request('POST', '/v1/admin/jobs/promotions', { body: { asOf } });
    const again = await api.request('POST', '/v1/admin/jobs/promotions', { body: { asOf } });

    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ job: 'promotions', asOf: new Date(asOf).toISOString() });
    expect(first.body.changed).toBeGreaterThan(0);
    expect(again.body).toMatchObject({ processed: first.body.processed, changed: 0 });
  });
});
