import { ValidationError } from './errors.js';
import { addMonths } from './time.js';

/** A merchant key lives at most this long, so every key is reviewed within two years of its issue. */
export const KEY_LIFETIME_MAX_MONTHS = 24;

/** 400 naming `expiresAt` unless it lies in the future and at most two years ahead of `now`. */
export function assertKeyExpiryAllowed(expiresAt: string, now: Date): void {
  const at = Date.parse(expiresAt);
  if (at <= now.getTime()) throw new ValidationError([{ path: 'expiresAt', message: 'must be in the future' }]);
  if (at > addMonths(now, KEY_LIFETIME_MAX_MONTHS).getTime()) {
    throw new ValidationError([{ path: 'expiresAt', message: 'must be at most 2 years ahead' }]);
  }
}

/** A key with an expiry stops working at that instant; a key without one works until revoked. */
export function keyHasExpired(expiresAt: string | null, now: Date): boolean {
  return expiresAt !== null && Date.parse(expiresAt) <= now.getTime();
}
