import { describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from '../../../clients/typescript/src/index.js';
import { newSecret, signatureHeader } from '../../../shared/domain/webhook-signature.js';

/** The client checks what jifen's own signer (node:crypto) wrote, with WebCrypto. */
const now = new Date('2027-03-15T10:00:00.000Z');
const sentAt = Math.floor(now.getTime() / 1000);
const body = JSON.stringify({
  type: 'points.earned',
  timestamp: now.toISOString(),
  data: { transactionId: 'tx1', points: 250 },
});

function delivery(secrets: string[], overrides: Record<string, string> = {}) {
  return {
    'Webhook-Id': 'evt_1',
    'Webhook-Timestamp': String(sentAt),
    'Webhook-Signature': signatureHeader(secrets, 'evt_1', sentAt, body),
    ...overrides,
  };
}

describe("The TypeScript client's webhook verifier", () => {
  it('accepts the Standard Webhooks reference vector', async () => {
    const vector = {
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      headers: {
        'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
        'webhook-timestamp': '1614265330',
        'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
      },
      body: '{"test": 2432232314}',
      now: new Date(1614265330 * 1000),
    };
    await expect(verifyWebhook(vector)).resolves.toEqual({ test: 2432232314 });
  });

  it('returns the event jifen signed, headers in any case, from a Headers object too', async () => {
    const secret = newSecret();
    await expect(verifyWebhook({ secret, headers: delivery([secret]), body, now })).resolves.toMatchObject({
      type: 'points.earned',
      data: { points: 250 },
    });
    await expect(verifyWebhook({ secret, headers: new Headers(delivery([secret])), body, now })).resolves.toMatchObject(
      { type: 'points.earned' },
    );
  });

  it('accepts either secret while a rotated one still signs', async () => {
    const [current, previous] = [newSecret(), newSecret()];
    const headers = delivery([current, previous]);
    await expect(verifyWebhook({ secret: previous, headers, body, now })).resolves.toMatchObject({
      type: 'points.earned',
    });
    await expect(verifyWebhook({ secret: current, headers, body, now })).resolves.toMatchObject({
      type: 'points.earned',
    });
  });

  it('refuses another secret, a changed body, a changed id, a missing header and an old timestamp', async () => {
    const secret = newSecret();
    const refusals = [
      () => verifyWebhook({ secret: newSecret(), headers: delivery([secret]), body, now }),
      () => verifyWebhook({ secret, headers: delivery([secret]), body: body.replace('250', '2500'), now }),
      () => verifyWebhook({ secret, headers: delivery([secret], { 'Webhook-Id': 'evt_2' }), body, now }),
      () => verifyWebhook({ secret, headers: delivery([secret], { 'Webhook-Signature': '' }), body, now }),
      () =>
        verifyWebhook({ secret, headers: delivery([secret], { 'Webhook-Signature': 'v1,not-base64!' }), body, now }),
      () => verifyWebhook({ secret, headers: delivery([secret]), body, now: new Date(now.getTime() + 301_000) }),
    ];
    for (const refusal of refusals) await expect(refusal()).rejects.toBeInstanceOf(WebhookVerificationError);
  });
});
