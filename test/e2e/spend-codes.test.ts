import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProgram } from '../../local/demo-data.js';
import type { LocalJifen } from '../../local/boot.js';
import { balanceOf, enrolWithPoints, expectProblem, seedDemo } from '../helpers/e2e-fixtures.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

/** The member's consent to spend: one-time codes through the local server, on a clock the test holds. */
describe('E2E: spend codes where the program asks for the member’s consent', () => {
  const clock = new FakeClock('2027-03-15T10:00:00.000Z');
  let jifen: LocalJifen;
  let api: ApiClient;
  let fruit: string;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi(clock));
    fruit = (await seedDemo(api)).keys['fruit-shop']!;
    const program = await api.request('PUT', '/v1/admin/program', {
      body: { ...demoProgram, memberConsent: { required: true, abovePoints: 100 } },
    });
    expect(program.body.memberConsent).toEqual({ required: true, abovePoints: 100 });
    for (const memberId of ['alice', 'bob', 'carol', 'dave']) await enrolWithPoints(api, fruit, memberId, 10_000);
  });

  afterAll(async () => jifen?.stop());

  const pay = (memberId: string, key: string, spendCode?: string, amountMinor = 1_000) =>
    api.request('POST', '/v1/redemptions', {
      key: fruit,
      idempotencyKey: key,
      body: { memberId, payment: { amountMinor }, ...(spendCode !== undefined && { spendCode }) },
    });
  const issue = async (memberId: string) => {
    const answer = await api.request('POST', `/v1/admin/members/${memberId}/spend-codes`);
    expect(answer.status).toBe(201);
    return answer.body as { code: string; expiresAt: string };
  };

  it('asks for the code above the threshold, does not remember the refusal, and takes the right code under the same key', async () => {
    // Act
    const small = await pay('alice', 'small', undefined, 100);
    const missing = await pay('alice', 'till-1');
    const { code, expiresAt } = await issue('alice');
    const paid = await pay('alice', 'till-1', code);

    // Assert
    expect(small.status).toBe(201);
    expectProblem(missing, 403, 'spend_code_required');
    expect(code).toMatch(/^[0-9]{8}$/);
    expect(expiresAt).toBe('2027-03-15T10:02:00.000Z');
    expect(paid.status).toBe(201);
    expect(await balanceOf(api, 'alice')).toEqual({ points: 10_000 - 60 - 600, green: 0 });
  });

  it('takes a code once, voids it when a new one is issued, and refuses it after 120 s', async () => {
    // Arrange
    const first = await issue('bob');
    const second = await issue('bob');

    // Act
    const voided = await pay('bob', 'voided', first.code);
    const used = await pay('bob', 'used', second.code);
    const again = await pay('bob', 'again', second.code);
    const third = await issue('bob');
    clock.advance(121_000);
    const expired = await pay('bob', 'expired', third.code);

    // Assert
    expectProblem(voided, 403, 'spend_code_invalid');
    expect(used.status).toBe(201);
    expectProblem(again, 403, 'spend_code_invalid');
    expectProblem(expired, 403, 'spend_code_invalid');
  });

  it('lets exactly one of 3 concurrent spends use one code', async () => {
    // Arrange
    const { code } = await issue('carol');

    // Act
    const answers = await Promise.all(['race-0', 'race-1', 'race-2'].map((key) => pay('carol', key, code)));

    // Assert
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    for (const answer of answers.filter((each) => each.status !== 201))
      expectProblem(answer, 403, 'spend_code_invalid');
    expect(await balanceOf(api, 'carol')).toEqual({ points: 10_000 - 600, green: 0 });
  });

  it('locks the member’s spends for 15 minutes after 5 invalid codes, with Retry-After, even for the right code', async () => {
    // Arrange
    for (let attempt = 0; attempt < 5; attempt += 1)
      expectProblem(await pay('dave', `guess-${attempt}`, '00000000'), 403, 'spend_code_invalid');
    const { code } = await issue('dave');

    // Act
    const locked = await pay('dave', 'locked', code);
    clock.advance(15 * 60_000);
    const fresh = await issue('dave');
    const unlocked = await pay('dave', 'unlocked', fresh.code);

    // Assert
    expectProblem(locked, 429, 'spend_code_locked');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    expect(unlocked.status).toBe(201);
  });

  it('records the issue in the audit trail without the code, and needs no code for the operator’s own spends', async () => {
    // Act
    const { code } = await issue('alice');
    const audit = await api.request('GET', '/v1/admin/audit');
    const byOperator = await api.request('POST', '/v1/redemptions', {
      idempotencyKey: 'operator-pay',
      body: { memberId: 'alice', payment: { amountMinor: 1_000 } },
    });

    // Assert
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({
        action: 'POST /v1/admin/members/{memberId}/spend-codes',
        target: 'alice',
        reason: null,
      }),
    );
    expect(JSON.stringify(audit.body)).not.toContain(code);
    expect(byOperator.status).toBe(201);
  });

  it('refuses a code that is not 8 digits as bad input, writing nothing', async () => {
    // Act
    const answer = await pay('alice', 'bad-code', '1234');

    // Assert
    expectProblem(answer, 400, 'validation_failed');
    expect(answer.body.errors).toEqual([expect.objectContaining({ path: 'spendCode' })]);
  });
});
