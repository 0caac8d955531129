import { createHash } from 'node:crypto';

/**
 * A transaction's id is derived from its owner and Idempotency-Key, so the
 * ledger entry itself is the idempotency record: a retry addresses the same item.
 */
export function transactionIdFor(owner: string, idempotencyKey: string): string {
  const digest = createHash('sha256').update(`${owner}\n${idempotencyKey}`).digest('base64url');
  return `tx_${digest.slice(0, 24)}`;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Hash of what the request asks for, insensitive to key order and whitespace. */
export function requestHash(route: string, body: unknown): string {
  return createHash('sha256')
    .update(`${route}\n${JSON.stringify(canonical(body))}`)
    .digest('base64url');
}
