import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMerchants, demoProgram, demoPromotions, demoRewards, demoTiers } from '../../local/demo-data.js';
import type { LocalJifen } from '../../local/boot.js';
import { expectProblem, freshKey } from '../helpers/e2e-fixtures.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { startLocalApi, type ApiClient, type ApiResponse } from '../helpers/local-api.js';

/** The operator's audit trail through the local server, on a clock the test moves a second per write. */
describe('E2E: the audit trail of operator writes', () => {
  const clock = new FakeClock('2027-03-15T10:00:00.000Z');
  let jifen: LocalJifen;
  let api: ApiClient;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi(clock));
  });

  afterAll(async () => jifen?.stop());

  /** One operator write, a second after the one before, so the trail's order is exact. */
  async function write(
    method: string,
    path: string,
    options: Parameters<ApiClient['request']>[2] = {},
  ): Promise<ApiResponse> {
    clock.set(new Date(clock.now().getTime() + 1_000).toISOString());
    const response = await api.request(method, path, options);
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response;
  }

  async function trail(): Promise<any[]> {
    const items: any[] = [];
    let cursor: string | null = null;
    do {
      const page: ApiResponse = await api.request('GET', `/v1/admin/audit?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  it('records every successful operator write once, newest first, with its route, target and reason, and never a secret', async () => {
    // Act
    const { merchantId, ...merchant } = demoMerchants[0]!;
    const { rewardId, ...reward } = demoRewards[0]!;
    const { promotionId, ...promotion } = demoPromotions[0]!;
    await write('PUT', '/v1/admin/program', { body: { ...demoProgram, limits: { earnsPerMemberPerDay: 1 } } });
    await write('PUT', '/v1/admin/tiers', { body: { tiers: demoTiers } });
    await write('PUT', `/v1/admin/merchants/${merchantId}`, { body: merchant });
    const key = await write('POST', `/v1/admin/merchants/${merchantId}/keys`);
    const spare = await write('POST', `/v1/admin/merchants/${merchantId}/keys`);
    await write('DELETE', `/v1/admin/keys/${spare.body.keyId}`);
    await write('PUT', `/v1/admin/rewards/${rewardId}`, { body: reward });
    await write('PUT', `/v1/admin/promotions/${promotionId}`, { body: promotion });
    await write('PUT', '/v1/members/alice', { key: key.body.apiKey, body: {} });
    await write('PUT', '/v1/admin/members/alice/credit', { body: { standing: 'good' } });
    await write('POST', '/v1/admin/members/alice/freeze', { body: { reason: 'velocity alert' } });
    await write('POST', '/v1/admin/members/alice/unfreeze', { body: { reason: 'cleared by support' } });
    const adjustment = { idempotencyKey: 'goodwill-1', body: { memberId: 'alice', points: 500, reason: 'goodwill' } };
    await write('POST', '/v1/admin/adjustments', adjustment);
    const replay = await write('POST', '/v1/admin/adjustments', adjustment);
    const earn = (reference: string) => ({
      key: key.body.apiKey,
      idempotencyKey: reference,
      body: { memberId: 'alice', amountMinor: 1_000, reference },
    });
    await write('POST', '/v1/earn', earn('r-1'));
    expect((await api.request('POST', '/v1/earn', earn('r-2'))).body.code).toBe('velocity_limit');
    await write('POST', '/v1/admin/flags/2027-03-15.earnsPerMemberPerDay.alice/clear', {
      body: { reason: 'regular customer' },
    });
    await write('POST', '/v1/admin/jobs/tiers', { body: {} });

    // Assert
    const lines = await trail();
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(lines.map((line) => [line.action, line.target, line.reason])).toEqual(
      [
        ['PUT /v1/admin/program', null, null],
        ['PUT /v1/admin/tiers', null, null],
        ['PUT /v1/admin/merchants/{merchantId}', 'fruit-shop', null],
        ['POST /v1/admin/merchants/{merchantId}/keys', key.body.keyId, null],
        ['POST /v1/admin/merchants/{merchantId}/keys', spare.body.keyId, null],
        ['DELETE /v1/admin/keys/{keyId}', spare.body.keyId, null],
        ['PUT /v1/admin/rewards/{rewardId}', 'free-night', null],
        ['PUT /v1/admin/promotions/{promotionId}', 'summer-gift-box', null],
        ['PUT /v1/admin/members/{memberId}/credit', 'alice', null],
        ['POST /v1/admin/members/{memberId}/freeze', 'alice', 'velocity alert'],
        ['POST /v1/admin/members/{memberId}/unfreeze', 'alice', 'cleared by support'],
        ['POST /v1/admin/adjustments', 'alice', 'goodwill'],
        ['POST /v1/admin/flags/{flagId}/clear', '2027-03-15.earnsPerMemberPerDay.alice', 'regular customer'],
        ['POST /v1/admin/jobs/{job}', 'tiers', null],
      ].reverse(),
    );
    expect(lines[0]).toEqual({
      auditId: expect.any(String),
      at: clock.now().toISOString(),
      action: 'POST /v1/admin/jobs/{job}',
      target: 'tiers',
      reason: null,
    });
    expect(new Set(lines.map((line) => line.auditId)).size).toBe(lines.length);
    const secret = (apiKey: string) => apiKey.slice(apiKey.indexOf('.') + 1);
    expect(JSON.stringify(lines)).not.toContain(secret(key.body.apiKey));
    expect(JSON.stringify(lines)).not.toContain(secret(spare.body.apiKey));
  });

  it('records nothing for a refused operator write, nor for reading', async () => {
    // Arrange
    const before = await trail();

    // Act
    const refused = [
      await api.request('PUT', '/v1/admin/rewards/mug', {
        body: { name: 'Mug', kind: 'item', costPoints: 100, valueMinor: 1_000, conditions: '' },
      }),
      await api.request('DELETE', '/v1/admin/keys/fedcba9876543210'),
      await api.request('POST', '/v1/admin/members/nobody/freeze', { body: { reason: 'x' } }),
      await api.request('POST', '/v1/admin/adjustments', {
        idempotencyKey: freshKey(),
        body: { memberId: 'alice', points: -1_000_000, reason: 'x' },
      }),
      await api.request('PUT', '/v1/admin/program', { key: null, body: demoProgram }),
    ];
    await api.request('GET', '/v1/admin/flags');
    await api.request('GET', '/v1/admin/program');

    // Assert
    expectProblem(refused[0]!, 400, 'disclosure_required');
    expectProblem(refused[1]!, 404, 'not_found');
    expectProblem(refused[2]!, 404, 'member_not_found');
    expectProblem(refused[3]!, 409, 'insufficient_points');
    expectProblem(refused[4]!, 401, 'unauthenticated');
    expect(await trail()).toEqual(before);
  });
});
