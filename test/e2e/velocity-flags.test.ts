import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProgram } from '../../local/demo-data.js';
import type { LocalJifen } from '../../local/boot.js';
import { transactionIdFor } from '../../shared/application/idempotency.js';
import { balanceOf, enrolWithPoints, expectProblem, seedDemo } from '../helpers/e2e-fixtures.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

/** Velocity limits and flags through the local server, on a clock the test holds (UTC days are exact). */
describe('E2E: velocity limits and flags', () => {
  const clock = new FakeClock('2027-03-15T10:00:00.000Z');
  let jifen: LocalJifen;
  let api: ApiClient;
  let fruit: string;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi(clock));
    fruit = (await seedDemo(api)).keys['fruit-shop']!;
    const program = await api.request('PUT', '/v1/admin/program', {
      body: { ...demoProgram, limits: { earnsPerMemberPerDay: 5 } },
    });
    expect(program.body.limits).toEqual({ earnsPerMemberPerDay: 5 });
    await enrolWithPoints(api, fruit, 'alice', 0);
  });

  afterAll(async () => jifen?.stop());

  const earn = (key: string, amountMinor = 1_000) =>
    api.request('POST', '/v1/earn', {
      key: fruit,
      idempotencyKey: key,
      body: { memberId: 'alice', amountMinor, reference: key },
    });

  it('credits exactly 5 of 8 concurrent earns against a limit of 5; the rest are 409 velocity_limit, replayed on retry', async () => {
    // Act
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => earn(`race-${i}`)));
    const refused = answers.flatMap((answer, i) => (answer.status === 409 ? [i] : []));
    const retry = await earn(`race-${refused[0]}`);

    // Assert
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(5);
    expect(refused).toHaveLength(3);
    for (const i of refused) expectProblem(answers[i]!, 409, 'velocity_limit');
    expectProblem(retry, 409, 'velocity_limit');
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await balanceOf(api, 'alice')).toEqual({ points: 50, green: 0 });

    const flags = await api.request('GET', '/v1/admin/flags?status=open');
    expect(flags.status).toBe(200);
    expect(flags.body).toEqual({
      items: [
        {
          flagId: '2027-03-15.earnsPerMemberPerDay.alice',
          memberId: 'alice',
          rule: 'earnsPerMemberPerDay',
          transactionId: expect.any(String),
          createdAt: '2027-03-15T10:00:00.000Z',
          status: 'open',
        },
      ],
      nextCursor: null,
    });
    expect(refused.map((i) => transactionIdFor('fruit-shop', `race-${i}`))).toContain(
      flags.body.items[0].transactionId,
    );
  });

  it('clears the flag, which stays on record; clearing an unknown flag is 404 flag_not_found', async () => {
    // Act
    const cleared = await api.request('POST', '/v1/admin/flags/2027-03-15.earnsPerMemberPerDay.alice/clear', {
      body: { reason: 'known customer' },
    });
    const unknown = await api.request('POST', '/v1/admin/flags/2027-03-14.earnsPerMemberPerDay.alice/clear', {
      body: { reason: 'x' },
    });

    // Assert
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ flagId: '2027-03-15.earnsPerMemberPerDay.alice', status: 'cleared' });
    expectProblem(unknown, 404, 'flag_not_found');
    expect((await api.request('GET', '/v1/admin/flags?status=open')).body.items).toEqual([]);
    expect((await api.request('GET', '/v1/admin/flags?status=cleared&memberId=alice')).body.items).toEqual([
      cleared.body,
    ]);
  });

  it('lets the member earn again on the next UTC day', async () => {
    // Arrange
    clock.set('2027-03-15T23:59:59.000Z');
    const lastOfDay = await earn('late');

    // Act
    clock.set('2027-03-16T00:00:00.000Z');
    const nextDay = await earn('next-day');

    // Assert
    expectProblem(lastOfDay, 409, 'velocity_limit');
    expect(nextDay.status).toBe(201);
    expect(await balanceOf(api, 'alice')).toEqual({ points: 60, green: 0 });
  });

  it('drops the limits with a program PUT that leaves them out', async () => {
    // Act
    const program = await api.request('PUT', '/v1/admin/program', { body: { ...demoProgram, limits: undefined } });
    const earns = await Promise.all(Array.from({ length: 6 }, (_, i) => earn(`unlimited-${i}`)));

    // Assert
    expect(program.body.limits).toEqual({});
    expect((await api.request('GET', '/v1/admin/program')).body.limits).toEqual({});
    expect(earns.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201, 201]);
  });
});
