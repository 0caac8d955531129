import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { keyHasExpired } from '../domain/api-keys.js';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import type { StoredApiKey } from '../ports/key-store.js';
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

/** Whether `stored` is the presented key, still there, unexpired at `now`, with this secret. */
function keyAccepted(stored: StoredApiKey | null | undefined, secret: string, now: Date): stored is StoredApiKey {
  return !!stored && !keyHasExpired(stored.expiresAt, now) && secretMatches(secret, stored.secretHash);
}

/**
 * A merchant key whose merchant this container already knows, not checked yet:
 * the use case reads the key's item in the same round trip as the member and
 * checks it before it replays, decides or writes anything. A revoked or
 * expired key still stops at once: its item is read on every request, and
 * judged at the time the request arrived.
 */
export class PendingKey {
  // A private field, not a property: a logged request never shows the secret.
  readonly #secret: string;
  #confirmed = false;

  constructor(
    readonly keyId: string,
    secret: string,
    readonly merchantId: string,
    private readonly now: Date,
  ) {
    this.#secret = secret;
  }

  get confirmed(): boolean {
    return this.#confirmed;
  }

  /** 401 unless `stored` is this key, still there, unexpired, with this secret and merchant. */
  confirm(stored: StoredApiKey | null | undefined): void {
    if (!keyAccepted(stored, this.#secret, this.now) || stored.merchantId !== this.merchantId)
      throw new UnauthenticatedError();
    this.#confirmed = true;
  }

  /** Checks the key with a read of its own (a request that ends before its use case's read). */
  async confirmAlone(deps: Deps): Promise<void> {
    if (!this.#confirmed) this.confirm(await deps.keys.get(this.keyId));
  }
}

/** Who is calling; `pending` when the caller's key is still to be checked (PendingKey). */
export interface Identified {
  caller: Caller;
  pending: PendingKey | null;
}

function bearerToken(authorization: string | undefined): string | null {
  const match = /^bearer +(\S+)$/i.exec(authorization?.trim() ?? '');
  return match ? match[1]! : null;
}

async function identifyKey(deps: Deps, apiKey: string, leaveKnownKey: boolean): Promise<Identified | null> {
  if (apiKey.startsWith(MERCHANT_KEY_PREFIX)) {
    const body = apiKey.slice(MERCHANT_KEY_PREFIX.length);
    const dot = body.indexOf('.');
    const keyId = body.slice(0, dot);
    const secret = body.slice(dot + 1);
    // Exactly `<keyId>.<secret>` as issued; anything else is refused before any lookup.
    if (!ISSUED_KEY_ID.test(keyId) || !ISSUED_SECRET.test(secret)) return null;
    const known = leaveKnownKey ? deps.keys.knownMerchant(keyId) : undefined;
    const now = deps.clock.now();
    if (known !== undefined)
      return {
        caller: { kind: 'merchant', merchantId: known, keyId },
        pending: new PendingKey(keyId, secret, known, now),
      };
    const stored = await deps.keys.get(keyId);
    return keyAccepted(stored, secret, now)
      ? { caller: { kind: 'merchant', merchantId: stored.merchantId, keyId }, pending: null }
      : null;
  }
  return (await deps.adminKey.verify(apiKey)) ? { caller: { kind: 'admin' }, pending: null } : null;
}

/**
 * 401 for a missing, unknown, revoked or expired key; 403 for a merchant key on an
 * operator route. With `leaveKnownKey`, a merchant key whose merchant the
 * container knows comes back `pending`, for the use case to check in its own
 * read; only on routes open to merchant keys, so no 403 is decided on an unchecked key.
 */
export async function identify(
  deps: Deps,
  authorization: string | undefined,
  access: Exclude<Access, 'public'>,
  leaveKnownKey = false,
): Promise<Identified> {
  const apiKey = bearerToken(authorization);
  const identified = apiKey ? await identifyKey(deps, apiKey, leaveKnownKey && access !== 'admin') : null;
  if (!identified) throw new UnauthenticatedError();
  const { caller } = identified;
  if (access === 'admin' && caller.kind !== 'admin') throw new ForbiddenError('This route needs the operator key.');
  if (access === 'merchantOnly' && caller.kind !== 'merchant')
    throw new ForbiddenError('This route is for merchant keys.');
  return identified;
}
