import { describe, expect, it } from 'vitest';
import { deferHurtingChanges, inForce, nextChangeAt } from '../../../shared/domain/notice.js';
import type { Program, Reward } from '../../../shared/domain/program.js';
import { program, voucher as reward } from './fixtures.js';

const NOW = new Date('2027-03-15T10:00:00.000Z');
const IN_14_DAYS = '2027-03-29T10:00:00.000Z';

const decideProgram = (stored: Program | null, wanted: Program, noticeDays = 14, now = NOW) =>
  deferHurtingChanges('program', 'program', stored, wanted, noticeDays, now);
const decideReward = (stored: Reward | null, wanted: Reward, noticeDays = 14, now = NOW) =>
  deferHurtingChanges('reward', `rewards.${wanted.rewardId}`, stored, wanted, noticeDays, now);

describe('Function: deferHurtingChanges', () => {
  it.each([
    ['a higher payment rate', { paymentPointsPerUnit: 80 }, 'program.paymentPointsPerUnit', 60, 80],
    ['a shorter expiry', { expiryMonths: 12 }, 'program.expiryMonths', 24, 12],
  ])('defers %s by the notice days, keeping the value in force', (_, change, path, from, to) => {
    // Act
    const { document, deferred } = decideProgram(program, { ...program, ...change });

    // Assert
    expect(deferred).toEqual([{ effectiveAt: IN_14_DAYS, path, from, to }]);
    expect(document).toEqual({ ...program, upcoming: deferred });
  });

  it('defers an expiry where points never expired: any number of months is shorter than never', () => {
    // Act
    const { document } = decideProgram({ ...program, expiryMonths: null }, { ...program, expiryMonths: 120 });

    // Assert
    expect(document.expiryMonths).toBeNull();
    expect(document.upcoming).toEqual([{ effectiveAt: IN_14_DAYS, path: 'program.expiryMonths', from: null, to: 120 }]);
  });

  it('defers a price rise of a reward on offer that stays on offer', () => {
    // Act
    const { document, deferred } = decideReward(reward, { ...reward, costPoints: 1_500, name: 'Big voucher' });

    // Assert
    expect(document).toEqual({
      ...reward,
      name: 'Big voucher',
      upcoming: [{ effectiveAt: IN_14_DAYS, path: 'rewards.voucher.costPoints', from: 1_000, to: 1_500 }],
    });
    expect(deferred).toHaveLength(1);
  });

  it.each([
    ['a lower payment rate', { paymentPointsPerUnit: 50 }],
    ['a longer expiry', { expiryMonths: 36 }],
    ['an expiry removed', { expiryMonths: null }],
    ['an unchanged program with another name', { name: 'Renamed' }],
  ])('applies %s at once', (_, change) => {
    // Act
    const { document, deferred } = decideProgram(program, { ...program, ...change });

    // Assert
    expect(deferred).toEqual([]);
    expect(document).toEqual({ ...program, ...change });
  });

  it.each([
    ['without notice days', reward, { ...reward, costPoints: 2_000 }, 0],
    ['for a new reward', null, { ...reward, costPoints: 2_000 }, 14],
    ['for a lower price', reward, { ...reward, costPoints: 500 }, 14],
  ])('applies a price change at once %s', (_, stored, wanted, noticeDays) => {
    // Act
    const { document, deferred } = decideReward(stored, wanted, noticeDays);

    // Assert
    expect(deferred).toEqual([]);
    expect(document).toEqual(wanted);
  });

  it('keeps the first date when the same change is written again later (a retried PUT)', () => {
    // Arrange
    const first = decideReward(reward, { ...reward, costPoints: 1_500 }).document;

    // Act
    const again = decideReward(first, { ...reward, costPoints: 1_500 }, 14, new Date('2027-03-20T00:00:00.000Z'));

    // Assert
    expect(again.document).toEqual(first);
    expect(again.deferred.map((change) => change.effectiveAt)).toEqual([IN_14_DAYS]);
  });

  it('replaces a waiting change by a later different one, from the value still in force', () => {
    // Arrange
    const first = decideReward(reward, { ...reward, costPoints: 1_500 }).document;
    const later = new Date('2027-03-20T00:00:00.000Z');

    // Act
    const { document } = decideReward(first, { ...reward, costPoints: 1_800 }, 14, later);

    // Assert
    expect(document.costPoints).toBe(1_000);
    expect(document.upcoming).toEqual([
      { effectiveAt: '2027-04-03T00:00:00.000Z', path: 'rewards.voucher.costPoints', from: 1_000, to: 1_800 },
    ]);
  });

  it('withdraws a waiting change reverted before its date, so it never applies', () => {
    // Arrange
    const first = decideProgram(program, { ...program, paymentPointsPerUnit: 80 }).document;

    // Act
    const { document } = decideProgram(first, program, 14, new Date('2027-03-20T00:00:00.000Z'));

    // Assert
    expect(document).toEqual(program);
    expect(inForce(document, new Date('2027-06-01T00:00:00.000Z')).paymentPointsPerUnit).toBe(60);
  });

  it('withdraws a waiting price rise when the reward is taken off offer, which applies the price at once', () => {
    // Arrange
    const first = decideReward(reward, { ...reward, costPoints: 1_500 }).document;

    // Act
    const { document } = decideReward(first, { ...reward, costPoints: 1_500, active: false });

    // Assert
    expect(document).toEqual({ ...reward, costPoints: 1_500, active: false });
  });

  it('decides from the document in force: a change whose date has passed is the new starting point', () => {
    // Arrange
    const first = decideProgram(program, { ...program, paymentPointsPerUnit: 80 }).document;
    const after = new Date('2027-04-01T00:00:00.000Z');

    // Act
    const { document, deferred } = decideProgram(first, { ...program, paymentPointsPerUnit: 90 }, 14, after);

    // Assert
    expect(deferred).toEqual([
      { effectiveAt: '2027-04-15T00:00:00.000Z', path: 'program.paymentPointsPerUnit', from: 80, to: 90 },
    ]);
    expect(document.paymentPointsPerUnit).toBe(80);
  });
});

describe('Function: inForce', () => {
  const waiting: Program = {
    ...program,
    upcoming: [
      { effectiveAt: '2027-04-01T00:00:00.000Z', path: 'program.expiryMonths', from: 24, to: 12 },
      { effectiveAt: '2027-05-01T00:00:00.000Z', path: 'program.paymentPointsPerUnit', from: 60, to: 80 },
    ],
  };

  it('keeps the old values and every change until the first date', () => {
    // Act
    const before = inForce(waiting, new Date('2027-03-31T23:59:59.999Z'));

    // Assert
    expect(before).toBe(waiting);
    expect(nextChangeAt(waiting)).toBe(Date.parse('2027-04-01T00:00:00.000Z'));
  });

  it('applies a change at its date exactly and keeps the ones still ahead', () => {
    // Act
    const at = inForce(waiting, new Date('2027-04-01T00:00:00.000Z'));

    // Assert
    expect(at).toEqual({ ...program, expiryMonths: 12, upcoming: [waiting.upcoming![1]] });
    expect(waiting.expiryMonths).toBe(24);
  });

  it('leaves no upcoming list once every change applied, and applying again changes nothing', () => {
    // Act
    const after = inForce(waiting, new Date('2027-06-01T00:00:00.000Z'));

    // Assert
    expect(after).toEqual({ ...program, expiryMonths: 12, paymentPointsPerUnit: 80 });
    expect(inForce(after, new Date('2027-06-01T00:00:00.000Z'))).toBe(after);
    expect(nextChangeAt(after)).toBeNull();
  });
});
