import { randomUUID } from 'node:crypto';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { afterEach, describe, expect, it, vi, inject } from 'vitest';
import { LOCAL_CLIENT_CONFIG } from '../../local/dynamodb-local.js';
import { InProcessDeliveryQueue, startLocalDelivery } from '../../local/webhooks.js';
import { adminKeyFromValue } from '../../shared/adapters/admin-key.js';
import { dynamoDeps } from '../../shared/adapters/dynamodb/index.js';
import { rulesVersions } from '../../shared/adapters/dynamodb/rules-versions.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { redeem } from '../../shared/application/redeem.js';
import type { Deps } from '../../shared/application/deps.js';
import { listWebhookDeliveries, putWebhook, replayWebhookEvents } from '../../shared/application/webhooks.js';
import type { EventType } from '../../shared/domain/webhooks.js';
import { localClient, TEST_ADMIN_KEY, testTable } from '../helpers/dynamo.js';
import { enrolWithPoints, fruitShopEarn, loadDemoProgram } from '../helpers/program.js';
import { expectedSignature, startReceiver } from '../helpers/webhook-receiver.js';

const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((thing) => thing.stop()));
});

/** A fresh table with the demo program, and events delivered as `npm start` delivers them (retry waits shortened 100-fold). */
async function deliveringWorld() {
  const client = localClient();
  const tableName = await testTable(client, 'jifen-webhooks');
  const queue = new InProcessDeliveryQueue((seconds) => seconds * 10);
  const deps = dynamoDeps({
    client,
    tableName,
    adminKey: adminKeyFromValue(TEST_ADMIN_KEY),
    deliveryQueue: queue,
    webhookUrls: 'local',
    rulesVersions,
  });
  await loadDemoProgram(deps);
  const streams = new DynamoDBStreamsClient({ ...LOCAL_CLIENT_CONFIG, endpoint: inject('dynamoEndpoint') });
  const delivery = await startLocalDelivery({ client, streams, tableName, deps, queue, intervalMs: 100 });
  running.push({
    stop: async () => {
      await delivery.stop();
      streams.destroy();
    },
  });
  return { deps, queue };
}

async function subscribe(deps: Deps, url: string, events: EventType[], merchantId?: string) {
  const endpointId = `ep-${randomUUID().slice(0, 8)}`;
  const { saved } = await putWebhook(deps, endpointId, { url, events, ...(merchantId && { merchantId }) });
  return { endpointId, secret: saved.secret! };
}

async function receiver(answer?: Parameters<typeof startReceiver>[0]) {
  const started = await startReceiver(answer);
  running.push({ stop: started.close });
  return started;
}

/** Waits (generously: a busy CI machine) until the endpoint's deliveries settle as `expected`. */
async function deliveriesSettle(deps: Deps, endpointId: string, queue: InProcessDeliveryQueue, count: number) {
  await vi.waitFor(
    async () => {
      const { items } = await listWebhookDeliveries(deps, endpointId, null, { limit: 100, cursor: null });
      expect(items.filter((item) => item.status !== 'pending')).toHaveLength(count);
      expect(queue.size).toBe(0);
    },
    { timeout: 60_000, interval: 100 },
  );
}

