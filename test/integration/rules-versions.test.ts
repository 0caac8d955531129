import { beforeEach, describe, expect, it } from 'vitest';
import {
  demoGames,
  demoMerchants,
  demoProgram,
  demoPromotions,
  demoRewards,
  demoTiers,
} from '../../local/demo-data.js';
import { adminKeyFromValue } from '../../shared/adapters/admin-key.js';
import { RECENT_VERSION_MS } from '../../shared/adapters/dynamodb/config-version.js';
import { dynamoDeps } from '../../shared/adapters/dynamodb/index.js';
import { keys } from '../../shared/adapters/dynamodb/rules-versions.js';
import { putMerchant, putProgram, putPromotion, putReward, putTiers } from '../../shared/application/configure.js';
import { putTask } from '../../shared/application/engagement-config.js';
import { putGame } from '../../shared/application/games.js';
import { rulesPage } from '../../shared/domain/rules-page.js';
import type { Deps } from '../../shared/application/deps.js';
import { listActivity } from '../../shared/application/members.js';
import { currentRules, rulesAsOf, rulesOfVersion } from '../../shared/application/rules.js';
import { freshDeps, localClient, TEST_ADMIN_KEY } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { enrolWithPoints, fruitShopEarn, loadDemoProgram, rawItem } from '../helpers/program.js';

const HOUR_MS = 3_600_000;

