import { describe, expect, it } from 'vitest';
import { demoProgram } from '../../local/demo-data.js';
import { putProgram } from '../../shared/application/configure.js';
import { clearFlag, listFlags } from '../../shared/application/flags.js';
import { transactionIdFor } from '../../shared/application/idempotency.js';
import { FlagNotFoundError, ValidationError } from '../../shared/domain/errors.js';
import type { Flag } from '../../shared/domain/flags.js';
import { freshDeps } from '../helpers/dynamo.js';
import { enrolWithPoints, fruitShopEarn, loadDemoProgram } from '../helpers/program.js';
import { recordWrites, tableOf } from '../helpers/reliability.js';

/** The demo program limiting each member to `earns` earns and `points` points a day, with members enrolled. */
async function limitedProgram(members: string[], limits = { earnsPerMemberPerDay: 1, pointsPerMemberPerDay: 1_000 }) {
  const world = await freshDeps('2027-03-15T10:00:00.000Z');
  await loadDemoProgram(world.deps);
  await putProgram(world.deps, { ...demoProgram, limits });
  for (const memberId of members) await enrolWithPoints(world.deps, memberId, 0);
  return world;
}

const everything = { status: null, memberId: null };
const txOf = (key: string) => transactionIdFor('fruit-shop', key);

