import { describe, expect, it } from 'vitest';
import { demoProgram } from '../../local/demo-data.js';
import { putMerchant, putProgram } from '../../shared/application/configure.js';
import { earnPoints } from '../../shared/application/earn-points.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { getMember } from '../../shared/application/members.js';
import type { VelocityLimits } from '../../shared/domain/velocity.js';
import { freshDeps } from '../helpers/dynamo.js';
import { expectLedgerMatchesBalance, reverse, transactionIdOf } from '../helpers/jobs.js';
import { enrolWithPoints, fruitShopEarn, loadDemoProgram, rawItem } from '../helpers/program.js';

const codeOf = (outcome: { body: unknown }) => (outcome.body as { code?: string }).code;

/** The demo program with `limits`, on a fresh table, and member m1 with no points. */
async function programLimiting(limits: VelocityLimits) {
  const world = await freshDeps('2027-03-15T10:00:00.000Z');
  await loadDemoProgram(world.deps);
  await putProgram(world.deps, { ...demoProgram, limits });
  await enrolWithPoints(world.deps, 'm1', 0);
  return world;
}

describe('Velocity limits on DynamoDB Local', () => {
  it('lets exactly 5 of 8 concurrent earns through a limit of 5 earns a day; the rest are refused and remembered', async () => {
    // Arrange
    const { deps, tableName } = await programLimiting({ earnsPerMemberPerDay: 5 });

    // Act
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => fruitShopEarn(deps, 'm1', `earn-${i}`, 10_000)),
    );

    // Assert
    const refused = results.flatMap((result, i) => (result.status === 409 ? [i] : []));
    expect(results.filter((result) => result.status === 201)).toHaveLength(5);
    expect(refused.map((i) => codeOf(results[i]!))).toEqual(['velocity_limit', 'velocity_limit', 'velocity_limit']);
    expect((await getMember(deps, 'm1')).balances.points).toBe(500);
    const retry = await fruitShopEarn(deps, 'm1', `earn-${refused[0]}`, 10_000);
    expect(retry).toEqual({ ...results[refused[0]!], replayed: true });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('lets concurrent earns through a daily points limit only as far as they fit', async () => {
    // Arrange
    const { deps } = await programLimiting({ pointsPerMemberPerDay: 1_000 });

    // Act: 300 points each; three fit in 1,000
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => fruitShopEarn(deps, 'm1', `earn-${i}`, 30_000)),
    );

    // Assert
    expect(results.filter((result) => result.status === 201)).toHaveLength(3);
    expect(results.filter((result) => codeOf(result) === 'velocity_limit')).toHaveLength(5);
    expect((await getMember(deps, 'm1')).balances.points).toBe(900);
    // A smaller earn that still fits the day's points is credited.
    expect((await fruitShopEarn(deps, 'm1', 'small', 10_000)).status).toBe(201);
    expect(codeOf(await fruitShopEarn(deps, 'm1', 'one-more', 100))).toBe('velocity_limit');
  });

  it('allows again on the next UTC day of posting', async () => {
    // Arrange
    const { deps, clock, tableName } = await programLimiting({ earnsPerMemberPerDay: 2 });
    clock.set('2027-03-15T23:59:58.000Z');
    await fruitShopEarn(deps, 'm1', 'day1-a', 1_000);
    await fruitShopEarn(deps, 'm1', 'day1-b', 1_000);
    const third = await fruitShopEarn(deps, 'm1', 'day1-c', 1_000);

    // Act
    clock.set('2027-03-16T00:00:00.000Z');
    const nextDay = [
      await fruitShopEarn(deps, 'm1', 'day2-a', 1_000),
      await fruitShopEarn(deps, 'm1', 'day2-b', 1_000),
      await fruitShopEarn(deps, 'm1', 'day2-c', 1_000),
    ];

    // Assert
    expect(codeOf(third)).toBe('velocity_limit');
    expect(nextDay.map((result) => result.status)).toEqual([201, 201, 409]);
    expect(await rawItem(deps, tableName, { pk: 'MEMBER#m1', sk: 'MEMBER' })).toMatchObject({
      vd: '2027-03-16',
      ve: 2,
      vp: 20,
    });
  });

  it('does not give the allowance back when an earn is reversed', async () => {
    // Arrange
    const { deps } = await programLimiting({ earnsPerMemberPerDay: 2 });
    const first = await fruitShopEarn(deps, 'm1', 'a', 1_000);
    await fruitShopEarn(deps, 'm1', 'b', 1_000);

    // Act
    const reversal = await reverse(deps, 'refund-a', transactionIdOf(first));
    const third = await fruitShopEarn(deps, 'm1', 'c', 1_000);

    // Assert
    expect(reversal.status).toBe(201);
    expect(codeOf(third)).toBe('velocity_limit');
    expect((await getMember(deps, 'm1')).balances.points).toBe(10);
  });

  it('counts earns in either balance toward the same limit', async () => {
    // Arrange
    const { deps } = await programLimiting({ earnsPerMemberPerDay: 2, pointsPerMemberPerDay: 1_000 });
    await putMerchant(deps, {
      merchantId: 'bike-share',
      name: 'Bike share',
      category: 'transport',
      green: true,
      earnRules: [{ kind: 'spend', points: 1, perMinor: 100, balance: 'green' }],
    });
    const body = { memberId: 'm1', amountMinor: 50_000, reference: 'ride' };
    const ride = () =>
      earnPoints(deps, {
        caller: { kind: 'merchant', merchantId: 'bike-share', keyId: 'k' },
        idempotencyKey: 'ride',
        requestHash: requestHash('POST /v1/earn', body),
        ...body,
      });

    // Act
    const green = await ride();
    const overPoints = await fruitShopEarn(deps, 'm1', 'fruit-a', 60_000);
    const fits = await fruitShopEarn(deps, 'm1', 'fruit-b', 50_000);
    const overEarns = await fruitShopEarn(deps, 'm1', 'fruit-c', 100);

    // Assert
    expect(green.status).toBe(201);
    expect(overPoints.body).toMatchObject({
      code: 'velocity_limit',
      detail: expect.stringContaining('pointsPerMemberPerDay'),
    });
    expect(fits.status).toBe(201);
    expect(overEarns.body).toMatchObject({
      code: 'velocity_limit',
      detail: expect.stringContaining('earnsPerMemberPerDay'),
    });
    expect((await getMember(deps, 'm1')).balances).toEqual({ points: 500, green: 500, pending: 0 });
  });

  it('counts earns while no limit is set, so a limit set during the day applies to the whole day', async () => {
    // Arrange
    const { deps } = await programLimiting({});
    await fruitShopEarn(deps, 'm1', 'before-a', 1_000);
    await fruitShopEarn(deps, 'm1', 'before-b', 1_000);

    // Act
    await putProgram(deps, { ...demoProgram, limits: { earnsPerMemberPerDay: 2 } });
    const after = await fruitShopEarn(deps, 'm1', 'after', 1_000);

    // Assert
    expect(codeOf(after)).toBe('velocity_limit');
  });

  it('states the limit in the member write itself: a count past it is refused even at the version read', async () => {
    // Arrange
    const { deps } = await programLimiting({ earnsPerMemberPerDay: 1, pointsPerMemberPerDay: 100 });
    await fruitShopEarn(deps, 'm1', 'first', 5_000);
    const member = (await deps.members.get('m1'))!;
    const write = { memberId: 'm1', expectedVersion: member.version };
    const sameDay = { day: '2027-03-15', startsDay: false };

    // Act
    const secondEarn = await deps.members.update({
      ...write,
      dailyEarns: { ...sameDay, points: 0, limits: { earnsPerMemberPerDay: 1 } },
    });
    const morePoints = await deps.members.update({
      ...write,
      dailyEarns: { ...sameDay, points: 51, limits: { pointsPerMemberPerDay: 100 } },
    });
    const fits = await deps.members.update({
      ...write,
      dailyEarns: { ...sameDay, points: 50, limits: { pointsPerMemberPerDay: 100 } },
    });

    // Assert
    expect([secondEarn, morePoints, fits]).toEqual(['stale', 'stale', 'updated']);
    expect((await deps.members.get('m1'))!.dailyEarns).toEqual({ day: '2027-03-15', earns: 2, points: 100 });
  });
});
