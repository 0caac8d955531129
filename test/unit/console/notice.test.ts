import { describe, expect, it } from 'vitest';
import { asWanted, savedMessage, waitingChanges } from '../../../console/src/notice.js';

const upcoming = [
  { effectiveAt: '2027-03-29T10:00:00.000Z', path: 'program.paymentPointsPerUnit', from: 60, to: 80 },
  { effectiveAt: '2027-03-29T10:00:00.000Z', path: 'program.expiryMonths', from: null, to: 24 },
];

describe('Console: changes waiting for their notice date', () => {
  it('edits the program as the operator wants it, so saving it unchanged keeps the waiting changes', () => {
    // Act
    const wanted = asWanted({ name: 'Coalition', paymentPointsPerUnit: 60, expiryMonths: null, upcoming });

    // Assert
    expect(wanted).toEqual({ name: 'Coalition', paymentPointsPerUnit: 80, expiryMonths: 24 });
  });

  it('says when a deferred change applies, and nothing more for a plain save', () => {
    // Act
    const deferred = savedMessage('Program saved.', { effectiveAt: '2027-03-29T10:00:00.000Z', upcoming });
    const plain = savedMessage('Program saved.', { name: 'Coalition' });

    // Assert
    expect(deferred).toContain('apply from 2027-03-29T10:00:00.000Z');
    expect(plain).toBe('Program saved.');
  });

  it('lists each waiting change on one line, null as never', () => {
    // Act
    const text = waitingChanges(upcoming);

    // Assert
    expect(text).toBe(
      'program.paymentPointsPerUnit: 60 → 80 from 2027-03-29T10:00:00.000Z; program.expiryMonths: never → 24 from 2027-03-29T10:00:00.000Z',
    );
    expect(waitingChanges(undefined)).toBe('none');
  });
});
