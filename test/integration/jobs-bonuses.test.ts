import { beforeEach, describe, expect, it } from 'vitest';
import { setBirthday } from '../../shared/application/birthdays.js';
import { getProgram, putProgram } from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import { runBonusesJob } from '../../shared/application/jobs/bonuses.js';
import { MemberNotFoundError, ValidationError } from '../../shared/domain/errors.js';
import { freshDeps } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { entriesOfType, expectLedgerMatchesBalance } from '../helpers/jobs.js';
import { enrolWithPoints, loadDemoProgram } from '../helpers/program.js';

const BONUS = 500;

describe('Job: bonuses (DynamoDB Local)', () => {
  let deps: Deps;
  let clock: FakeClock;
  let tableName: string;

  beforeEach(async () => {
    ({ deps, clock, tableName } = await freshDeps('2027-01-10T10:00:00.000Z'));
    await loadDemoProgram(deps);
    await putProgram(deps, {
      ...(await getProgram(deps)),
      birthdayBonus: { points: BONUS, conditions: 'Once a year, on your birthday.' },
    });
  });

  async function born(memberId: string, month: number, day: number, at = '2027-01-10T10:00:00.000Z') {
    clock.set(at);
    if (!(await deps.members.get(memberId))) await enrolWithPoints(deps, memberId, 100);
    await setBirthday(deps, memberId, month, day);
  }

  async function runAt(asOf: string, options: { pageSize?: number } = {}) {
    clock.set(asOf);
    return runBonusesJob(deps, new Date(asOf), options);
  }

  const bonusesOf = (memberId: string) => entriesOfType(deps, tableName, memberId, 'bonus');

  it("pays once however often it runs, and examines only that day's members", async () => {
    await born('m1', 6, 10);
    await born('m2', 6, 10);
    await born('other-day', 6, 11);
    await enrolWithPoints(deps, 'no-birthday', 100);

    const first = await runAt('2027-06-10T00:05:00.000Z', { pageSize: 1 });
    const rerun = await runAt('2027-06-10T00:05:00.000Z');
    const laterThatDay = await runAt('2027-06-10T23:00:00.000Z');

    expect(first).toEqual({ job: 'bonuses', asOf: '2027-06-10T00:05:00.000Z', processed: 2, changed: 2 });
    expect(rerun).toMatchObject({ processed: 2, changed: 0 });
    expect(laterThatDay).toMatchObject({ processed: 2, changed: 0 });
    for (const memberId of ['m1', 'm2']) {
      const [bonus, ...more] = await bonusesOf(memberId);
      expect(more).toEqual([]);
      expect(bonus).toMatchObject({ delta: BONUS });
      expect((await deps.ledger.getEntry(bonus!.txId as string))!.settlement).toEqual([]);
      expect((await deps.members.get(memberId))!.balances.points).toBe(100 + BONUS);
      await expectLedgerMatchesBalance(deps, tableName, memberId);
    }
    expect(await bonusesOf('other-day')).toEqual([]);
    expect(await deps.members.birthdayOf('m1')).toMatchObject({ lastPaidOn: '2027-06-10' });

    const nextYear = await runAt('2028-06-10T00:05:00.000Z');
    expect(nextYear).toMatchObject({ processed: 2, changed: 2 });
    expect(await bonusesOf('m1')).toHaveLength(2);
  });

  it('pays 29 February birthdays on 28 February in other years, and on 29 February in leap years', async () => {
    await born('leapling', 2, 29);
    await born('feb-28', 2, 28);

    const nonLeap28 = await runAt('2027-02-28T00:05:00.000Z');
    const nonLeapMarch = await runAt('2027-03-01T00:05:00.000Z');
    const leap28 = await runAt('2028-02-28T00:05:00.000Z');
    const leap29 = await runAt('2028-02-29T00:05:00.000Z');
    const leap29Again = await runAt('2028-02-29T00:05:00.000Z');

    expect(nonLeap28).toMatchObject({ processed: 2, changed: 2 });
    expect(nonLeapMarch).toMatchObject({ processed: 0, changed: 0 });
    expect(leap28).toMatchObject({ processed: 1, changed: 1 });
    expect(leap29).toMatchObject({ processed: 1, changed: 1 });
    expect(leap29Again).toMatchObject({ processed: 1, changed: 0 });
    expect(await bonusesOf('leapling')).toHaveLength(2);
    expect(await bonusesOf('feb-28')).toHaveLength(2);
  });

  it('does not pay again a member whose birthday changed within 365 days of a payment', async () => {
    await born('m1', 12, 20);
    expect(await runAt('2027-12-20T00:05:00.000Z')).toMatchObject({ processed: 1, changed: 1 });
    await born('m1', 1, 5, '2028-01-02T09:00:00.000Z');

    const sameTwelveMonths = await runAt('2028-01-05T00:05:00.000Z');
    const yearAfter = await runAt('2029-01-05T00:05:00.000Z');

    expect(sameTwelveMonths).toMatchObject({ processed: 1, changed: 0 });
    expect(yearAfter).toMatchObject({ processed: 1, changed: 1 });
    expect(await bonusesOf('m1')).toHaveLength(2);
    expect(await deps.members.birthdayOf('m1')).toMatchObject({
      month: 1,
      day: 5,
      changedAt: '2028-01-02T09:00:00.000Z',
      lastPaidOn: '2029-01-05',
    });
  });

  it('keeps when a birthday changed when the same date is recorded again', async () => {
    await born('m1', 5, 1);
    await born('m1', 5, 1, '2027-04-01T00:00:00.000Z');
    expect(await deps.members.birthdayOf('m1')).toMatchObject({ changedAt: '2027-01-10T10:00:00.000Z' });
  });

  it('pays nothing while the program offers no birthday bonus', async () => {
    await born('m1', 6, 10);
    const { birthdayBonus: _offered, ...program } = await getProgram(deps);
    await putProgram(deps, program);
    expect(await runAt('2027-06-10T00:05:00.000Z')).toMatchObject({ processed: 0, changed: 0 });
  });

  it('refuses a date that does not exist and a member who is not enrolled, writing nothing', async () => {
    await enrolWithPoints(deps, 'm1', 0);
    await expect(setBirthday(deps, 'm1', 4, 31)).rejects.toBeInstanceOf(ValidationError);
    await expect(setBirthday(deps, 'nobody', 6, 10)).rejects.toBeInstanceOf(MemberNotFoundError);
    expect(await deps.members.birthdayOf('m1')).toBeNull();
    expect(await deps.members.birthdayOf('nobody')).toBeNull();
  });
});
