import { describe, expect, it } from 'vitest';
import { VelocityLimitError } from '../../../shared/domain/errors.js';
import { dayKey } from '../../../shared/domain/time.js';
import { checkVelocity, countEarn } from '../../../shared/domain/velocity.js';
import { thrownBy } from './fixtures.js';

describe('Module: velocity limits', () => {
  it('counts an earn into the same UTC day, and starts the count again on a new day', () => {
    // Arrange
    const counted = { day: '2027-03-15', earns: 4, points: 900 };

    // Act + Assert
    expect(countEarn(counted, '2027-03-15', 100)).toEqual({ day: '2027-03-15', earns: 5, points: 1_000 });
    expect(countEarn(counted, '2027-03-16', 100)).toEqual({ day: '2027-03-16', earns: 1, points: 100 });
    expect(countEarn(null, '2027-03-15', 0)).toEqual({ day: '2027-03-15', earns: 1, points: 0 });
  });

  it('takes the UTC day of posting, whatever the offset the time was given in', () => {
    expect(dayKey(new Date('2027-03-15T23:59:59.999Z'))).toBe('2027-03-15');
    expect(dayKey(new Date('2027-03-16T07:30:00+08:00'))).toBe('2027-03-15');
    expect(dayKey(new Date('2027-03-16T00:00:00Z'))).toBe('2027-03-16');
  });

  it('admits an earn up to each limit and refuses the one past it, naming the rule, member and day', () => {
    // Arrange
    const limits = { earnsPerMemberPerDay: 5, pointsPerMemberPerDay: 1_000 };

    // Act
    const atLimits = () => checkVelocity(limits, 'm1', { day: '2027-03-15', earns: 5, points: 1_000 });
    const sixth = thrownBy(() => checkVelocity(limits, 'm1', { day: '2027-03-15', earns: 6, points: 600 }));
    const tooMany = thrownBy(() => checkVelocity(limits, 'm1', { day: '2027-03-15', earns: 2, points: 1_001 }));

    // Assert
    expect(atLimits).not.toThrow();
    expect(sixth).toBeInstanceOf(VelocityLimitError);
    expect(sixth).toMatchObject({ code: 'velocity_limit', remembered: true });
    expect((sixth as VelocityLimitError).breach).toEqual({
      memberId: 'm1',
      rule: 'earnsPerMemberPerDay',
      day: '2027-03-15',
    });
    expect((tooMany as VelocityLimitError).breach.rule).toBe('pointsPerMemberPerDay');
  });

  it('names the count of earns when an earn passes both limits', () => {
    const error = thrownBy(() =>
      checkVelocity({ earnsPerMemberPerDay: 1, pointsPerMemberPerDay: 1 }, 'm1', {
        day: '2027-03-15',
        earns: 2,
        points: 2,
      }),
    );
    expect((error as VelocityLimitError).breach.rule).toBe('earnsPerMemberPerDay');
  });

  it('refuses nothing when the program sets no limits', () => {
    expect(() => checkVelocity({}, 'm1', { day: '2027-03-15', earns: 1_000_000, points: 1_000_000_000 })).not.toThrow();
  });
});