describe('Rules versions: every version’s page kept, by number and by time (DynamoDB Local)', () => {
  let deps: Deps;
  let tableName: string;
  let clock: FakeClock;

  beforeEach(async () => {
    ({ deps, tableName, clock } = await freshDeps());
  });

  /** The page as GET /v1/rules answers it now, in its bytes. */
  const pageNow = async () => JSON.stringify(await currentRules(deps));

  it('answers a version’s page byte for byte as the rules page answered it when it took effect, after later changes', async () => {
    // Arrange: version 1 is superseded without ever being asked for (its superseding write stores it);
    // version 2 is asked for while current (that read stores it), then superseded.
    await putProgram(deps, demoProgram);
    const first = await pageNow();
    clock.advance(HOUR_MS);
    await putTiers(deps, demoTiers);
    const second = await pageNow();
    const secondWhileCurrent = await rulesOfVersion(deps, 2);
    clock.advance(HOUR_MS);
    await putMerchant(deps, demoMerchants[0]!);
    await putProgram(deps, { ...demoProgram, paymentPointsPerUnit: 80 });

    // Act
    const [one, two, four] = [
      await rulesOfVersion(deps, 1),
      await rulesOfVersion(deps, 2),
      JSON.parse(await rulesOfVersion(deps, 4)),
    ];

    // Assert
    expect(one).toBe(first);
    expect(two).toBe(second);
    expect(secondWhileCurrent).toBe(second);
    expect(JSON.parse(first)).toMatchObject({
      version: 1,
      effectiveFrom: '2027-03-15T10:00:00.000Z',
      tiers: [{ id: 'basic' }],
    });
    expect(JSON.parse(second)).toMatchObject({
      version: 2,
      effectiveFrom: '2027-03-15T11:00:00.000Z',
      tiers: demoTiers,
    });
    // Written at the same clock time as version 3, it takes effect a millisecond later: versions take effect in their order.
    expect(four).toMatchObject({
      version: 4,
      effectiveFrom: '2027-03-15T12:00:00.001Z',
      program: { paymentPointsPerUnit: 80 },
    });
    // Each version is one item (and its time-index item), not a copy per entry or per read.
    expect(await rawItem(deps, tableName, keys.rulesVersion(1))).toMatchObject({ version: 1, parts: 1 });
  });

  it('finds the version in force at a time, and answers 404 for a time before the first and a version never made', async () => {
    // Arrange
    const start = clock.now().getTime();
    const at = (ms: number) => new Date(start + ms);
    await putProgram(deps, demoProgram);
    clock.advance(HOUR_MS);
    await putTiers(deps, demoTiers);

    // Act
    const versionAt = async (ms: number) => JSON.parse(await rulesAsOf(deps, at(ms))).version;

    // Assert
    expect([
      await versionAt(0),
      await versionAt(HOUR_MS - 1),
      await versionAt(HOUR_MS),
      await versionAt(100 * HOUR_MS),
    ]).toEqual([1, 1, 2, 2]);
    await expect(rulesAsOf(deps, at(-1))).rejects.toMatchObject({ code: 'rules_version_not_found' });
    await expect(rulesOfVersion(deps, 3)).rejects.toMatchObject({ code: 'rules_version_not_found' });
    await expect(rulesOfVersion(deps, 0)).rejects.toMatchObject({ code: 'rules_version_not_found' });
  });

  it('answers a moment within a version as the rules page then answered it: a promotion scheduled, active, then gone', async () => {
    // Arrange: the promotion is the last write, so one version spans all three moments.
    const start = clock.now().getTime();
    await putProgram(deps, demoProgram);
    const promotion = {
      promotionId: 'double',
      name: 'Double points',
      startsAt: new Date(start + 2 * HOUR_MS).toISOString(),
      endsAt: new Date(start + 3 * HOUR_MS).toISOString(),
      conditions: 'Double points for an hour.',
      effect: { kind: 'earnMultiplier' as const, multiplier: 2 },
      scope: {},
    };
    await putPromotion(deps, promotion);
    const answered: Record<string, string> = {};
    for (const hours of [1, 2.5, 4]) {
      clock.set(new Date(start + hours * HOUR_MS).toISOString());
      answered[hours] = await pageNow();
    }

    // Act
    const asOf = async (hours: number) => rulesAsOf(deps, new Date(start + hours * HOUR_MS));

    // Assert
    expect([await asOf(1), await asOf(2.5), await asOf(4)]).toEqual([answered[1], answered[2.5], answered[4]]);
    expect(
      [1, 2.5, 4].map((hours) => JSON.parse(answered[hours]!).promotions.map((p: { status: string }) => p.status)),
    ).toEqual([['scheduled'], ['active'], []]);
  });

  it('records on every entry the version that priced it: a container still keeping the old version records the old one', async () => {
    // Arrange
    await loadDemoProgram(deps);
    await enrolWithPoints(deps, 'm1', 1_000);
    clock.advance(1);
    const before = await deps.config.recentVersion(clock.now());
    const other = dynamoDeps({
      client: localClient(),
      tableName,
      adminKey: adminKeyFromValue(TEST_ADMIN_KEY),
      clock,
      sleep: async () => undefined,
    });
    await fruitShopEarn(other, 'm1', 'kept', 10_000);
    await putMerchant(deps, {
      ...demoMerchants.find((merchant) => merchant.merchantId === 'fruit-shop')!,
      earnRules: [{ kind: 'spend', points: 2, perMinor: 100 }],
    });

    // Act: within the second the other container prices with what it keeps; after it, with the new version.
    clock.advance(RECENT_VERSION_MS - 1);
    const lagging = await fruitShopEarn(other, 'm1', 'lagging', 10_000);
    clock.advance(1);
    const fresh = await fruitShopEarn(other, 'm1', 'fresh', 10_000);

    // Assert
    expect([lagging.body, fresh.body]).toMatchObject([{ points: 100 }, { points: 200 }]);
    const activity = await listActivity(deps, { kind: 'admin' }, 'm1', { limit: 10, cursor: null });
    expect(activity.items.map(({ type, points, rulesVersion }) => [type, points, rulesVersion])).toEqual([
      ['earn', 200, before + 1],
      ['earn', 100, before],
      ['earn', 100, before],
      ['adjustment', 1_000, before],
    ]);
  });

  it('makes one version per write when writes race, each with its page', async () => {
    // Arrange
    await putProgram(deps, demoProgram);

    // Act
    await Promise.all([putTiers(deps, demoTiers), putMerchant(deps, demoMerchants[0]!)]);
    await putMerchant(deps, demoMerchants[1]!);

    // Assert
    const pages = await Promise.all(
      [1, 2, 3, 4].map(async (version) => JSON.parse(await rulesOfVersion(deps, version))),
    );
    expect(pages.map((page) => page.version)).toEqual([1, 2, 3, 4]);
    expect(pages.map((page) => page.earnRules.length)).toEqual(expect.arrayContaining([0, 2]));
    expect(pages[3]).toMatchObject({ tiers: demoTiers, earnRules: [{}, {}] });
  });
});

