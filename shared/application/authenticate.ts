import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import type { Access } from './access.js';
import type { Caller, Deps } from './deps.js';

const MERCHANT_KEY_PREFIX = 'jf_';
const ISSUED_KEY_ID = /^[0-9a-f]{16}$/;
const ISSUED_SECRET = /^[A-Za-z0-9_-]{43}$/;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares two secrets' hashes in constant time, so timing reveals nothing about either. */
export function secretMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A new merchant key: `jf_<keyId>.<secret>`; only the secret's hash is ever stored. */
export function newMerchantKey(): { keyId: string; secret: string; apiKey: string } {
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { keyId, secret, apiKey: `${MERCHANT_KEY_PREFIX}${keyId}.${secret}` };
}

function bearerToken(authorization: string | undefined): string | null {
  const match = /^bearer +(\S+)$/i.exec(authorization?.trim() ?? '');
  return match ? match[1]! : null;
}

async function callerFor(deps: Deps, apiKey: string): Promise<Caller | null> {
  if (apiKey.startsWith(MERCHANT_KEY_PREFIX)) {
    const body = apiKey.slice(MERCHANT_KEY_PREFIX.length);
    const dot = body.indexOf('.');
    const keyId = body.slice(0, dot);
    const secret = body.slice(dot + 1);
    // Exactly `<keyId>.<secret>` as issued; anything else is refused before any lookup.
    if (!ISSUED_KEY_ID.test(keyId) || !ISSUED_SECRET.test(secret)) return null;
    const stored = await deps.keys.get(keyId);
    return stored && secretMatches(secret, stored.secretHash)
      ? { kind: 'merchant', merchantId: stored.merchantId, keyId }
      : null;
  }
  return (await deps.adminKey.verify(apiKey)) ? { kind: 'admin' } : null;
}

/** 401 for a missing, unknown or revoked key; 403 for a merchant key on an operator route. */
export async function authenticate(deps: Deps, authorization: string | undefined, access: Access): Promise<Caller | null> {
  if (access === 'public') return null;
  const apiKey = bearerToken(authorization);
  const caller = apiKey ? await callerFor(deps, apiKey) : null;
  if (!caller) throw new UnauthenticatedError();
  if (access === 'admin' && caller.kind !== 'admin') throw new ForbiddenError('This route needs the operator key.');
  if (access === 'merchantOnly' && caller.kind !== 'merchant') throw new ForbiddenError('This route is for merchant keys.');
  return caller;
}
