import { beforeEach, describe, expect, it } from 'vitest';
import { scheduledJob } from '../../functions/scheduled/job-handler.js';
import { listPromotions, putPromotion } from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import { runPromotionsJob } from '../../shared/application/jobs/promotions.js';
import type { Promotion } from '../../shared/domain/program.js';
import { demoPromotions } from '../../local/demo-data.js';
import { freshDeps } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { loadDemoProgram, rawItem } from '../helpers/program.js';

const summer = demoPromotions.find((p) => p.promotionId === 'summer-gift-box')!; // 2027-06-01 → 2027-09-01
const offSeason = demoPromotions.find((p) => p.promotionId === 'off-season-nights')!; // 2027-11-01 → 2028-03-01

describe('Job: promotions (DynamoDB Local)', () => {
  let deps: Deps;
  let clock: FakeClock;
  let tableName: string;

  beforeEach(async () => {
    ({ deps, clock, tableName } = await freshDeps('2027-05-01T10:00:00.000Z'));
    await loadDemoProgram(deps);
  });

  async function runAt(asOf: string) {
    clock.set(asOf);
    return runPromotionsJob(deps, new Date(asOf));
  }

  async function transitionsOf(promotionId: string) {
    return (await rawItem(deps, tableName, { pk: 'CONFIG', sk: `PROMO#${promotionId}` }))?.transitions;
  }

  async function recordedStatus(promotionId: string) {
    return (await deps.config.listPromotions()).find((p) => p.promotionId === promotionId)?.recordedStatus;
  }

  it('records scheduled, then active exactly at startsAt, then ended exactly at endsAt, each once', async () => {
    await putPromotion(deps, summer);

    const before = await runAt('2027-05-31T23:59:59.999Z');
    const rerunBefore = await runAt('2027-05-31T23:59:59.999Z');
    const atStart = await runAt('2027-06-01T00:00:00.000Z');
    const rerunAtStart = await runAt('2027-06-01T00:00:00.000Z');
    const lastMoment = await runAt('2027-08-31T23:59:59.999Z');
    const atEnd = await runAt('2027-09-01T00:00:00.000Z');
    const rerunAtEnd = await runAt('2027-09-01T00:00:00.000Z');

    expect(before).toEqual({ job: 'promotions', asOf: '2027-05-31T23:59:59.999Z', processed: 1, changed: 1 });
    expect([rerunBefore, atStart, rerunAtStart, lastMoment, atEnd, rerunAtEnd].map((r) => r.changed)).toEqual([
      0, 1, 0, 0, 1, 0,
    ]);
    expect(await transitionsOf('summer-gift-box')).toEqual([
      { from: null, to: 'scheduled', at: '2027-05-31T23:59:59.999Z' },
      { from: 'scheduled', to: 'active', at: '2027-06-01T00:00:00.000Z' },
      { from: 'active', to: 'ended', at: '2027-09-01T00:00:00.000Z' },
    ]);
    expect(await recordedStatus('summer-gift-box')).toBe('ended');
  });

  it('run late, records only the state a promotion has reached', async () => {
    await putPromotion(deps, summer);
    await putPromotion(deps, offSeason);
    await runAt('2027-05-01T10:00:00.000Z'); // both scheduled

    const late = await runAt('2028-04-01T00:00:00.000Z');

    expect(late).toMatchObject({ processed: 2, changed: 2 });
    for (const id of ['summer-gift-box', 'off-season-nights']) {
      expect(await transitionsOf(id)).toEqual([
        { from: null, to: 'scheduled', at: '2027-05-01T10:00:00.000Z' },
        { from: 'scheduled', to: 'ended', at: '2028-04-01T00:00:00.000Z' },
      ]);
    }
  });

  it('records a first run straight into the state reached, and never moves backwards', async () => {
    await putPromotion(deps, summer);

    const first = await runAt('2027-07-01T00:00:00.000Z');
    const earlier = await runAt('2027-05-15T00:00:00.000Z');

    expect(first).toMatchObject({ processed: 1, changed: 1 });
    expect(earlier).toMatchObject({ processed: 1, changed: 0 });
    expect(await transitionsOf('summer-gift-box')).toEqual([
      { from: null, to: 'active', at: '2027-07-01T00:00:00.000Z' },
    ]);
    expect(await recordedStatus('summer-gift-box')).toBe('active');
  });

  it('examines every promotion and changes only those whose state moved', async () => {
    const upcoming: Promotion = {
      ...summer,
      promotionId: 'autumn',
      startsAt: '2027-09-15T00:00:00.000Z',
      endsAt: '2027-10-15T00:00:00.000Z',
    };
    await putPromotion(deps, summer);
    await putPromotion(deps, offSeason);
    await putPromotion(deps, upcoming);
    await runAt('2027-05-01T10:00:00.000Z');

    const result = await runAt('2027-09-20T00:00:00.000Z');

    expect(result).toMatchObject({ processed: 3, changed: 2 });
    expect(await recordedStatus('summer-gift-box')).toBe('ended');
    expect(await recordedStatus('autumn')).toBe('active');
    expect(await recordedStatus('off-season-nights')).toBe('scheduled');
    // the admin list computes status at request time, whatever was recorded
    clock.set('2027-11-01T00:00:00.000Z');
    const listed = await listPromotions(deps, { limit: 10, cursor: null });
    expect(listed.items.map((p) => [p.promotionId, p.status])).toEqual([
      ['autumn', 'ended'],
      ['off-season-nights', 'active'],
      ['summer-gift-box', 'ended'],
    ]);
  });

  it('records each transition once when two runs race', async () => {
    await putPromotion(deps, summer);
    await putPromotion(deps, offSeason);

    clock.set('2027-06-01T00:00:00.000Z');
    const asOf = new Date('2027-06-01T00:00:00.000Z');
    const [a, b] = await Promise.all([runPromotionsJob(deps, asOf), runPromotionsJob(deps, asOf)]);

    expect(a.changed + b.changed).toBe(2);
    expect(await transitionsOf('summer-gift-box')).toEqual([
      { from: null, to: 'active', at: '2027-06-01T00:00:00.000Z' },
    ]);
    expect(await transitionsOf('off-season-nights')).toEqual([
      { from: null, to: 'scheduled', at: '2027-06-01T00:00:00.000Z' },
    ]);
  });

  describe('Lambda entry point', () => {
    it('runs the same job for the event asOf, with the dependencies it is given', async () => {
      await putPromotion(deps, summer);
      const handler = scheduledJob('promotions', () => deps);

      const result = await handler({ asOf: '2027-06-01T00:00:00Z' });
      const rerun = await handler({ asOf: '2027-06-01T00:00:00Z' });

      expect(result).toEqual({ job: 'promotions', asOf: '2027-06-01T00:00:00.000Z', processed: 1, changed: 1 });
      expect(rerun).toMatchObject({ processed: 1, changed: 0 });
      expect(await recordedStatus('summer-gift-box')).toBe('active');
      await expect(handler({ asOf: 'not a date' })).rejects.toMatchObject({ code: 'validation_failed' });
    });
  });
});