describe('Flags on DynamoDB Local', () => {
  it('opens one flag for the refusals of a member, rule and day, naming the first refused earn, in the refusal’s own write', async () => {
    // Arrange
    const { deps } = await limitedProgram(['m1'], { earnsPerMemberPerDay: 5, pointsPerMemberPerDay: 1_000_000 });
    const { client } = tableOf(deps);

    // Act
    const recorder = recordWrites(client);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => fruitShopEarn(deps, 'm1', `earn-${i}`, 10_000)),
    );
    recorder.stop();
    const later = await fruitShopEarn(deps, 'm1', 'later', 10_000);

    // Assert
    const refusedKeys = results.flatMap((result, i) => (result.status === 409 ? [`earn-${i}`] : []));
    expect(refusedKeys).toHaveLength(3);
    expect(later.status).toBe(409);
    const { items } = await listFlags(deps, everything, { limit: 25, cursor: null });
    expect(items).toEqual([
      {
        flagId: '2027-03-15.earnsPerMemberPerDay.m1',
        memberId: 'm1',
        rule: 'earnsPerMemberPerDay',
        transactionId: expect.any(String),
        createdAt: '2027-03-15T10:00:00.000Z',
        status: 'open',
      },
    ]);
    expect(refusedKeys.map(txOf)).toContain(items[0]!.transactionId);
    // Each remembered refusal and its flag were one transaction.
    const refusals = recorder.writes.filter((write) => write.keys.some((key) => key.startsWith('MEMBER#m1|FLAG#')));
    expect(refusals.map((write) => write.keys.length)).toEqual(refusals.map(() => 2));
    expect(
      refusals.every((write) => write.command === 'TransactWriteItemsCommand' && write.keys[0]!.startsWith('TX#')),
    ).toBe(true);
  });

  it('opens a flag per rule and per UTC day', async () => {
    // Arrange
    const { deps, clock } = await limitedProgram(['m1']);
    await fruitShopEarn(deps, 'm1', 'a', 100_000);

    // Act
    await fruitShopEarn(deps, 'm1', 'second-earn', 100);
    clock.set('2027-03-16T08:00:00.000Z');
    await fruitShopEarn(deps, 'm1', 'too-many-points', 200_000);

    // Assert
    const { items } = await listFlags(deps, everything, { limit: 25, cursor: null });
    expect(items.map((flag) => [flag.flagId, flag.transactionId])).toEqual([
      ['2027-03-16.pointsPerMemberPerDay.m1', txOf('too-many-points')],
      ['2027-03-15.earnsPerMemberPerDay.m1', txOf('second-earn')],
    ]);
  });

  it('clears a flag, which stays cleared through more refusals that day; an unknown flag is not found', async () => {
    // Arrange
    const { deps } = await limitedProgram(['m1', 'm2']);
    for (const memberId of ['m1', 'm2']) {
      await fruitShopEarn(deps, memberId, `${memberId}-a`, 1_000);
      await fruitShopEarn(deps, memberId, `${memberId}-b`, 1_000);
    }

    // Act
    const cleared = await clearFlag(deps, '2027-03-15.earnsPerMemberPerDay.m1');
    const again = await clearFlag(deps, '2027-03-15.earnsPerMemberPerDay.m1');
    await fruitShopEarn(deps, 'm1', 'm1-c', 1_000);

    // Assert
    expect(cleared).toMatchObject({
      flagId: '2027-03-15.earnsPerMemberPerDay.m1',
      transactionId: txOf('m1-b'),
      status: 'cleared',
    });
    expect(again).toEqual(cleared);
    const page = { limit: 25, cursor: null };
    const open = await listFlags(deps, { status: 'open', memberId: null }, page);
    const closed = await listFlags(deps, { status: 'cleared', memberId: null }, page);
    const m1Open = await listFlags(deps, { status: 'open', memberId: 'm1' }, page);
    const m1Any = await listFlags(deps, { status: null, memberId: 'm1' }, page);
    expect(open.items.map((flag) => flag.memberId)).toEqual(['m2']);
    expect(closed.items).toEqual([cleared]);
    expect(m1Open.items).toEqual([]);
    expect(m1Any.items).toEqual([cleared]);
    await expect(clearFlag(deps, '2027-03-14.earnsPerMemberPerDay.m1')).rejects.toBeInstanceOf(FlagNotFoundError);
    await expect(clearFlag(deps, '2027-03-15.pointsPerMemberPerDay.nobody')).rejects.toBeInstanceOf(FlagNotFoundError);
  });

  it('pages through the flags of many members newest first, each exactly once, across the index shards', async () => {
    // Arrange: one flag per member, a second apart
    const members = Array.from({ length: 13 }, (_, i) => `member-${i}`);
    const { deps, clock } = await limitedProgram(members);
    for (const [i, memberId] of members.entries()) {
      clock.set(`2027-03-15T10:00:${String(i).padStart(2, '0')}.000Z`);
      await fruitShopEarn(deps, memberId, `${memberId}-a`, 1_000);
      await fruitShopEarn(deps, memberId, `${memberId}-b`, 1_000);
    }
    await clearFlag(deps, '2027-03-15.earnsPerMemberPerDay.member-4');

    // Act
    const seen: Flag[] = [];
    const pages: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listFlags>> = await listFlags(deps, everything, { limit: 4, cursor });
      seen.push(...page.items);
      pages.push(page.items.length);
      cursor = page.nextCursor;
    } while (cursor);
    const open = await listFlags(deps, { status: 'open', memberId: null }, { limit: 100, cursor: null });

    // Assert
    expect(seen.map((flag) => flag.memberId)).toEqual([...members].reverse());
    expect(pages.slice(0, 3)).toEqual([4, 4, 4]);
    expect(seen.find((flag) => flag.memberId === 'member-4')!.status).toBe('cleared');
    expect(open.items).toHaveLength(12);
  });

  it("refuses a cursor of another list: another status, another member's, or made up", async () => {
    // Arrange
    const { deps } = await limitedProgram(['m1', 'm2'], { earnsPerMemberPerDay: 2, pointsPerMemberPerDay: 1_000 });
    for (const memberId of ['m1', 'm2']) {
      // 600 points; 600 more (past the points rule); 100 (fits); a third earn (past the earns rule): two flags each
      for (const [key, amountMinor] of [
        ['a', 60_000],
        ['b', 60_000],
        ['c', 10_000],
        ['d', 10_000],
      ] as const) {
        await fruitShopEarn(deps, memberId, `${memberId}-${key}`, amountMinor);
      }
    }
    const byStatus = await listFlags(deps, { status: 'open', memberId: null }, { limit: 1, cursor: null });
    const ofM1 = await listFlags(deps, { status: null, memberId: 'm1' }, { limit: 1, cursor: null });

    // Act
    const attempts = [
      listFlags(deps, { status: 'cleared', memberId: null }, { limit: 1, cursor: byStatus.nextCursor }),
      listFlags(deps, { status: null, memberId: 'm2' }, { limit: 1, cursor: ofM1.nextCursor }),
      listFlags(deps, { status: null, memberId: 'm1' }, { limit: 1, cursor: byStatus.nextCursor }),
      listFlags(deps, everything, { limit: 1, cursor: Buffer.from('{"of":"x","positions":[]}').toString('base64url') }),
    ];

    // Assert
    expect(byStatus.nextCursor).not.toBeNull();
    expect(ofM1.nextCursor).not.toBeNull();
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    expect(
      (await listFlags(deps, { status: null, memberId: 'm1' }, { limit: 1, cursor: ofM1.nextCursor })).items,
    ).toHaveLength(1);
  });
});
