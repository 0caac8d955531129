import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JifenClient, JifenProblem } from '../../clients/typescript/src/index.js';
import type { LocalJifen } from '../../local/boot.js';
import { demoMerchants, demoProgram, demoRewards } from '../../local/demo-data.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

/** A request the client sent, as the server (or the script in its place) saw it. */
interface Sent {
  method: string;
  path: string;
  idempotencyKey: string | null;
}

describe('E2E: the TypeScript client against the local server', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let fruitKey: string;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    expect((await api.request('PUT', '/v1/admin/program', { body: demoProgram })).status).toBe(200);
    const fruitShop = demoMerchants.find((merchant) => merchant.merchantId === 'fruit-shop')!;
    const { merchantId, ...merchant } = fruitShop;
    expect((await api.request('PUT', `/v1/admin/merchants/${merchantId}`, { body: merchant })).status).toBe(201);
    const { rewardId, ...voucher } = demoRewards.find((reward) => reward.rewardId === 'voucher-50')!;
    expect((await api.request('PUT', `/v1/admin/rewards/${rewardId}`, { body: voucher })).status).toBe(201);
    fruitKey = (await api.request('POST', `/v1/admin/merchants/${merchantId}/keys`)).body.apiKey;
  });

  afterAll(async () => jifen?.stop());

  /**
   * A client whose fetch records each request and may answer in its place: `script` gets the
   * attempt's number and either answers (a Response), throws (a network error), or returns
   * undefined to let the request reach the server.
   */
  function client(
    script: (attempt: number, request: Request) => Response | 'lose the answer' | undefined = () => undefined,
  ) {
    const sent: Sent[] = [];
    const waits: number[] = [];
    const jifenClient = new JifenClient({
      baseUrl: jifen.url,
      apiKey: fruitKey,
      sleep: async (ms) => void waits.push(ms),
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sent.push({
          method: request.method,
          path: new URL(request.url).pathname,
          idempotencyKey: request.headers.get('idempotency-key'),
        });
        const scripted = script(sent.length, request);
        if (scripted === 'lose the answer') {
          await fetch(request);
          throw new TypeError('fetch failed');
        }
        return scripted ?? fetch(request);
      },
    });
    return { jifenClient, sent, waits };
  }

  const balanceOf = async (memberId: string) =>
    (await api.request('GET', `/v1/members/${memberId}`)).body.balances.points;

  it('earns with a fresh Idempotency-Key per movement', async () => {
    const { jifenClient, sent } = client();
    await jifenClient.enrol('card-1001');

    const first = await jifenClient.earn({ memberId: 'card-1001', amountMinor: 12_850, reference: 'receipt-1' });
    const second = await jifenClient.earn({ memberId: 'card-1001', amountMinor: 12_850, reference: 'receipt-1' });

    expect(first.points).toBe(128);
    expect(second.transactionId).not.toBe(first.transactionId);
    const keys = sent.filter((request) => request.path === '/v1/earn').map((request) => request.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    expect(await balanceOf('card-1001')).toBe(256);
  });

  it("replays a movement sent again with the caller's own key: the same transaction, no points moved", async () => {
    const { jifenClient } = client();
    await jifenClient.enrol('card-1002');
    const purchase = { memberId: 'card-1002', amountMinor: 5_000, reference: 'receipt-2' };

    const first = await jifenClient.earn(purchase, { idempotencyKey: 'receipt-2' });
    const again = await jifenClient.earn(purchase, { idempotencyKey: 'receipt-2' });

    expect(again).toEqual(first);
    expect(await balanceOf('card-1002')).toBe(50);
  });

  it('sends the same key again when an answer is lost, so the movement happens once', async () => {
    const { jifenClient, sent, waits } = client((attempt) => (attempt === 2 ? 'lose the answer' : undefined));
    await jifenClient.enrol('card-1003');

    const earned = await jifenClient.earn({ memberId: 'card-1003', amountMinor: 7_000, reference: 'receipt-3' });

    expect(earned.points).toBe(70);
    expect(sent.map((request) => request.path)).toEqual(['/v1/members/card-1003', '/v1/earn', '/v1/earn']);
    expect(sent[2]!.idempotencyKey).toBe(sent[1]!.idempotencyKey);
    expect(waits).toHaveLength(1);
    expect(await balanceOf('card-1003')).toBe(70);
  });

  it('waits as long as Retry-After says on a 503, and backs off on a 429 without one', async () => {
    const unavailable = () =>
      Response.json(
        {
          type: '/problems/temporarily_unavailable',
          title: 'Unavailable',
          status: 503,
          detail: 'busy',
          code: 'temporarily_unavailable',
        },
        {
          status: 503,
          headers: { 'retry-after': '3', 'content-type': 'application/problem+json' },
        },
      );
    const throttled = () => Response.json({ message: 'Too Many Requests' }, { status: 429 });
    const { jifenClient, sent, waits } = client((attempt) =>
      attempt === 1 ? unavailable() : attempt === 2 ? throttled() : undefined,
    );

    const member = await jifenClient.enrol('card-1004');

    expect(member.memberId).toBe('card-1004');
    expect(sent).toHaveLength(3);
    expect(waits[0]).toBe(3_000);
    expect(waits[1]).toBeGreaterThanOrEqual(0);
    expect(waits[1]).toBeLessThanOrEqual(400);
  });

  it('throws the last 503 as a JifenProblem once its attempts are spent', async () => {
    const { jifenClient, sent } = client(() =>
      Response.json(
        {
          type: '/problems/temporarily_unavailable',
          title: 'Unavailable',
          status: 503,
          detail: 'busy',
          code: 'temporarily_unavailable',
        },
        {
          status: 503,
          headers: { 'retry-after': '1' },
        },
      ),
    );

    const refusal = await jifenClient.member('card-1001').catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(JifenProblem);
    expect(refusal).toMatchObject({ status: 503, code: 'temporarily_unavailable', retryAfterSeconds: 1 });
    expect(sent).toHaveLength(4);
  });

  it('does not send a POST without an Idempotency-Key again after a network error: it may have arrived', async () => {
    const { jifenClient, sent } = client(() => 'lose the answer');

    const call = jifenClient.api.POST('/v1/admin/merchants/{merchantId}/keys', {
      params: { path: { merchantId: 'fruit-shop' } },
    });

    await expect(call).rejects.toThrow('fetch failed');
    expect(sent).toHaveLength(1);
  });

  it('throws a 409 as a JifenProblem carrying its code, without retrying it', async () => {
    const { jifenClient, sent } = client();
    await jifenClient.enrol('card-1005');

    const refusal = await jifenClient
      .redeem({ memberId: 'card-1005', rewardId: 'voucher-50' })
      .catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(JifenProblem);
    expect(refusal).toMatchObject({ status: 409, code: 'insufficient_points' });
    expect(sent.filter((request) => request.path === '/v1/redemptions')).toHaveLength(1);
  });

  it('throws a 400 with the bad fields, without retrying it', async () => {
    const { jifenClient, sent } = client();

    const refusal = await jifenClient
      .earn({ memberId: 'card-1001', amountMinor: -5, reference: 'bad' })
      .catch((error: unknown) => error);

    expect(refusal).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [expect.objectContaining({ path: 'amountMinor' })],
    });
    expect(sent).toHaveLength(1);
  });

  it('refunds an earn whole', async () => {
    const { jifenClient } = client();
    await jifenClient.enrol('card-1006');
    const earned = await jifenClient.earn({ memberId: 'card-1006', amountMinor: 9_999, reference: 'receipt-6' });

    const refund = await jifenClient.reverse({ transactionId: earned.transactionId, reason: 'returned' });

    expect(refund).toMatchObject({ reverses: earned.transactionId, points: 99 });
    expect(await balanceOf('card-1006')).toBe(0);
  });
});
