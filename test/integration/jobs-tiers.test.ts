import { beforeEach, describe, expect, it } from 'vitest';
import { putTiers } from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import { runTiersJob } from '../../shared/application/jobs/tiers.js';
import { getMember } from '../../shared/application/members.js';
import { demoTiers } from '../../local/demo-data.js';
import { freshDeps } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { SimulatedCrash, crashAfterWrites, hotelStay } from '../helpers/jobs.js';
import { enrolWithPoints, loadDemoProgram } from '../helpers/program.js';

/** Demo tiers: silver at 10 nights, gold at 25, over a 12-month window of whole calendar months. */
describe('Job: tiers (DynamoDB Local)', () => {
  let deps: Deps;
  let clock: FakeClock;

  beforeEach(async () => {
    ({ deps, clock } = await freshDeps('2027-03-15T10:00:00.000Z'));
    await loadDemoProgram(deps);
  });

  async function runAt(asOf: string, options: { pageSize?: number } = {}, on: Deps = deps) {
    clock.set(asOf);
    return runTiersJob(on, new Date(asOf), options);
  }

  async function silverMember(memberId: string) {
    await enrolWithPoints(deps, memberId, 0);
    const stay = await hotelStay(deps, memberId, `stay-${memberId}`, 10);
    expect(stay.body).toMatchObject({ tier: { id: 'silver', changed: true } });
  }

  it('keeps a member while the activity is in the window and downgrades when it leaves', async () => {
    await silverMember('m1');
    expect((await deps.members.get('m1'))!.tierReviewAt).toBe('2027-04-01T00:00:00.000Z');

    const notYet = await runAt('2027-03-31T23:59:59.999Z');
    const kept = await runAt('2027-04-01T00:00:00.000Z');
    const rerun = await runAt('2027-04-01T00:00:00.000Z');
    // the month the window starts in counts whole: March 2027 still counts in March 2028
    const stillKept = await runAt('2028-03-01T00:00:00.000Z');
    const afterKeep = await deps.members.get('m1');
    const downgraded = await runAt('2028-04-01T00:00:00.000Z');
    const rerunAfter = await runAt('2028-04-01T00:00:00.000Z');

    expect(notYet).toEqual({ job: 'tiers', asOf: '2027-03-31T23:59:59.999Z', processed: 0, changed: 0 });
    expect(kept).toEqual({ job: 'tiers', asOf: '2027-04-01T00:00:00.000Z', processed: 1, changed: 0 });
    expect(rerun).toMatchObject({ processed: 0, changed: 0 });
    expect(stillKept).toMatchObject({ processed: 1, changed: 0 });
    expect(afterKeep).toMatchObject({
      tierId: 'silver',
      tierSince: '2027-03-15T10:00:00.000Z',
      tierReviewAt: '2028-04-01T00:00:00.000Z',
    });
    expect(downgraded).toMatchObject({ processed: 1, changed: 1 });
    expect(rerunAfter).toMatchObject({ processed: 0, changed: 0 });
    expect(await deps.members.get('m1')).toMatchObject({
      tierId: 'basic',
      tierSince: '2028-04-01T00:00:00.000Z',
      tierReviewAt: null,
      // the March 2027 bucket left the window for good
      qualifying: {},
    });
    expect((await getMember(deps, 'm1')).tier).toMatchObject({
      id: 'basic',
      since: '2028-04-01T00:00:00.000Z',
      next: { id: 'silver' },
    });
  });

  it('keeps a member whose newer activity still qualifies', async () => {
    await silverMember('m1');
    clock.set('2028-02-20T10:00:00.000Z');
    await hotelStay(deps, 'm1', 'february-stay', 10);

    const result = await runAt('2028-04-01T00:00:00.000Z');

    expect(result).toMatchObject({ processed: 1, changed: 0 });
    expect(await deps.members.get('m1')).toMatchObject({ tierId: 'silver', tierReviewAt: '2028-05-01T00:00:00.000Z' });
    expect(Object.keys((await deps.members.get('m1'))!.qualifying)).toEqual(['202802']);
  });

  it('run late, downgrades in one step', async () => {
    await silverMember('m1');

    const late = await runAt('2028-06-10T04:00:00.000Z');

    expect(late).toMatchObject({ processed: 1, changed: 1 });
    expect(await deps.members.get('m1')).toMatchObject({
      tierId: 'basic',
      tierSince: '2028-06-10T04:00:00.000Z',
      tierReviewAt: null,
    });
  });

  it('upgrades a member the tiers now rank higher, and never looks at lowest-tier members', async () => {
    await silverMember('m1');
    await enrolWithPoints(deps, 'basic-1', 0);
    await hotelStay(deps, 'basic-1', 'short-stay', 3);
    await putTiers(deps, [demoTiers[0]!, demoTiers[1]!, { ...demoTiers[2]!, qualification: { nights: 10 } }]);

    const result = await runAt('2027-04-01T00:00:00.000Z');

    expect(result).toMatchObject({ processed: 1, changed: 1 });
    expect(await deps.members.get('m1')).toMatchObject({
      tierId: 'gold',
      tierSince: '2027-04-01T00:00:00.000Z',
      tierReviewAt: '2027-05-01T00:00:00.000Z',
    });
    expect(await deps.members.get('basic-1')).toMatchObject({ tierId: 'basic', tierReviewAt: null });
  });

  it('finishes a run interrupted half-way, each member changed once', async () => {
    const members = ['m1', 'm2', 'm3', 'm4'];
    for (const id of members) await silverMember(id);

    await expect(
      runAt('2028-04-01T00:00:00.000Z', { pageSize: 1 }, crashAfterWrites(deps, 2, 'memberUpdate')),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    const resumed = await runAt('2028-04-01T00:00:00.000Z', { pageSize: 1 });
    const again = await runAt('2028-04-01T00:00:00.000Z', { pageSize: 1 });

    expect(resumed).toMatchObject({ processed: 2, changed: 2 });
    expect(again).toMatchObject({ processed: 0, changed: 0 });
    for (const id of members) {
      expect(await deps.members.get(id)).toMatchObject({
        tierId: 'basic',
        tierSince: '2028-04-01T00:00:00.000Z',
        tierReviewAt: null,
      });
    }
  });

  it('changes each member once when two runs race', async () => {
    const members = ['m1', 'm2', 'm3'];
    for (const id of members) await silverMember(id);

    clock.set('2028-04-01T00:00:00.000Z');
    const asOf = new Date('2028-04-01T00:00:00.000Z');
    const [a, b] = await Promise.all([
      runTiersJob(deps, asOf, { pageSize: 2 }),
      runTiersJob(deps, asOf, { pageSize: 2 }),
    ]);

    expect(a.changed + b.changed).toBe(members.length);
    for (const id of members) expect((await deps.members.get(id))!.tierId).toBe('basic');
  });
});
