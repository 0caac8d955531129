import { describe, expect, it } from 'vitest';
import { breachOf, flagIdOf, openFlag } from '../../../shared/domain/flags.js';

describe('Module: flags', () => {
  it('makes one id per member, rule and UTC day, which reads back even with dots in the member id', () => {
    // Arrange
    const breach = { memberId: 'card.4412:07@east', rule: 'earnsPerMemberPerDay', day: '2027-03-15' } as const;

    // Act
    const flagId = flagIdOf(breach);

    // Assert
    expect(flagId).toBe('2027-03-15.earnsPerMemberPerDay.card.4412:07@east');
    expect(breachOf(flagId)).toEqual(breach);
  });

  it('reads no breach from what is not a flag id', () => {
    for (const flagId of [
      '',
      '2027-03-15.m1',
      '2027-03-15.dailyEarns.m1',
      '2027-3-15.earnsPerMemberPerDay.m1',
      '2027-03-15.pointsPerMemberPerDay.',
    ]) {
      expect(breachOf(flagId), flagId).toBeNull();
    }
  });

  it('opens a flag on the refused earn, open', () => {
    expect(
      openFlag(
        { memberId: 'm1', rule: 'pointsPerMemberPerDay', day: '2027-03-15' },
        'tx_abc',
        '2027-03-15T10:00:00.000Z',
      ),
    ).toEqual({
      flagId: '2027-03-15.pointsPerMemberPerDay.m1',
      memberId: 'm1',
      rule: 'pointsPerMemberPerDay',
      transactionId: 'tx_abc',
      createdAt: '2027-03-15T10:00:00.000Z',
      status: 'open',
    });
  });
});
