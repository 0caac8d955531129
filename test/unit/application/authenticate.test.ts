import { describe, expect, it } from 'vitest';
import {
  hashSecret,
  identify,
  newMerchantKey,
  PendingKey,
  secretMatches,
} from '../../../shared/application/authenticate.js';
import type { Deps } from '../../../shared/application/deps.js';
import { ForbiddenError, UnauthenticatedError } from '../../../shared/domain/errors.js';
import type { StoredApiKey } from '../../../shared/ports/key-store.js';

const ADMIN_KEY = 'operator-secret-0123456789';
const NOW = new Date('2027-03-15T12:00:00.000Z');

/** Just the two ports authentication reads: an in-memory key store (which remembers the merchant of each key it read) and an admin-key check. */
function stubDeps() {
  const stored = new Map<string, StoredApiKey>();
  const known = new Map<string, string>();
  const reads: string[] = [];
  const deps = {
    keys: {
      put: async (key: StoredApiKey) => void stored.set(key.keyId, key),
      get: async (keyId: string) => {
        reads.push(keyId);
        const key = stored.get(keyId) ?? null;
        if (key) known.set(keyId, key.merchantId);
        return key;
      },
      knownMerchant: (keyId: string) => known.get(keyId),
      revoke: async (keyId: string) => stored.delete(keyId),
    },
    adminKey: { verify: async (presented: string) => presented === ADMIN_KEY },
    clock: { now: () => NOW },
  } as Pick<Deps, 'keys' | 'adminKey' | 'clock'> as Deps;
  return { deps, stored, reads };
}

async function issueKey(deps: Deps, merchantId: string, expiresAt: string | null = null) {
  const key = newMerchantKey();
  await deps.keys.put({
    keyId: key.keyId,
    merchantId,
    secretHash: hashSecret(key.secret),
    createdAt: '2027-03-15T10:00:00.000Z',
    expiresAt,
  });
  return key;
}

