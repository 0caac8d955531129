import { describe, expect, it } from 'vitest';
import { requestHash, transactionIdFor } from '../../../shared/application/idempotency.js';

describe('Function: transactionIdFor', () => {
  it('gives the same id for the same owner and key', () => {
    // Act
    const first = transactionIdFor('fruit-shop', 'order-1001');
    const retry = transactionIdFor('fruit-shop', 'order-1001');

    // Assert
    expect(retry).toBe(first);
    expect(first).toMatch(/^tx_[A-Za-z0-9_-]{24}$/);
  });

  it('scopes the key to its owner', () => {
    // Act
    const ids = [
      transactionIdFor('fruit-shop', 'order-1001'),
      transactionIdFor('lakeside-hotel', 'order-1001'),
      transactionIdFor('admin', 'order-1001'),
    ];

    // Assert
    expect(new Set(ids).size).toBe(3);
  });

  it('gives different keys of one owner different ids', () => {
    // Act
    const a = transactionIdFor('fruit-shop', 'order-1001');
    const b = transactionIdFor('fruit-shop', 'order-1002');

    // Assert
    expect(a).not.toBe(b);
  });

  it('keeps owner and key apart, so no split of the same characters collides', () => {
    // Act: both pairs concatenate to "fruit-shop1"
    const a = transactionIdFor('fruit-', 'shop1');
    const b = transactionIdFor('fruit-shop', '1');

    // Assert
    expect(a).not.toBe(b);
  });
});

describe('Function: requestHash', () => {
  const route = 'POST /v1/earn';

  it('ignores the order of keys, at any depth', () => {
    // Arrange
    const body = { memberId: 'm-1', amountMinor: 2_000, reference: 'r-1', extra: { b: 1, a: [{ y: 2, x: 1 }] } };
    const reordered = { extra: { a: [{ x: 1, y: 2 }], b: 1 }, reference: 'r-1', amountMinor: 2_000, memberId: 'm-1' };

    // Act
    const hashes = [requestHash(route, body), requestHash(route, reordered)];

    // Assert
    expect(hashes[1]).toBe(hashes[0]);
  });

  it('ignores the whitespace of the JSON the body came in', () => {
    // Arrange
    const compact = JSON.parse('{"memberId":"m-1","amountMinor":2000}') as unknown;
    const spaced = JSON.parse('{\n  "amountMinor" : 2000 ,\n  "memberId" : "m-1"\n}') as unknown;

    // Act
    const hashes = [requestHash(route, compact), requestHash(route, spaced)];

    // Assert
    expect(hashes[1]).toBe(hashes[0]);
  });

  it.each([
    ['a different amount', { memberId: 'm-1', amountMinor: 2_001 }],
    ['a different member', { memberId: 'm-2', amountMinor: 2_000 }],
    ['a number given as a string', { memberId: 'm-1', amountMinor: '2000' }],
    ['an extra field', { memberId: 'm-1', amountMinor: 2_000, nights: 1 }],
    ['a missing field', { memberId: 'm-1' }],
  ])('changes with %s', (_label, changed) => {
    // Arrange
    const original = { memberId: 'm-1', amountMinor: 2_000 };

    // Act
    const hashes = [requestHash(route, original), requestHash(route, changed)];

    // Assert
    expect(hashes[1]).not.toBe(hashes[0]);
  });

  it('changes with the order of an array', () => {
    // Act
    const a = requestHash(route, { tags: ['a', 'b'] });
    const b = requestHash(route, { tags: ['b', 'a'] });

    // Assert
    expect(a).not.toBe(b);
  });

  it('changes with the route', () => {
    // Arrange
    const body = { memberId: 'm-1', points: 100, reason: 'goodwill' };

    // Act
    const a = requestHash('POST /v1/admin/adjustments', body);
    const b = requestHash('POST /v1/redemptions', body);

    // Assert
    expect(a).not.toBe(b);
  });
});
