import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { expectProblem, seedDemo, type DemoSeed } from '../helpers/e2e-fixtures.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

const questionnaire = {
  name: 'Eco questionnaire',
  conditions: 'Answer all ten questions; once a day.',
  points: 20,
  balance: 'green',
  limit: { count: 1, per: 'day' },
  co2eGrams: 150,
  methodology: 'jifen-eco v1',
};

/** The local server with the demo program and member `eco`, enrolled by the fruit shop. */
async function serverWithEcoMember(): Promise<{ jifen: LocalJifen; api: ApiClient; seed: DemoSeed }> {
  const { jifen, api } = await startLocalApi();
  const seed = await seedDemo(api);
  await api.request('PUT', '/v1/members/eco', { key: seed.keys['fruit-shop']!, body: {} });
  return { jifen, api, seed };
}

describe('E2E: tasks, badges, sets and the green report through the local server', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let seed: DemoSeed;
  beforeAll(async () => ({ jifen, api, seed } = await serverWithEcoMember()));
  afterAll(async () => jifen?.stop());

  it('refuses to publish a task without its conditions, then publishes it', async () => {
    expectProblem(
      await api.request('PUT', '/v1/admin/tasks/eco-quiz', { body: { ...questionnaire, conditions: '' } }),
      400,
      'disclosure_required',
    );

    const created = await api.request('PUT', '/v1/admin/tasks/eco-quiz', { body: questionnaire });
    const replaced = await api.request('PUT', '/v1/admin/tasks/eco-quiz', { body: questionnaire });

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ taskId: 'eco-quiz', points: 20, startsAt: null, endsAt: null, active: true });
    expect(replaced.status).toBe(200);
  });

  it('completes a task once per key and per day, awarding its badge and the set it completes', async () => {
    await api.request('PUT', '/v1/admin/tasks/eco-training', {
      body: { ...questionnaire, name: 'Eco training', points: 0, limit: { count: 1, per: 'ever' } },
    });
    await api.request('PUT', '/v1/admin/badges/quizzer', {
      body: { name: 'Quizzer', conditions: 'One questionnaire.', taskId: 'eco-quiz' },
    });
    await api.request('PUT', '/v1/admin/badges/trained', {
      body: { name: 'Trained', conditions: 'One training.', taskId: 'eco-training' },
    });
    const set = await api.request('PUT', '/v1/admin/badge-sets/green-hero', {
      body: { name: 'Green hero', conditions: 'Both badges.', badgeIds: ['quizzer', 'trained'], prizePoints: 300 },
    });
    expect(set.status).toBe(201);
    const fruit = seed.keys['fruit-shop']!;
    const complete = (taskId: string, key: string) =>
      api.request('POST', `/v1/tasks/${taskId}/completions`, {
        key: fruit,
        idempotencyKey: key,
        body: { memberId: 'eco', reference: key },
      });

    const quiz = await complete('eco-quiz', 'eco-q1');
    const replay = await complete('eco-quiz', 'eco-q1');
    const again = await complete('eco-quiz', 'eco-q2');
    const trainingDone = await complete('eco-training', 'eco-t1');

    expect(quiz.status).toBe(201);
    expect(quiz.body).toMatchObject({
      taskId: 'eco-quiz',
      points: 20,
      balanceName: 'green',
      badgesAwarded: ['quizzer'],
      setsCompleted: [],
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(quiz.body);
    expectProblem(again, 409, 'task_limit_reached');
    expect(trainingDone.body).toMatchObject({
      badgesAwarded: ['trained'],
      setsCompleted: [{ setId: 'green-hero', prizePoints: 300 }],
      balances: { points: 300, green: 20 },
    });
    const member = await api.request('GET', '/v1/members/eco', { key: fruit });
    expect(member.body.badges.map((badge: { badgeId: string }) => badge.badgeId).sort()).toEqual([
      'quizzer',
      'trained',
    ]);
    expect(member.body.badgeSets).toEqual([{ setId: 'green-hero', completedAt: expect.any(String) }]);
  });

  it("reports the member's green points and the CO₂e of the completions", async () => {
    const report = await api.request('GET', '/v1/members/eco/green-report', { key: seed.keys['fruit-shop']! });

    expect(report.status).toBe(200);
    expect(report.body).toEqual({
      memberId: 'eco',
      balance: 20,
      earned: 20,
      spent: 0,
      co2eGrams: 300,
      byTask: [
        { taskId: 'eco-quiz', completions: 1, points: 20, co2eGrams: 150 },
        { taskId: 'eco-training', completions: 1, points: 0, co2eGrams: 150 },
      ],
    });
  });
});
