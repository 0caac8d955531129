import { describe, expect, it } from 'vitest';
import { assertKeyExpiryAllowed, keyHasExpired } from '../../../shared/domain/api-keys.js';
import { ValidationError } from '../../../shared/domain/errors.js';
import { isReservedMerchantId } from '../../../shared/domain/reserved-names.js';
import { thrownBy } from './fixtures.js';

const NOW = new Date('2027-03-15T10:00:00.000Z');

describe('Function: assertKeyExpiryAllowed', () => {
  it.each(['2027-03-15T10:00:00.001Z', '2029-03-15T10:00:00.000Z'])(
    'accepts %s: in the future, at most 2 years ahead',
    (expiresAt) => {
      // Act
      const check = () => assertKeyExpiryAllowed(expiresAt, NOW);

      // Assert
      expect(check).not.toThrow();
    },
  );

  it.each([
    ['now', '2027-03-15T10:00:00.000Z', 'must be in the future'],
    ['the past', '2026-01-01T00:00:00Z', 'must be in the future'],
    ['a millisecond past 2 years', '2029-03-15T10:00:00.001Z', 'must be at most 2 years ahead'],
  ])('refuses %s with 400 naming expiresAt', (_label, expiresAt, message) => {
    // Act
    const error = thrownBy(() => assertKeyExpiryAllowed(expiresAt, NOW));

    // Assert
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([{ path: 'expiresAt', message }]);
  });
});

describe('Function: keyHasExpired', () => {
  it.each([
    [null, false],
    ['2027-03-15T10:00:00.001Z', false],
    ['2027-03-15T10:00:00.000Z', true],
    ['2027-03-15T09:59:59.999Z', true],
  ])('with expiresAt %s is %s', (expiresAt, expired) => {
    // Act
    const answer = keyHasExpired(expiresAt, NOW);

    // Assert
    expect(answer).toBe(expired);
  });
});

describe('Function: isReservedMerchantId', () => {
  it.each(['admin', 'system', 'program', 'operator', 'Admin', 'SYSTEM'])('reserves %s', (merchantId) => {
    // Act
    const reserved = isReservedMerchantId(merchantId);

    // Assert
    expect(reserved).toBe(true);
  });

  it.each(['admins', 'fruit-shop', 'program-office', 'sys'])('leaves %s to merchants', (merchantId) => {
    // Act
    const reserved = isReservedMerchantId(merchantId);

    // Assert
    expect(reserved).toBe(false);
  });
});