function redeemPayment(deps: Deps, memberId: string, key: string, amountMinor: number) {
  const body = { memberId, payment: { amountMinor } };
  return redeem(deps, {
    caller: { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k' },
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/redeem', body),
    memberId,
    payment: { amountMinor },
  } as Parameters<typeof redeem>[1]);
}

describe('Webhooks on DynamoDB Local, from the table stream', () => {
  it('sends one signed points.earned for a committed earn, whose data is the earn’s answer, and none for what did not commit', async () => {
    // Arrange
    const { deps, queue } = await deliveringWorld();
    const hooks = await receiver();
    const { endpointId, secret } = await subscribe(deps, hooks.url, ['points.earned', 'points.redeemed']);
    await enrolWithPoints(deps, 'm1', 0);

    // Act: the same earn twice at once (one transaction commits, the other is cancelled), and a redemption refused for want of points
    const [first, second] = await Promise.all([
      fruitShopEarn(deps, 'm1', 'earn-1', 10_000),
      fruitShopEarn(deps, 'm1', 'earn-1', 10_000),
    ]);
    const refused = await redeemPayment(deps, 'm1', 'too-much', 10_000_000);
    await deliveriesSettle(deps, endpointId, queue, 1);

    // Assert
    expect([first.status, second.status].sort()).toEqual([201, 201]);
    expect(refused.status).toBe(409);
    expect(hooks.received).toHaveLength(1);
    const [event] = hooks.received;
    expect(event!.json).toEqual({ type: 'points.earned', timestamp: expect.any(String), data: first.body });
    expect(event!.headers['webhook-id']).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(event!.headers['webhook-signature']).toBe(expectedSignature(secret, event!));
    const { items } = await listWebhookDeliveries(deps, endpointId, 'delivered', { limit: 10, cursor: null });
    expect(items).toEqual([
      {
        eventId: event!.headers['webhook-id'],
        type: 'points.earned',
        status: 'delivered',
        attempts: 1,
        lastStatus: 200,
        nextAttemptAt: null,
      },
    ]);
  });

  it('retries a receiver that answers 500, with the same webhook-id, until it answers 2xx', async () => {
    // Arrange
    const { deps, queue } = await deliveringWorld();
    const hooks = await receiver((_event, index) => (index < 2 ? 500 : 204));
    const { endpointId } = await subscribe(deps, hooks.url, ['points.earned']);
    await enrolWithPoints(deps, 'm1', 0);

    // Act
    await fruitShopEarn(deps, 'm1', 'earn-1', 10_000);
    await deliveriesSettle(deps, endpointId, queue, 1);

    // Assert
    expect(hooks.received).toHaveLength(3);
    expect(new Set(hooks.received.map((event) => event.headers['webhook-id'])).size).toBe(1);
    const { items } = await listWebhookDeliveries(deps, endpointId, 'delivered', { limit: 10, cursor: null });
    expect(items).toMatchObject([{ attempts: 3, lastStatus: 204 }]);
  });

  it('disables an endpoint that answers 410, and records the delivery failed', async () => {
    // Arrange
    const { deps, queue } = await deliveringWorld();
    const hooks = await receiver(() => 410);
    const { endpointId } = await subscribe(deps, hooks.url, ['points.earned']);
    await enrolWithPoints(deps, 'm1', 0);

    // Act
    await fruitShopEarn(deps, 'm1', 'earn-1', 10_000);
    await deliveriesSettle(deps, endpointId, queue, 1);

    // Assert
    expect(hooks.received).toHaveLength(1);
    expect((await deps.webhooks.getEndpoint(endpointId))!.active).toBe(false);
    const { items } = await listWebhookDeliveries(deps, endpointId, 'failed', { limit: 10, cursor: null });
    expect(items).toMatchObject([{ type: 'points.earned', attempts: 1, lastStatus: 410, nextAttemptAt: null }]);
  });

  it('replays the events of a period with their own ids', async () => {
    // Arrange
    const { deps, queue } = await deliveringWorld();
    const hooks = await receiver();
    const { endpointId } = await subscribe(deps, hooks.url, ['points.earned']);
    await enrolWithPoints(deps, 'm1', 0);
    const from = new Date(Date.now() - 60_000).toISOString();
    await fruitShopEarn(deps, 'm1', 'earn-1', 10_000);
    await fruitShopEarn(deps, 'm1', 'earn-2', 20_000);
    await deliveriesSettle(deps, endpointId, queue, 2);
    const firstIds = hooks.received.map((event) => event.headers['webhook-id']).sort();

    // Act
    await replayWebhookEvents(deps, endpointId, { from, to: new Date(Date.now() + 60_000).toISOString() });
    await vi.waitFor(() => expect(hooks.received).toHaveLength(4), { timeout: 60_000, interval: 100 });
    await deliveriesSettle(deps, endpointId, queue, 2);

    // Assert
    expect(
      hooks.received
        .slice(2)
        .map((event) => event.headers['webhook-id'])
        .sort(),
    ).toEqual(firstIds);
    expect(
      hooks.received
        .slice(2)
        .map((event) => event.body)
        .sort(),
    ).toEqual(
      hooks.received
        .slice(0, 2)
        .map((event) => event.body)
        .sort(),
    );
  });

  it('sends a merchant-scoped endpoint only the events of entries its merchant’s keys posted', async () => {
    // Arrange
    const { deps, queue } = await deliveringWorld();
    const fruit = await receiver();
    const hotel = await receiver();
    const everyone = await receiver();
    const fruitEndpoint = await subscribe(deps, fruit.url, ['points.earned'], 'fruit-shop');
    const hotelEndpoint = await subscribe(deps, hotel.url, ['points.earned'], 'lakeside-hotel');
    const allEndpoint = await subscribe(deps, everyone.url, ['points.earned']);
    await enrolWithPoints(deps, 'm1', 0);

    // Act
    const earned = await fruitShopEarn(deps, 'm1', 'earn-1', 10_000);
    await deliveriesSettle(deps, allEndpoint.endpointId, queue, 1);
    await deliveriesSettle(deps, fruitEndpoint.endpointId, queue, 1);

    // Assert
    expect(fruit.received.map((event) => event.json.data)).toEqual([earned.body]);
    expect(everyone.received.map((event) => event.json.data)).toEqual([earned.body]);
    expect(hotel.received).toEqual([]);
    expect(
      (await listWebhookDeliveries(deps, hotelEndpoint.endpointId, null, { limit: 10, cursor: null })).items,
    ).toEqual([]);
  });
});
