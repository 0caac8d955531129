import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoMerchants, demoProgram, demoPromotions, demoRewards, demoTiers } from '../../local/demo-data.js';
import { adminKeyFromValue } from '../../shared/adapters/admin-key.js';
import { dynamoDeps } from '../../shared/adapters/dynamodb/index.js';
import { rulesVersions } from '../../shared/adapters/dynamodb/rules-versions.js';
import { RECENT_VERSION_MS } from '../../shared/adapters/dynamodb/config-version.js';
import { CONFIG_VERSION_COPIES, keys } from '../../shared/adapters/dynamodb/keys.js';
import { hashSecret, newMerchantKey, PendingKey } from '../../shared/application/authenticate.js';
import { earnPoints } from '../../shared/application/earn-points.js';
import { enrolMember } from '../../shared/application/members.js';
import { reverseTransaction } from '../../shared/application/reverse-transaction.js';
import { requestHash, transactionIdFor } from '../../shared/application/idempotency.js';
import { putMerchant, putProgram, putPromotion, putReward, putTiers } from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import { putBadge, putBadgeSet, putTask } from '../../shared/application/engagement-config.js';
import { freshDeps, localClient, TEST_ADMIN_KEY } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { redeemReward } from '../helpers/jobs.js';
import { recordReads, tableOf, type RecordedRead } from '../helpers/reliability.js';
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

