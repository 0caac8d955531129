import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newSecret, signatureHeader } from '../../../shared/domain/webhook-signature.js';
import { forbiddenAddress, urlRefusal } from '../../../shared/domain/webhook-url.js';
import {
  attemptOutcome,
  endpointWants,
  nextRetryDelaySeconds,
  RETRY_WINDOW_SECONDS,
} from '../../../shared/domain/webhooks.js';

describe('Function: signatureHeader (Standard Webhooks)', () => {
  it('reproduces the Standard Webhooks reference test vector', () => {
    // The vector the reference libraries test against (secret, id, timestamp, body → signature).
    const header = signatureHeader(
      ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(header).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('signs with each secret, space-separated, the current one first', () => {
    // Arrange
    const [current, previous] = [newSecret(), newSecret()];
    const expected = (secret: string) =>
      `v1,${createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
        .update('evt_1.1700000000.{"a":1}')
        .digest('base64')}`;

    // Act
    const header = signatureHeader([current, previous], 'evt_1', 1700000000, '{"a":1}');

    // Assert
    expect(header).toBe(`${expected(current)} ${expected(previous)}`);
  });

  it('makes secrets of whsec_ and the base64 of 32 random bytes', () => {
    const [a, b] = [newSecret(), newSecret()];
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(a).not.toBe(b);
  });
});

describe('Function: urlRefusal', () => {
  it.each([
    'https://partner.example/hooks',
    'https://partner.example:8443/hooks?x=1',
    'https://93.184.216.34/hooks',
    'https://[2606:4700::1111]/hooks',
  ])('accepts %s when deployed', (url) => {
    expect(urlRefusal(url, 'deployed')).toBeNull();
  });

  it.each([
    ['http://partner.example/hooks', 'must be https'],
    ['http://127.0.0.1:3000/hooks', 'must be https'],
    ['https://127.0.0.1/hooks', 'must not be a private'],
    ['https://localhost/hooks', 'must not name this machine'],
    ['https://api.localhost/hooks', 'must not name this machine'],
    ['https://10.0.0.5/hooks', 'must not be a private'],
    ['https://172.20.1.1/hooks', 'must not be a private'],
    ['https://192.168.1.1/hooks', 'must not be a private'],
    ['https://169.254.169.254/latest', 'must not be a private'],
    ['https://100.64.0.1/hooks', 'must not be a private'],
    ['https://0.0.0.0/hooks', 'must not be a private'],
    ['https://[::1]/hooks', 'must not be a private'],
    ['https://[fd00:ec2::254]/hooks', 'must not be a private'],
    ['https://[fe80::1]/hooks', 'must not be a private'],
    ['https://[::ffff:10.0.0.1]/hooks', 'must not be a private'],
    ['https://metadata.google.internal/', 'must not name this machine'],
    ['https://user:pw@partner.example/', 'must not carry'],
    ['partner.example/hooks', 'must be an absolute URL'],
    ['ftp://partner.example/hooks', 'must be https'],
  ])('refuses %s when deployed', (url, reason) => {
    expect(urlRefusal(url, 'deployed')).toContain(reason);
  });

  it('accepts http and https to this machine locally, and still refuses other private addresses there', () => {
    expect(urlRefusal('http://127.0.0.1:4000/hooks', 'local')).toBeNull();
    expect(urlRefusal('http://localhost:4000/hooks', 'local')).toBeNull();
    expect(urlRefusal('http://[::1]:4000/hooks', 'local')).toBeNull();
    expect(urlRefusal('http://partner.example/hooks', 'local')).toContain('must be https');
    expect(urlRefusal('https://10.0.0.5/hooks', 'local')).toContain('must not be a private');
  });
});

describe('Function: forbiddenAddress (checked after DNS resolution)', () => {
  it('refuses private, loopback, link-local and metadata addresses when deployed, and allows public ones', () => {
    for (const address of [
      '10.1.2.3',
      '127.0.0.1',
      '169.254.169.254',
      '172.31.255.255',
      '192.168.0.1',
      '::1',
      'fd00:ec2::254',
      'fe80::abcd',
      '::ffff:192.168.0.1',
    ]) {
      expect(forbiddenAddress(address, 'deployed'), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111']) {
      expect(forbiddenAddress(address, 'deployed'), address).toBe(false);
    }
  });

  it('allows only loopback beyond the public addresses locally', () => {
    expect(forbiddenAddress('127.0.0.1', 'local')).toBe(false);
    expect(forbiddenAddress('::1', 'local')).toBe(false);
    expect(forbiddenAddress('10.0.0.1', 'local')).toBe(true);
  });
});

describe('Function: nextRetryDelaySeconds', () => {
  const first = new Date('2027-01-01T00:00:00Z');
  const secondsAfterFirst = (seconds: number) => new Date(first.getTime() + seconds * 1000);

  it('waits about 5 s after the first failure, 30 s after the second, then longer', () => {
    expect(nextRetryDelaySeconds(1, first, first)).toBe(5);
    expect(nextRetryDelaySeconds(2, first, secondsAfterFirst(5))).toBe(30);
    const later = [3, 4, 5, 6, 7, 8].map((n) => nextRetryDelaySeconds(n, first, secondsAfterFirst(60))!);
    expect(later).toEqual([...later].sort((a, b) => a - b));
    expect(later[0]).toBeGreaterThan(30);
  });

  it('keeps retrying for at least 24 h, then gives up', () => {
    // Follow the schedule from the first failure until it gives up.
    let elapsed = 0;
    let failures = 1;
    for (
      let delay = nextRetryDelaySeconds(failures, first, secondsAfterFirst(elapsed));
      delay !== null;
      delay = nextRetryDelaySeconds(++failures, first, secondsAfterFirst(elapsed))
    ) {
      elapsed += delay;
    }
    expect(elapsed).toBeGreaterThanOrEqual(RETRY_WINDOW_SECONDS);
    expect(failures).toBeLessThan(20);
    expect(nextRetryDelaySeconds(3, first, secondsAfterFirst(RETRY_WINDOW_SECONDS - 1))).not.toBeNull();
  });
});

describe('Function: attemptOutcome and endpointWants', () => {
  it('delivers on any 2xx, disables on 410 and retries everything else', () => {
    expect([200, 202, 204, 299].map(attemptOutcome)).toEqual(['delivered', 'delivered', 'delivered', 'delivered']);
    expect(attemptOutcome(410)).toBe('gone');
    expect([null, 199, 301, 400, 404, 429, 500, 503].map(attemptOutcome)).toEqual(Array(8).fill('retry'));
  });

  it('sends an endpoint the types it subscribes to, of its merchant only when it has one, and nothing when inactive', () => {
    const event = { type: 'points.earned' as const, merchantId: 'fruit-shop' };
    expect(endpointWants({ active: true, events: ['points.earned'], merchantId: null }, event)).toBe(true);
    expect(endpointWants({ active: true, events: ['points.earned'], merchantId: 'fruit-shop' }, event)).toBe(true);
    expect(endpointWants({ active: true, events: ['points.earned'], merchantId: 'lakeside-hotel' }, event)).toBe(false);
    expect(endpointWants({ active: true, events: ['points.redeemed'], merchantId: null }, event)).toBe(false);
    expect(endpointWants({ active: false, events: ['points.earned'], merchantId: null }, event)).toBe(false);
    expect(
      endpointWants(
        { active: true, events: ['points.earned'], merchantId: 'fruit-shop' },
        { ...event, merchantId: null },
      ),
    ).toBe(false);
  });
});