describe('Function: identify (checking every key at once)', () => {
  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['the scheme alone', 'Bearer'],
    ['the scheme and a space', 'Bearer '],
    ['another scheme', `Basic ${ADMIN_KEY}`],
    ['a token scheme', `Token ${ADMIN_KEY}`],
    ['the key without a scheme', ADMIN_KEY],
    ['two tokens', `Bearer ${ADMIN_KEY} extra`],
    ['an unknown key', 'Bearer not-the-operator-key'],
  ])('refuses %s as unauthenticated', async (_label, header) => {
    // Arrange
    const { deps } = stubDeps();

    // Act
    const attempt = identify(deps, header, 'merchant');

    // Assert
    await expect(attempt).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(attempt).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it.each(['Bearer', 'bearer', 'BEARER', 'bEaReR'])('accepts the operator key under the scheme %s', async (scheme) => {
    // Arrange
    const { deps } = stubDeps();

    // Act
    const { caller } = await identify(deps, `${scheme} ${ADMIN_KEY}`, 'admin');

    // Assert
    expect(caller).toEqual({ kind: 'admin' });
  });

  it('identifies a merchant key’s merchant', async () => {
    // Arrange
    const { deps } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');

    // Act
    const { caller } = await identify(deps, `Bearer ${key.apiKey}`, 'merchant');

    // Assert
    expect(caller).toEqual({ kind: 'merchant', merchantId: 'fruit-shop', keyId: key.keyId });
  });

  it('lets the operator key call merchant routes', async () => {
    // Arrange
    const { deps } = stubDeps();

    // Act
    const { caller } = await identify(deps, `Bearer ${ADMIN_KEY}`, 'merchant');

    // Assert
    expect(caller).toEqual({ kind: 'admin' });
  });

  it('forbids a valid merchant key on an operator route', async () => {
    // Arrange
    const { deps } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');

    // Act
    const attempt = identify(deps, `Bearer ${key.apiKey}`, 'admin');

    // Assert
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('answers an invalid key on an operator route with 401, not 403', async () => {
    // Arrange
    const { deps } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');

    // Act
    const attempt = identify(deps, `Bearer jf_${key.keyId}.wrong-secret`, 'admin');

    // Assert
    await expect(attempt).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses a merchant key with the wrong secret', async () => {
    // Arrange
    const { deps } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');
    const other = newMerchantKey();

    // Act
    const attempt = identify(deps, `Bearer jf_${key.keyId}.${other.secret}`, 'merchant');

    // Assert
    await expect(attempt).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses a revoked key at once', async () => {
    // Arrange
    const { deps } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');
    await identify(deps, `Bearer ${key.apiKey}`, 'merchant');
    await deps.keys.revoke(key.keyId);

    // Act
    const attempt = identify(deps, `Bearer ${key.apiKey}`, 'merchant');

    // Assert
    await expect(attempt).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it.each([
    ['at its expiry', NOW.toISOString()],
    ['a millisecond after its expiry', '2027-03-15T11:59:59.999Z'],
  ])('refuses a key %s', async (_label, expiresAt) => {
    // Arrange
    const { deps } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop', expiresAt);

    // Act
    const attempt = identify(deps, `Bearer ${key.apiKey}`, 'merchant');

    // Assert
    await expect(attempt).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('accepts a key a millisecond before its expiry', async () => {
    // Arrange
    const { deps } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop', '2027-03-15T12:00:00.001Z');

    // Act
    const { caller } = await identify(deps, `Bearer ${key.apiKey}`, 'merchant');

    // Assert
    expect(caller).toEqual({ kind: 'merchant', merchantId: 'fruit-shop', keyId: key.keyId });
  });

  it.each([
    ['no separator', (keyId: string, secret: string) => `jf_${keyId}${secret}`],
    ['an empty key id', (_keyId: string, secret: string) => `jf_.${secret}`],
    ['an empty secret', (keyId: string) => `jf_${keyId}.`],
    ['another key id', (_keyId: string, secret: string) => `jf_0000000000000000.${secret}`],
  ])('refuses a merchant key with %s', async (_label, build) => {
    // Arrange
    const { deps } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');

    // Act
    const attempt = identify(deps, `Bearer ${build(key.keyId, key.secret)}`, 'merchant');

    // Assert
    await expect(attempt).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses an issued key with characters appended after another dot', async () => {
    // Arrange: `jf_<keyId>.<secret>.x` is not the key that was issued
    const { deps } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');

    // Act
    const attempt = identify(deps, `Bearer ${key.apiKey}.x`, 'merchant');

    // Assert
    await expect(attempt).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe('Function: secretMatches', () => {
  it('is true for the secret whose hash is stored', () => {
    // Act
    const matches = secretMatches('s3cret', hashSecret('s3cret'));

    // Assert
    expect(matches).toBe(true);
  });

  it('is false for another secret', () => {
    // Act
    const matches = secretMatches('s3cret!', hashSecret('s3cret'));

    // Assert
    expect(matches).toBe(false);
  });

  it.each(['', 'not-hex', 'abcd'])(
    'is false, without throwing, for a stored hash %j of the wrong shape',
    (storedHash) => {
      // Act
      const matches = secretMatches('s3cret', storedHash);

      // Assert
      expect(matches).toBe(false);
    },
  );
});

describe('Function: hashSecret', () => {
  it('is a stable SHA-256 hex digest that differs from the secret', () => {
    // Act
    const hash = hashSecret('s3cret');

    // Assert
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret('s3cret')).toBe(hash);
    expect(hashSecret('s3cret2')).not.toBe(hash);
  });
});

describe('Function: newMerchantKey', () => {
  it('builds the key as jf_<keyId>.<secret>', () => {
    // Act
    const key = newMerchantKey();

    // Assert
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(key.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key.apiKey).toBe(`jf_${key.keyId}.${key.secret}`);
  });

  it('never issues the same key twice', () => {
    // Act
    const keys = Array.from({ length: 50 }, () => newMerchantKey());

    // Assert
    expect(new Set(keys.map((key) => key.keyId)).size).toBe(50);
    expect(new Set(keys.map((key) => key.secret)).size).toBe(50);
  });
});

describe('Function: identify', () => {
  it('leaves a key whose merchant the container knows to be checked later, reading nothing', async () => {
    // Arrange
    const { deps, reads } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');
    await identify(deps, `Bearer ${key.apiKey}`, 'merchant', true);
    reads.length = 0;

    // Act
    const identified = await identify(deps, `Bearer ${key.apiKey}`, 'merchant', true);

    // Assert
    expect(identified.caller).toEqual({ kind: 'merchant', merchantId: 'fruit-shop', keyId: key.keyId });
    expect(identified.pending).toBeInstanceOf(PendingKey);
    expect(identified.pending).toMatchObject({ keyId: key.keyId, merchantId: 'fruit-shop', confirmed: false });
    expect(reads).toEqual([]);
  });

  it('checks a key it has not seen at once', async () => {
    // Arrange
    const { deps, reads } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');

    // Act
    const identified = await identify(deps, `Bearer ${key.apiKey}`, 'merchant', true);

    // Assert
    expect(identified).toEqual({
      caller: { kind: 'merchant', merchantId: 'fruit-shop', keyId: key.keyId },
      pending: null,
    });
    expect(reads).toEqual([key.keyId]);
  });

  it.each(['admin', 'merchantOnly', 'merchant'] as const)(
    'on a %s route without leaving keys, checks a known key at once',
    async (access) => {
      // Arrange: a revoked key whose merchant is known
      const { deps } = stubDeps();
      const key = await issueKey(deps, 'fruit-shop');
      await identify(deps, `Bearer ${key.apiKey}`, 'merchant', true);
      await deps.keys.revoke(key.keyId);

      // Act
      const attempt = identify(deps, `Bearer ${key.apiKey}`, access);

      // Assert
      await expect(attempt).rejects.toBeInstanceOf(UnauthenticatedError);
    },
  );

  it('never leaves a key pending on an operator route, so an unchecked key is never answered 403', async () => {
    // Arrange
    const { deps } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');
    await identify(deps, `Bearer ${key.apiKey}`, 'merchant', true);
    await deps.keys.revoke(key.keyId);

    // Act
    const attempt = identify(deps, `Bearer ${key.apiKey}`, 'admin', true);

    // Assert
    await expect(attempt).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe('Class: PendingKey', () => {
  const issued = () => {
    const key = newMerchantKey();
    const stored: StoredApiKey = {
      keyId: key.keyId,
      merchantId: 'fruit-shop',
      secretHash: hashSecret(key.secret),
      createdAt: '2027-03-15T10:00:00.000Z',
      expiresAt: null,
    };
    return { key, stored };
  };

  it('is confirmed by its own stored key', () => {
    // Arrange
    const { key, stored } = issued();
    const pending = new PendingKey(key.keyId, key.secret, 'fruit-shop', NOW);

    // Act
    pending.confirm(stored);

    // Assert
    expect(pending.confirmed).toBe(true);
  });

  it.each([
    ['no stored key (revoked)', (): StoredApiKey | null => null],
    ['another secret', (stored: StoredApiKey) => ({ ...stored, secretHash: hashSecret('another secret') })],
    ['another merchant', (stored: StoredApiKey) => ({ ...stored, merchantId: 'lakeside-hotel' })],
    ['an expiry at the request time', (stored: StoredApiKey) => ({ ...stored, expiresAt: NOW.toISOString() })],
    ['an expiry before it', (stored: StoredApiKey) => ({ ...stored, expiresAt: '2027-03-15T11:59:59.999Z' })],
  ])('refuses %s with 401 and stays unconfirmed', (_label, change) => {
    // Arrange
    const { key, stored } = issued();
    const pending = new PendingKey(key.keyId, key.secret, 'fruit-shop', NOW);

    // Act
    const attempt = () => pending.confirm(change(stored));

    // Assert
    expect(attempt).toThrow(UnauthenticatedError);
    expect(pending.confirmed).toBe(false);
  });

  it('never shows its secret when it is logged or serialised', () => {
    // Arrange
    const { key } = issued();

    // Act
    const pending = new PendingKey(key.keyId, key.secret, 'fruit-shop', NOW);

    // Assert
    expect(JSON.stringify({ request: { keyCheck: pending } })).not.toContain(key.secret);
    expect(Object.values(pending)).not.toContain(key.secret);
  });

  it('checks itself with a read of its own when a request ends before its use case read it', async () => {
    // Arrange
    const { deps, reads } = stubDeps();
    const key = await issueKey(deps, 'fruit-shop');
    const pending = new PendingKey(key.keyId, key.secret, 'fruit-shop', NOW);

    // Act
    await pending.confirmAlone(deps);
    await pending.confirmAlone(deps);

    // Assert
    expect(pending.confirmed).toBe(true);
    expect(reads).toEqual([key.keyId]);
  });
});
