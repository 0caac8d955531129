import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoMerchants, demoProgram, demoPromotions, demoRewards, demoTiers } from '../../local/demo-data.js';
import { adminKeyFromValue } from '../../shared/adapters/admin-key.js';
import { dynamoDeps } from '../../shared/adapters/dynamodb/index.js';
import { CONFIG_VERSION_COPIES, keys } from '../../shared/adapters/dynamodb/keys.js';
import { putMerchant, putProgram, putPromotion, putReward, putTiers } from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import { putBadge, putBadgeSet, putTask } from '../../shared/application/engagement-config.js';
import { freshDeps, localClient, TEST_ADMIN_KEY } from '../helpers/dynamo.js';
import { redeemReward } from '../helpers/jobs.js';
import { recordReads, tableOf } from '../helpers/reliability.js';
import { enrolWithPoints, fruitShopEarn, loadDemoProgram, rawItem } from '../helpers/program.js';

/** The DynamoDB commands `client` sends while it is on, by name. */
function countCommands(client: DynamoDBClient): { sent: string[]; stop: () => void } {
  const sent: string[] = [];
  const name = `count-commands-${randomUUID()}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push((context as { commandName: string }).commandName);
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { sent, stop: () => void client.middlewareStack.remove(name) };
}

describe('Configuration kept per container, current by its version copies (DynamoDB Local)', () => {
  let deps: Deps;
  let tableName: string;
  let clock: { now(): Date };

  beforeEach(async () => {
    ({ deps, tableName, clock } = await freshDeps());
  });

  /** Another container on the same table: its own client, its own copy of the configuration. */
  const otherContainer = () =>
    dynamoDeps({ client: localClient(), tableName, adminKey: adminKeyFromValue(TEST_ADMIN_KEY), clock, sleep: async () => undefined });
  /** The configuration version, from every copy: they must agree. */
  const version = async () => {
    const copies = await Promise.all(
      Array.from({ length: CONFIG_VERSION_COPIES }, async (_, copy) => ((await rawItem(deps, tableName, keys.configVersion(copy)))?.v as number | undefined) ?? 0),
    );
    expect(new Set(copies).size, `version copies ${copies.join(',')}`).toBe(1);
    return copies[0]!;
  };

  it('is raised by one in every copy with every configuration write, in the write itself', async () => {
    const task = { taskId: 'quiz', name: 'Quiz', conditions: 'One quiz.', points: 5, balance: 'points' as const, limit: { count: 1, per: 'day' as const }, co2eGrams: null, methodology: null, startsAt: null, endsAt: null, active: true };
    const writes: [string, () => Promise<unknown>][] = [
      ['program', () => putProgram(deps, demoProgram)],
      ['tiers', () => putTiers(deps, demoTiers)],
      ['merchant', () => putMerchant(deps, demoMerchants[0]!)],
      ['reward', () => putReward(deps, demoRewards[0]!)],
      ['limited reward and its stock', () => putReward(deps, demoRewards.find((reward) => reward.stock !== null)!)],
      ['promotion', () => putPromotion(deps, demoPromotions[0]!)],
      ['task', () => putTask(deps, task)],
      ['task badge', () => putBadge(deps, { badgeId: 'quizzer', name: 'Quizzer', conditions: 'One quiz.', taskId: 'quiz' })],
      ['spending badge', () => putBadge(deps, { badgeId: 'grocer', name: 'Grocer', conditions: 'One purchase.', earns: { category: 'grocery', count: 1 } })],
      ['badge set', () => putBadgeSet(deps, { setId: 'both', name: 'Both', conditions: 'Both badges.', badgeIds: ['quizzer', 'grocer'], prizePoints: 10 })],
    ];
    const raised: Record<string, number> = {};
    for (const [what, write] of writes) {
      const before = await version();
      await write();
      raised[what] = (await version()) - before;
    }

    expect(raised).toEqual(Object.fromEntries(writes.map(([what]) => [what, 1])));
  });

  it("prices a container's very next earn and redemption with a change another container made", async () => {
    await loadDemoProgram(deps);
    await enrolWithPoints(deps, 'm1', 10_000);
    const earning = otherContainer();
    expect((await fruitShopEarn(earning, 'm1', 'warm-earn', 10_000)).body).toMatchObject({ points: 100 });
    expect((await redeemReward(earning, 'm1', 'warm-redeem', 'voucher-50')).body).toMatchObject({ points: 1_000 });

    await putMerchant(deps, { ...demoMerchants[0]!, earnRules: [{ kind: 'spend', points: 2, perMinor: 100 }] });
    await putReward(deps, { ...demoRewards.find((reward) => reward.rewardId === 'voucher-50')!, costPoints: 700 });

    expect((await fruitShopEarn(earning, 'm1', 'after-earn', 10_000)).body).toMatchObject({ points: 200 });
    expect((await redeemReward(earning, 'm1', 'after-redeem', 'voucher-50')).body).toMatchObject({ points: 700 });
  });

  it('reads only the member, the answer and one version copy before an earn once the configuration is kept, and all of it again after a change', async () => {
    await loadDemoProgram(deps);
    await enrolWithPoints(deps, 'm1', 0);
    const earning = otherContainer();
    const { client } = (earning.ledger as unknown as { table: { client: DynamoDBClient } }).table;
    await fruitShopEarn(earning, 'm1', 'first', 1_000);

    const kept = countCommands(client);
    await fruitShopEarn(earning, 'm1', 'second', 1_000);
    kept.stop();
    await putPromotion(deps, demoPromotions[0]!);
    const changed = countCommands(client);
    await fruitShopEarn(earning, 'm1', 'third', 1_000);
    changed.stop();

    expect(kept.sent).toEqual(['BatchGetItemCommand', 'TransactWriteItemsCommand']);
    expect(changed.sent.filter((command) => command !== 'QueryCommand')).toEqual(['BatchGetItemCommand', 'BatchGetItemCommand', 'TransactWriteItemsCommand']);
    expect(changed.sent.filter((command) => command === 'QueryCommand')).toHaveLength(3);
  });

  it('prices every earn after a change with it, whichever version copy its transaction id picks, the reads spread over the copies', async () => {
    await loadDemoProgram(deps);
    await enrolWithPoints(deps, 'm1', 0);
    const earning = otherContainer();
    const recorder = recordReads(tableOf(earning).client);
    const earns = 48;
    const before: unknown[] = [];
    for (let i = 0; i < earns; i++) before.push((await fruitShopEarn(earning, 'm1', `before-${i}`, 10_000)).body);
    await putMerchant(deps, { ...demoMerchants[0]!, earnRules: [{ kind: 'spend', points: 3, perMinor: 100 }] });
    const after: unknown[] = [];
    for (let i = 0; i < earns; i++) after.push((await fruitShopEarn(earning, 'm1', `after-${i}`, 10_000)).body);
    recorder.stop();

    expect(before).toEqual(Array.from({ length: earns }, () => expect.objectContaining({ points: 100 })));
    expect(after).toEqual(Array.from({ length: earns }, () => expect.objectContaining({ points: 300 })));
    const copiesRead = recorder.reads.flatMap((read) => read.keys).filter((key) => key.startsWith('CONFIGVERSION#'));
    // One copy per earn, never the same one for all: 96 earns over 64 copies touch dozens of them.
    expect(copiesRead).toHaveLength(2 * earns);
    expect(new Set(copiesRead).size).toBeGreaterThan(30);
    expect(recorder.reads.flatMap((read) => read.keys).filter((key) => key === 'CONFIG|VERSION')).toEqual([]);
  });
});
