import { beforeEach, describe, expect, it } from 'vitest';
import { completeTask } from '../../shared/application/complete-task.js';
import type { Deps } from '../../shared/application/deps.js';
import { putBadge, putBadgeSet, putTask } from '../../shared/application/engagement-config.js';
import { greenReport } from '../../shared/application/green-report.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { getMember, setFrozen } from '../../shared/application/members.js';
import type { Task } from '../../shared/domain/tasks.js';
import { freshDeps } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { expectLedgerMatchesBalance } from '../helpers/jobs.js';
import { enrolWithPoints, fruitShopEarn, ledgerOf, loadDemoProgram } from '../helpers/program.js';

const quiz: Task = {
  taskId: 'eco-quiz',
  name: 'Eco questionnaire',
  conditions: 'Answer all ten questions.',
  points: 20,
  balance: 'green',
  limit: { count: 3, per: 'day' },
  co2eGrams: 150,
  methodology: 'jifen-eco v1',
  startsAt: null,
  endsAt: null,
  active: true,
};
const training: Task = {
  ...quiz,
  taskId: 'eco-training',
  name: 'Eco training',
  points: 100,
  balance: 'points',
  limit: { count: 1, per: 'ever' },
  co2eGrams: null,
  methodology: null,
};

function complete(deps: Deps, key: string, taskId = 'eco-quiz', memberId = 'm1') {
  const body = { memberId, reference: key };
  return completeTask(deps, {
    caller: { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k' },
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/tasks/{taskId}/completions', { params: { taskId }, body }),
    taskId,
    ...body,
  });
}

/** The demo program with the two eco tasks, and member m1 with nothing yet. */
async function ecoProgram() {
  const fresh = await freshDeps('2027-07-06T10:00:00.000Z');
  await loadDemoProgram(fresh.deps);
  await Promise.all([putTask(fresh.deps, quiz), putTask(fresh.deps, training), enrolWithPoints(fresh.deps, 'm1', 0)]);
  return fresh;
}

describe('Tasks, badges and badge sets on DynamoDB Local', () => {
  let deps: Deps;
  let clock: FakeClock;
  let tableName: string;
  beforeEach(async () => ({ deps, clock, tableName } = await ecoProgram()));

  it('credits exactly the limit when six completions race for a limit of three', async () => {
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => complete(deps, `race-${i}`)));

    const statuses = outcomes.map((outcome) => outcome.status).sort();
    expect(statuses).toEqual([201, 201, 201, 409, 409, 409]);
    expect(outcomes.filter((o) => o.status === 409).map((o) => (o.body as { code: string }).code)).toEqual(
      Array(3).fill('task_limit_reached'),
    );
    expect((await getMember(deps, 'm1')).balances.green).toBe(60);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('counts per UTC day, remembers a refusal under its key, and replays a completion', async () => {
    for (const key of ['d1', 'd2', 'd3']) await complete(deps, key);
    const refused = await complete(deps, 'd4');
    clock.set('2027-07-07T00:00:00.000Z');
    const nextDay = await complete(deps, 'd5');
    const retriedRefusal = await complete(deps, 'd4');
    const replay = await complete(deps, 'd5');

    expect(refused).toMatchObject({ status: 409, body: { code: 'task_limit_reached' } });
    expect(nextDay).toMatchObject({ status: 201, body: { points: 20, balanceName: 'green', balances: { green: 80 } } });
    expect(retriedRefusal).toMatchObject({ status: 409, replayed: true });
    expect(replay).toEqual({ ...nextDay, replayed: true });
  });

  it('refuses unknown tasks, inactive ones and frozen members, in that order of checks', async () => {
    await putTask(deps, {
      ...training,
      taskId: 'summer',
      startsAt: '2027-08-01T00:00:00Z',
      endsAt: '2027-09-01T00:00:00Z',
    });
    await setFrozen(deps, 'm1', true, 'review');

    expect(await complete(deps, 'a', 'nope')).toMatchObject({ status: 404, body: { code: 'task_not_found' } });
    expect(await complete(deps, 'b', 'summer')).toMatchObject({ status: 403, body: { code: 'member_frozen' } });
    await setFrozen(deps, 'm1', false, 'cleared');
    expect(await complete(deps, 'c', 'summer')).toMatchObject({ status: 409, body: { code: 'task_not_active' } });
  });

  it('awards a badge once, and pays a set’s prize once, with the completion that completes it, even when completions race', async () => {
    await putBadge(deps, {
      badgeId: 'quiz-master',
      name: 'Quiz master',
      conditions: 'Three questionnaires.',
      taskId: 'eco-quiz',
      completions: 3,
    });
    await putBadge(deps, {
      badgeId: 'trained',
      name: 'Trained',
      conditions: 'One training.',
      taskId: 'eco-training',
      completions: 1,
    });
    await putBadgeSet(deps, {
      setId: 'green-hero',
      name: 'Green hero',
      conditions: 'Both badges.',
      badgeIds: ['quiz-master', 'trained'],
      prizePoints: 500,
    });
    await complete(deps, 'q1');
    await complete(deps, 'q2');

    // The third questionnaire and the training race: whichever commits second completes the set.
    const [third, trainingDone] = await Promise.all([complete(deps, 'q3'), complete(deps, 't1', 'eco-training')]);
    const answers = [third.body, trainingDone.body] as {
      badgesAwarded: string[];
      setsCompleted: { setId: string }[];
    }[];

    expect(answers.flatMap((a) => a.badgesAwarded).sort()).toEqual(['quiz-master', 'trained']);
    expect(answers.flatMap((a) => a.setsCompleted)).toEqual([{ setId: 'green-hero', prizePoints: 500 }]);
    const member = await getMember(deps, 'm1');
    expect(member.balances).toEqual({ points: 100 + 500, green: 60, pending: 0 });
    expect(member.badges.map((b) => b.badgeId).sort()).toEqual(['quiz-master', 'trained']);
    expect(member.badgeSets.map((s) => s.setId)).toEqual(['green-hero']);
    const bonus = (await ledgerOf(deps, tableName, 'm1')).filter((entry) => entry.type === 'bonus');
    expect(bonus.map((entry) => entry.delta)).toEqual([500]);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('awards a badge created after the completions that earned it, on the next completion', async () => {
    await complete(deps, 'q1');
    await putBadge(deps, {
      badgeId: 'first-quiz',
      name: 'First quiz',
      conditions: 'One questionnaire.',
      taskId: 'eco-quiz',
      completions: 1,
    });

    const next = await complete(deps, 'q2');

    expect(next.body).toMatchObject({ badgesAwarded: ['first-quiz'] });
  });

  it('awards a spending badge once, by the earn that brings the earns at its category to its count, even when earns race', async () => {
    await putBadge(deps, {
      badgeId: 'grocer',
      name: 'Grocer',
      conditions: 'Three grocery purchases.',
      earns: { category: 'grocery', count: 3 },
    });
    await putBadge(deps, { badgeId: 'quizzer', name: 'Quizzer', conditions: 'One questionnaire.', taskId: 'eco-quiz' });
    await putBadgeSet(deps, {
      setId: 'shopper',
      name: 'Green shopper',
      conditions: 'Both.',
      badgeIds: ['grocer', 'quizzer'],
      prizePoints: 200,
    });
    await complete(deps, 'q1');
    const earn = (key: string) => fruitShopEarn(deps, 'm1', key, 1_000);
    await earn('e1');

    const racing = await Promise.all([earn('e2'), earn('e3'), earn('e4')]);

    const awarded = racing.map((outcome) => (outcome.body as { badgesAwarded: string[] }).badgesAwarded);
    expect(awarded.flat()).toEqual(['grocer']);
    const member = await getMember(deps, 'm1');
    expect(member.badges.map((b) => b.badgeId).sort()).toEqual(['grocer', 'quizzer']);
    expect(member.badgeSets.map((s) => s.setId)).toEqual(['shopper']);
    expect(member.balances.points).toBe(4 * 10 + 200);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('forgets a spending badge turned into a task badge: earns no longer award it', async () => {
    await putBadge(deps, {
      badgeId: 'grocer',
      name: 'Grocer',
      conditions: 'One grocery purchase.',
      earns: { category: 'grocery', count: 1 },
    });
    await putBadge(deps, {
      badgeId: 'grocer',
      name: 'Grocer',
      conditions: 'One questionnaire now.',
      taskId: 'eco-quiz',
    });

    const earn = await fruitShopEarn(deps, 'm1', 'e1', 1_000);

    expect(earn.body).toMatchObject({ badgesAwarded: [] });
  });

  it('reports every completion when they span more than one batch read of entries (130 > 100 keys)', async () => {
    await putTask(deps, {
      ...quiz,
      taskId: 'daily-walk',
      points: 1,
      co2eGrams: 7,
      limit: { count: 1_000, per: 'ever' },
    });
    // One at a time: concurrent completions of one member retry each other, which only slows a test about batch reads.
    for (let i = 0; i < 130; i += 1) await complete(deps, `walk-${i}`, 'daily-walk');

    const report = await greenReport(deps, 'm1');

    expect(report.byTask).toEqual([{ taskId: 'daily-walk', completions: 130, points: 130, co2eGrams: 910 }]);
    expect(report.earned).toBe(130);
  }, 180_000);

  it('reports green points and the CO₂e each completion recorded, from the ledger', async () => {
    await complete(deps, 'q1');
    await complete(deps, 'q2');
    await putTask(deps, { ...quiz, co2eGrams: 200, methodology: 'jifen-eco v2' });
    await complete(deps, 'q3');
    await complete(deps, 't1', 'eco-training');

    const report = await greenReport(deps, 'm1');

    expect(report).toEqual({
      memberId: 'm1',
      balance: 60,
      earned: 60,
      spent: 0,
      co2eGrams: 150 + 150 + 200,
      byTask: [{ taskId: 'eco-quiz', completions: 3, points: 60, co2eGrams: 500 }],
    });
  });
});