describe('Configuration kept per container, its version checked once a second (DynamoDB Local)', () => {
  let deps: Deps;
  let tableName: string;
  let clock: FakeClock;

  beforeEach(async () => {
    ({ deps, tableName, clock } = await freshDeps());
  });

  /** Another container on the same table: its own client, its own copy of the configuration. */
  const otherContainer = () =>
    dynamoDeps({
      client: localClient(),
      tableName,
      adminKey: adminKeyFromValue(TEST_ADMIN_KEY),
      rulesVersions,
      clock,
      sleep: async () => undefined,
    });
  /** The configuration version, from every copy: they must agree. */
  const version = async () => {
    const copies = await Promise.all(
      Array.from(
        { length: CONFIG_VERSION_COPIES },
        async (_, copy) => ((await rawItem(deps, tableName, keys.configVersion(copy)))?.v as number | undefined) ?? 0,
      ),
    );
    expect(new Set(copies).size, `version copies ${copies.join(',')}`).toBe(1);
    return copies[0]!;
  };

  it('is raised by one in every copy with every configuration write, in the write itself', async () => {
    const task = {
      taskId: 'quiz',
      name: 'Quiz',
      conditions: 'One quiz.',
      points: 5,
      balance: 'points' as const,
      limit: { count: 1, per: 'day' as const },
      co2eGrams: null,
      methodology: null,
      startsAt: null,
      endsAt: null,
      active: true,
    };
    const writes: [string, () => Promise<unknown>][] = [
      ['program', () => putProgram(deps, demoProgram)],
      ['tiers', () => putTiers(deps, demoTiers)],
      ['merchant', () => putMerchant(deps, demoMerchants[0]!)],
      ['reward', () => putReward(deps, demoRewards[0]!)],
      ['limited reward and its stock', () => putReward(deps, demoRewards.find((reward) => reward.stock !== null)!)],
      ['promotion', () => putPromotion(deps, demoPromotions[0]!)],
      ['task', () => putTask(deps, task)],
      [
        'task badge',
        () => putBadge(deps, { badgeId: 'quizzer', name: 'Quizzer', conditions: 'One quiz.', taskId: 'quiz' }),
      ],
      [
        'spending badge',
        () =>
          putBadge(deps, {
            badgeId: 'grocer',
            name: 'Grocer',
            conditions: 'One purchase.',
            earns: { category: 'grocery', count: 1 },
          }),
      ],
      [
        'badge set',
        () =>
          putBadgeSet(deps, {
            setId: 'both',
            name: 'Both',
            conditions: 'Both badges.',
            badgeIds: ['quizzer', 'grocer'],
            prizePoints: 10,
          }),
      ],
    ];
    const raised: Record<string, number> = {};
    for (const [what, write] of writes) {
      const before = await version();
      await write();
      raised[what] = (await version()) - before;
    }

    expect(raised).toEqual(Object.fromEntries(writes.map(([what]) => [what, 1])));
  });

  it("prices a container's next earn and redemption with a change another container made once its version is a second old, and its own change at once", async () => {
    await loadDemoProgram(deps);
    await enrolWithPoints(deps, 'm1', 10_000);
    const earning = otherContainer();
    expect((await fruitShopEarn(earning, 'm1', 'warm-earn', 10_000)).body).toMatchObject({ points: 100 });
    expect((await redeemReward(earning, 'm1', 'warm-redeem', 'voucher-50')).body).toMatchObject({ points: 1_000 });

    await putMerchant(deps, { ...demoMerchants[0]!, earnRules: [{ kind: 'spend', points: 2, perMinor: 100 }] });
    await putReward(deps, { ...demoRewards.find((reward) => reward.rewardId === 'voucher-50')!, costPoints: 700 });
    // Within the stated second the other container may still price with what it keeps; at one second it may not.
    clock.set(new Date(clock.now().getTime() + RECENT_VERSION_MS - 1).toISOString());
    const lagging = [
      (await fruitShopEarn(earning, 'm1', 'lag-earn', 10_000)).body,
      (await redeemReward(earning, 'm1', 'lag-redeem', 'voucher-50')).body,
    ];
    clock.set(new Date(clock.now().getTime() + 1).toISOString());

    expect(lagging).toEqual([expect.objectContaining({ points: 100 }), expect.objectContaining({ points: 1_000 })]);
    expect((await fruitShopEarn(earning, 'm1', 'after-earn', 10_000)).body).toMatchObject({ points: 200 });
    expect((await redeemReward(earning, 'm1', 'after-redeem', 'voucher-50')).body).toMatchObject({ points: 700 });
    await putMerchant(earning, { ...demoMerchants[0]!, earnRules: [{ kind: 'spend', points: 3, perMinor: 100 }] });
    expect((await fruitShopEarn(earning, 'm1', 'own-earn', 10_000)).body).toMatchObject({ points: 300 });
  });

  it('reads only the member and the answer before an earn while the configuration is kept, and the version and the configuration once a second has passed after a change', async () => {
    await loadDemoProgram(deps);
    await enrolWithPoints(deps, 'm1', 0);
    const earning = otherContainer();
    const { client } = tableOf(earning);
    await fruitShopEarn(earning, 'm1', 'first', 1_000);

    const kept = countCommands(client);
    await fruitShopEarn(earning, 'm1', 'second', 1_000);
    kept.stop();
    await putPromotion(deps, demoPromotions[0]!);
    clock.set(new Date(clock.now().getTime() + RECENT_VERSION_MS).toISOString());
    const changed = countCommands(client);
    await fruitShopEarn(earning, 'm1', 'third', 1_000);
    changed.stop();

    expect(kept.sent).toEqual(['BatchGetItemCommand', 'TransactWriteItemsCommand']);
    // The version copy, the configuration (one BatchGetItem and three queries) and a copy again (the version it was read at,
    // exactly, for the entry to record), the movement's own read and its write.
    expect(changed.sent.filter((command) => command !== 'QueryCommand').sort()).toEqual(
      [
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        'TransactWriteItemsCommand',
      ].sort(),
    );
    expect(changed.sent.filter((command) => command === 'QueryCommand')).toHaveLength(3);
  });

  it('reads no configuration item for a reversal or an enrolment while the configuration is kept', async () => {
    await loadDemoProgram(deps);
    await enrolWithPoints(deps, 'm1', 0);
    const serving = otherContainer();
    const earned = await fruitShopEarn(serving, 'm1', 'to-refund', 10_000);

    const recorder = recordReads(tableOf(serving).client);
    const body = { transactionId: (earned.body as { transactionId: string }).transactionId, reason: 'order cancelled' };
    const reversal = await reverseTransaction(serving, {
      caller: { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k' },
      idempotencyKey: 'refund',
      requestHash: requestHash('POST /v1/reversals', body),
      ...body,
    });
    const enrolment = await enrolMember(serving, 'newcomer', null);
    recorder.stop();

    expect(reversal.status).toBe(201);
    expect(enrolment.created).toBe(true);
    const configRead = recorder.reads.flatMap((read) => read.keys).filter((key) => key.startsWith('CONFIG'));
    expect(configRead).toEqual([]);
  });

  it('reads the version at most once a second whatever the request rate, from copies spread at random, and no item is read by every earn', async () => {
    await loadDemoProgram(deps);
    const members = Array.from({ length: 8 }, (_, i) => `spread-${i}`);
    for (const memberId of members) await enrolWithPoints(deps, memberId, 0);
    const earning = otherContainer();
    const recorder = recordReads(tableOf(earning).client);
    for (let i = 0; i < 40; i++) await fruitShopEarn(earning, members[i % members.length]!, `burst-${i}`, 1_000);
    const burst = recorder.reads.length;
    for (let second = 1; second <= 24; second++) {
      clock.set(new Date(clock.now().getTime() + RECENT_VERSION_MS).toISOString());
      await fruitShopEarn(earning, members[second % members.length]!, `second-${second}`, 1_000);
    }
    recorder.stop();

    const copiesRead = (reads: RecordedRead[]) =>
      reads.flatMap((read) => read.keys).filter((key) => key.startsWith('CONFIGVERSION#'));
    // The burst: one version read (its first earn, and the copy read after its configuration read), whatever the number of earns.
    expect(copiesRead(recorder.reads.slice(0, burst))).toHaveLength(2);
    expect(copiesRead(recorder.reads.slice(burst))).toHaveLength(24);
    expect(new Set(copiesRead(recorder.reads)).size).toBeGreaterThan(1);
    const readsPerKey = new Map<string, number>();
    for (const key of recorder.reads.flatMap((read) => read.keys))
      readsPerKey.set(key, (readsPerKey.get(key) ?? 0) + 1);
    // 64 earns: beside the members' and the transactions' own items, nothing read by more than a quarter of them.
    const shared = [...readsPerKey].filter(
      ([key, count]) => !key.startsWith('MEMBER#') && !key.startsWith('TX#') && count > 16,
    );
    expect(shared.map(([key]) => key)).toEqual([]);
  });

  it("stops a revoked key on another container's very next earn, the key's merchant already known there", async () => {
    await loadDemoProgram(deps);
    await enrolWithPoints(deps, 'm1', 0);
    const key = newMerchantKey();
    await deps.keys.put({
      keyId: key.keyId,
      merchantId: 'fruit-shop',
      secretHash: hashSecret(key.secret),
      createdAt: clock.now().toISOString(),
      expiresAt: null,
    });
    const earning = otherContainer();
    const earnWith = (idempotencyKey: string) => {
      const body = { memberId: 'm1', amountMinor: 1_000, reference: idempotencyKey };
      return earnPoints(earning, {
        ...body,
        caller: { kind: 'merchant', merchantId: 'fruit-shop', keyId: key.keyId },
        keyCheck: new PendingKey(key.keyId, key.secret, 'fruit-shop', clock.now()),
        idempotencyKey,
        requestHash: requestHash('POST /v1/earn', body),
      });
    };
    expect((await earnWith('before')).status).toBe(201);

    await deps.keys.revoke(key.keyId);

    await expect(earnWith('after')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(await rawItem(deps, tableName, keys.transaction(transactionIdFor('fruit-shop', 'after')))).toBeNull();
  });
});