describe('Rules versions: the pages a container stores from what its own writes changed (DynamoDB Local)', () => {
  it('stores every superseded page exactly as a fresh read of that version builds it, for every kind of change', async () => {
    // Arrange: one container (the writer) makes every kind of change in a row, each page derived from its own last write.
    const { deps: writer, tableName, clock } = await freshDeps();
    const rewardOnSale = { ...demoRewards[0]!, rewardId: 'a-reward' };
    const laterPromotion = { ...demoPromotions[0]!, promotionId: 'z-promotion' };
    const sameStartPromotion = { ...demoPromotions[0]!, promotionId: 'a-promotion', name: 'Same start' };
    const writes: (() => Promise<unknown>)[] = [
      () => putProgram(writer, demoProgram),
      () => putTiers(writer, demoTiers),
      () => putMerchant(writer, demoMerchants[1]!),
      () => putMerchant(writer, demoMerchants[0]!),
      () => putMerchant(writer, { ...demoMerchants[0]!, name: 'Renamed shop' }),
      () => putReward(writer, { ...rewardOnSale, active: false }),
      () => putReward(writer, rewardOnSale),
      () => putReward(writer, { ...rewardOnSale, costPoints: rewardOnSale.costPoints + 1 }),
      () => putPromotion(writer, laterPromotion),
      () => putPromotion(writer, sameStartPromotion),
      () => putPromotion(writer, { ...laterPromotion, name: 'Renamed promotion' }),
      () =>
        putTask(writer, {
          taskId: 'quiz',
          name: 'Quiz',
          conditions: 'Answer all ten questions.',
          points: 20,
          balance: 'points',
          limit: { count: 1, per: 'ever' },
          co2eGrams: null,
          methodology: null,
          startsAt: null,
          endsAt: null,
          active: true,
        }),
      () => putGame(writer, demoGames[0]!),
      () => putGame(writer, { ...demoGames[0]!, name: 'Renamed wheel' }),
    ];
    const expected: string[] = [];
    for (const write of writes) {
      clock.advance(60_000);
      await write();
      // What a container that keeps nothing builds for the version now current, at the moment it took effect.
      const fresh = dynamoDeps({
        client: localClient(),
        tableName,
        adminKey: adminKeyFromValue(TEST_ADMIN_KEY),
        clock,
      });
      const version = await fresh.config.recentVersion(clock.now());
      const [config, games] = await Promise.all([fresh.config.atVersion(version), fresh.games.list(version)]);
      const { effectiveFrom } = (await writer.rules.get(version))!;
      expected.push(JSON.stringify(rulesPage({ ...config, games, effectiveFrom }, new Date(effectiveFrom))));
    }
    await putTiers(writer, demoTiers);

    // Act
    const stored = await Promise.all(writes.map((_, index) => rulesOfVersion(writer, index + 1)));

    // Assert
    expect(stored).toEqual(expected);
    expect(JSON.parse(stored.at(-1)!)).toMatchObject({
      earnRules: [{ name: 'Renamed shop' }, {}],
      rewards: [{ rewardId: 'a-reward', costPoints: rewardOnSale.costPoints + 1 }],
      promotions: [{ promotionId: 'a-promotion' }, { name: 'Renamed promotion' }],
      games: [{ name: 'Renamed wheel' }],
    });
  });
});
