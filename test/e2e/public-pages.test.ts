import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { demoRewards } from '../../local/demo-data.js';
import { adminKeyFromValue } from '../../shared/adapters/admin-key.js';
import { dynamoDeps } from '../../shared/adapters/dynamodb/index.js';
import { rulesVersions } from '../../shared/adapters/dynamodb/rules-versions.js';
import { putReward } from '../../shared/application/configure.js';
import { localClient, TEST_ADMIN_KEY } from '../helpers/dynamo.js';
import { enrolWithPoints, freshKey, seedDemo, type DemoSeed } from '../helpers/e2e-fixtures.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';
import { recordReads, tableOf, type RecordedRead } from '../helpers/reliability.js';

/**
 * The public pages are served from what the server keeps, with an ETag: a
 * flood of rules-page views reads (almost) nothing from the table, so it
 * cannot take the configuration reads an earn needs. Counted, never timed.
 */
describe('E2E: the public pages, cached, beside the earns', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let seed: DemoSeed;
  const clock = new FakeClock('2027-03-15T10:00:00.000Z');
  const rewardIds = async () =>
    ((await api.request('GET', '/v1/rules', { key: null })).body.rewards as { rewardId: string }[]).map(
      (r) => r.rewardId,
    );

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi(clock));
    seed = await seedDemo(api);
  });

  afterAll(async () => jifen?.stop());

  it('answers the rules page with an ETag and Cache-Control, and 304 with no body to a client holding it', async () => {
    const first = await api.request('GET', '/v1/rules', { key: null });
    const etag = first.headers.get('etag')!;

    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=5');
    const again = await api.request('GET', '/v1/rules', { key: null, headers: { 'if-none-match': etag } });
    expect([again.status, again.body, again.headers.get('etag'), again.headers.get('cache-control')]).toEqual([
      304,
      null,
      etag,
      'public, max-age=5',
    ]);
    expect(
      (await api.request('GET', '/v1/rules', { key: null, headers: { 'if-none-match': `"other", W/${etag}` } })).status,
    ).toBe(304);
    expect((await api.request('GET', '/v1/rules', { key: null, headers: { 'if-none-match': '"other"' } })).status).toBe(
      200,
    );
  });

  it("shows this server's own configuration change on its very next rules page, with a new ETag", async () => {
    const before = await api.request('GET', '/v1/rules', { key: null });
    const { rewardId: _, ...reward } = demoRewards[0]!;
    expect(
      (await api.request('PUT', '/v1/admin/rewards/lantern-box', { body: { ...reward, name: 'Lantern box' } })).status,
    ).toBe(201);

    const after = await api.request('GET', '/v1/rules', {
      key: null,
      headers: { 'if-none-match': before.headers.get('etag')! },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(await rewardIds()).toContain('lantern-box');
  });

  it("shows another server's change once its kept version is a second old, never later", async () => {
    const other = dynamoDeps({
      client: localClient(),
      tableName: tableOf(jifen.deps).tableName,
      adminKey: adminKeyFromValue(TEST_ADMIN_KEY),
      rulesVersions,
      clock,
    });
    await rewardIds();
    await putReward(other, { ...demoRewards[0]!, rewardId: 'moon-cake', name: 'Moon cake' });

    // Within the stated bound the page may still lag; at one second it may not.
    clock.set(new Date(clock.now().getTime() + 999).toISOString());
    const lagging = await rewardIds();
    clock.set(new Date(clock.now().getTime() + 1).toISOString());
    expect(lagging).not.toContain('moon-cake');
    expect(await rewardIds()).toContain('moon-cake');
  });

  it('serves the OpenAPI document with an ETag and 304', async () => {
    const first = await api.request('GET', '/v1/openapi.json', { key: null });
    const etag = first.headers.get('etag')!;
    const again = await api.request('GET', '/v1/openapi.json', { key: null, headers: { 'if-none-match': etag } });

    expect([first.status, first.headers.get('cache-control')]).toEqual([200, 'public, max-age=5']);
    expect([again.status, again.body]).toEqual([304, null]);
  });

  it('does not add configuration reads to the earns when the rules page is flooded (reads counted on DynamoDB Local)', async () => {
    const members = Array.from({ length: 8 }, (_, i) => `flood-${i}`);
    for (const memberId of members) await enrolWithPoints(api, seed.keys['fruit-shop']!, memberId, 0);
    const earn = (i: number) =>
      api.request('POST', '/v1/earn', {
        key: seed.keys['fruit-shop']!,
        idempotencyKey: freshKey('flood-earn'),
        body: { memberId: members[i % members.length]!, amountMinor: 1_000, reference: `r-${i}` },
      });
    // Warm: the configuration kept, the key's merchant known, the rules page's version read.
    expect((await earn(0)).status).toBe(201);
    expect((await api.request('GET', '/v1/rules', { key: null })).status).toBe(200);

    const EARNS = 24;
    const configReads = (reads: RecordedRead[]) =>
      reads
        .flatMap((read) => read.keys.map((key) => `${read.command} ${key}`))
        .filter((read) => / (CONFIG|CONFIGVERSION#\d+|GAME#[^|]*)\|/.test(read));
    /** Runs `count` calls of `call`, `concurrency` at a time. */
    const pool = async <T>(count: number, concurrency: number, call: (i: number) => Promise<T>): Promise<T[]> => {
      const results: T[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < count) {
            const i = next++;
            results[i] = await call(i);
          }
        }),
      );
      return results;
    };
    const round = async (flood: number) => {
      const recorder = recordReads(tableOf(jifen.deps).client);
      const [earns, pages] = await Promise.all([
        pool(EARNS, 4, async (i) => (await earn(i)).status),
        pool(flood, 16, async (i) => {
          // Twice in the flood a second passes: the container may read one version copy each time, never more.
          if (i === Math.floor(flood / 3) || i === Math.floor((2 * flood) / 3))
            clock.set(new Date(clock.now().getTime() + 1_000).toISOString());
          return (await api.request('GET', '/v1/rules', { key: null })).status;
        }),
      ]);
      recorder.stop();
      return { earns, pages, reads: configReads(recorder.reads) };
    };

    const quiet = await round(0);
    const flooded = await round(600);

    expect(quiet.earns).toEqual(Array(EARNS).fill(201));
    expect(flooded.earns).toEqual(Array(EARNS).fill(201));
    expect(flooded.pages).toEqual(Array(600).fill(200));
    // While the kept configuration holds, an earn reads no configuration item and no version copy, flood or not;
    // the 600 page views add what a second passing costs the whole container: one version copy, twice.
    expect(quiet.reads).toEqual([]);
    expect(flooded.reads).toEqual([
      expect.stringMatching(/^BatchGetItemCommand CONFIGVERSION#\d+\|VERSION$/),
      expect.stringMatching(/^BatchGetItemCommand CONFIGVERSION#\d+\|VERSION$/),
    ]);
  });

  it('answers a version by number in the bytes it had, cacheable for a year, and the page in force at a past time', async () => {
    const current = await api.request('GET', '/v1/rules', { key: null });
    const { version, effectiveFrom } = current.body as { version: number; effectiveFrom: string };
    const byNumber = await api.request('GET', `/v1/rules?version=${version}`, { key: null });
    // No promotion or game in the seed, so the page now is the page as it took effect: the same bytes, the same strong ETag.
    expect([byNumber.status, byNumber.headers.get('etag'), byNumber.headers.get('cache-control')]).toEqual([
      200,
      current.headers.get('etag'),
      'public, max-age=31536000, immutable',
    ]);

    const { rewardId: _, ...reward } = demoRewards[0]!;
    expect(
      (await api.request('PUT', '/v1/admin/rewards/moon-cakes', { body: { ...reward, name: 'Moon cakes' } })).status,
    ).toBe(201);
    clock.advance(60_000);

    const later = await api.request('GET', `/v1/rules?version=${version}`, {
      key: null,
      headers: { 'if-none-match': byNumber.headers.get('etag')! },
    });
    expect([later.status, later.body]).toEqual([304, null]);
    expect((await api.request('GET', `/v1/rules?version=${version}`, { key: null })).body).toEqual(byNumber.body);
    expect((await api.request('GET', '/v1/rules', { key: null })).body.version).toBe(version + 1);
    const then = await api.request('GET', `/v1/rules?asOf=${encodeURIComponent(effectiveFrom)}`, { key: null });
    expect([then.status, then.body.version, then.headers.get('cache-control')]).toEqual([
      200,
      version,
      'public, max-age=5',
    ]);
    expect((await api.request('GET', '/v1/rules?asOf=2020-01-01T00:00:00Z', { key: null })).body).toMatchObject({
      status: 404,
      code: 'rules_version_not_found',
    });
  });
});
