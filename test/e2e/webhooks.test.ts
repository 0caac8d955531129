import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject, vi } from 'vitest';
import { bootLocal, type LocalJifen } from '../../local/boot.js';
import { TEST_ADMIN_KEY } from '../helpers/dynamo.js';
import { enrolWithPoints, seedDemo } from '../helpers/e2e-fixtures.js';
import { ApiClient } from '../helpers/local-api.js';
import { expectedSignature, startReceiver } from '../helpers/webhook-receiver.js';

describe('E2E: webhooks through the local API, delivered as `npm start` delivers them', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    jifen = await bootLocal({
      port: 0,
      adminKey: TEST_ADMIN_KEY,
      dynamo: { endpoint: inject('dynamoEndpoint'), stop: async () => undefined },
      tableName: `jifen-e2e-${randomUUID()}`,
      deliverEvents: true,
    });
    api = new ApiClient(jifen.url);
    receiver = await startReceiver();
  });

  afterAll(async () => {
    await receiver?.close();
    await jifen?.stop();
  });

  it('creates an endpoint with its secret once, updates it without, rotates it, and signs each event with both secrets for a day', async () => {
    // Arrange
    const demo = await seedDemo(api);
    const body = { url: receiver.url, events: ['points.earned'] };

    // Act
    const created = await api.request('PUT', '/v1/admin/webhooks/partner-1', { body });
    const updated = await api.request('PUT', '/v1/admin/webhooks/partner-1', {
      body: { ...body, merchantId: 'fruit-shop' },
    });
    const rotated = await api.request('POST', '/v1/admin/webhooks/partner-1/rotate-secret', { body: {} });
    await enrolWithPoints(api, demo.keys['fruit-shop']!, 'hook-member', 0);
    const earned = await api.request('POST', '/v1/earn', {
      key: demo.keys['fruit-shop']!,
      idempotencyKey: randomUUID(),
      body: { memberId: 'hook-member', amountMinor: 10_000, reference: 'r1' },
    });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 60_000, interval: 100 });
    const delivered = await vi.waitFor(
      async () => {
        const list = await api.request('GET', '/v1/admin/webhooks/partner-1/deliveries?status=delivered');
        expect(list.body.items).toHaveLength(1);
        return list;
      },
      { timeout: 60_000, interval: 100 },
    );

    // Assert
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      endpointId: 'partner-1',
      url: receiver.url,
      merchantId: null,
      events: ['points.earned'],
      active: true,
      createdAt: expect.any(String),
      secret: expect.stringMatching(/^whsec_/),
    });
    expect(updated.status).toBe(200);
    expect(updated.body).not.toHaveProperty('secret');
    expect(updated.body.merchantId).toBe('fruit-shop');
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    expect(earned.status).toBe(201);
    const [event] = receiver.received;
    expect(event!.json).toMatchObject({ type: 'points.earned', data: earned.body });
    const signatures = String(event!.headers['webhook-signature']).split(' ');
    expect(signatures).toEqual([
      expectedSignature(rotated.body.secret, event!),
      expectedSignature(created.body.secret, event!),
    ]);
    expect(delivered.body).toEqual({
      items: [
        {
          eventId: event!.headers['webhook-id'],
          type: 'points.earned',
          status: 'delivered',
          attempts: 1,
          lastStatus: 200,
          nextAttemptAt: null,
        },
      ],
      nextCursor: null,
    });
  });

  it('answers a replay with 202 and sends the events again with their ids', async () => {
    // Arrange
    const before = receiver.received.length;
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();

    // Act
    const replay = await api.request('POST', '/v1/admin/webhooks/partner-1/replay', { body: { from, to } });
    await vi.waitFor(() => expect(receiver.received.length).toBe(before + 1), { timeout: 60_000, interval: 100 });

    // Assert
    expect(replay.status).toBe(202);
    expect(replay.body).toEqual({ endpointId: 'partner-1', from, to });
    expect(receiver.received.at(-1)!.headers['webhook-id']).toBe(receiver.received[0]!.headers['webhook-id']);
  });
});
