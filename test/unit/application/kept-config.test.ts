import { describe, expect, it } from 'vitest';
import { configInForce } from '../../../shared/application/kept-config.js';
import type { Reward } from '../../../shared/domain/program.js';
import type { ConfigSnapshot } from '../../../shared/ports/config-store.js';
import { program, tiers, voucher } from '../domain/fixtures.js';

const snapshotWith = (reward: Reward): ConfigSnapshot => ({
  version: 3,
  effectiveFrom: '2027-03-01T00:00:00.000Z',
  program,
  tiers,
  merchants: new Map(),
  rewards: new Map([[reward.rewardId, reward]]),
  promotions: [],
  spendingBadges: [],
});

const EFFECTIVE = '2027-03-29T10:00:00.000Z';
const rising = snapshotWith({
  ...voucher,
  upcoming: [{ effectiveAt: EFFECTIVE, path: 'rewards.voucher.costPoints', from: 1_000, to: 1_500 }],
});
const priceAt = (snapshot: ConfigSnapshot, at: string) =>
  configInForce(snapshot, new Date(at)).rewards.get('voucher')?.costPoints;

describe('Function: configInForce', () => {
  it('answers the very snapshot when nothing waits', () => {
    // Arrange
    const plain = snapshotWith(voucher);

    // Act
    const resolved = configInForce(plain, new Date(EFFECTIVE));

    // Assert
    expect(resolved).toBe(plain);
  });

  it('resolves a kept snapshot at each moment, forwards and back, and never changes it', () => {
    // Act
    const prices = ['2027-03-20T00:00:00.000Z', EFFECTIVE, '2027-03-29T09:59:59.999Z', '2027-04-30T00:00:00.000Z'].map(
      (at) => priceAt(rising, at),
    );

    // Assert
    expect(prices).toEqual([1_000, 1_500, 1_000, 1_500]);
    expect(rising.rewards.get('voucher')?.costPoints).toBe(1_000);
    expect(rising.rewards.get('voucher')?.upcoming).toHaveLength(1);
  });

  it('keeps the changes still ahead on the resolved rewards', () => {
    // Act
    const before = configInForce(rising, new Date('2027-03-20T00:00:00.000Z'));

    // Assert
    expect(before.rewards.get('voucher')?.upcoming).toEqual([
      { effectiveAt: EFFECTIVE, path: 'rewards.voucher.costPoints', from: 1_000, to: 1_500 },
    ]);
    expect(before.version).toBe(3);
  });
});
