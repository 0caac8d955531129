import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { demoProgram, demoPromotions, demoRewards, demoTiers } from '../../local/demo-data.js';
import { adjustPoints } from '../../shared/application/adjust-points.js';
import { listAudit } from '../../shared/application/audit.js';
import {
  createMerchantKey,
  putMerchant,
  putProgram,
  putPromotion,
  putReward,
  putTiers,
  revokeKey,
} from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import { clearFlag } from '../../shared/application/flags.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { runJobByHand } from '../../shared/application/jobs/index.js';
import { getMember, setCreditStanding, setFrozen } from '../../shared/application/members.js';
import type { AuditRecord } from '../../shared/domain/audit.js';
import {
  FlagNotFoundError,
  MemberNotFoundError,
  MerchantNotFoundError,
  NotFoundError,
  ValidationError,
} from '../../shared/domain/errors.js';
import { freshDeps } from '../helpers/dynamo.js';
import { enrolWithPoints, fruitShopEarn, loadDemoProgram, rawItem } from '../helpers/program.js';
import { scanTable, tableOf } from '../helpers/reliability.js';

/** An audit line as the HTTP layer would make it, at the deps' clock. */
function line(deps: Deps, action: string, target: string | null, reason: string | null = null): AuditRecord {
  return { auditId: randomUUID(), at: deps.clock.now().toISOString(), action, target, reason };
}

function adjust(deps: Deps, key: string, points: number, audit: AuditRecord) {
  const body = { memberId: 'm1', points, reason: 'goodwill' };
  return adjustPoints(deps, {
    ...body,
    balance: 'points',
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/admin/adjustments', body),
    audit,
  });
}

async function trail(deps: Deps): Promise<AuditRecord[]> {
  return (await listAudit(deps, { limit: 100, cursor: null })).items;
}

/**
 * Makes every audit line's write fail, inside the real transaction on DynamoDB
 * Local: the line's Put gets a condition it cannot meet (a new line never exists yet).
 */
function failAuditLines(client: DynamoDBClient): () => void {
  const name = `fail-audit-lines-${randomUUID()}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if ((context as { commandName?: string }).commandName === 'TransactWriteItemsCommand') {
        for (const item of (
          args.input as {
            TransactItems: { Put?: { Item: Record<string, { S?: string }>; ConditionExpression?: string } }[];
          }
        ).TransactItems) {
          if (item.Put?.Item.pk?.S?.startsWith('AUDIT#')) item.Put.ConditionExpression = 'attribute_exists(pk)';
        }
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return () => void client.middlewareStack.remove(name);
}

/** The demo program with member m1 (1,000 points) and one open flag of m1. */
async function world() {
  const made = await freshDeps('2027-03-15T10:00:00.000Z');
  const { deps } = made;
  await loadDemoProgram(deps);
  await putProgram(deps, { ...demoProgram, limits: { earnsPerMemberPerDay: 1 } });
  await enrolWithPoints(deps, 'm1', 1_000);
  await fruitShopEarn(deps, 'm1', 'first', 1_000);
  await fruitShopEarn(deps, 'm1', 'past-the-limit', 1_000);
  return made;
}

const FLAG = '2027-03-15.earnsPerMemberPerDay.m1';
const newReward = { ...demoRewards[0]!, rewardId: 'lantern-box', stock: 50 };

describe('Audit trail on DynamoDB Local', () => {
  it('stores each operator change’s line as given, newest first', async () => {
    // Arrange: each change with the line the HTTP layer would give it, a second apart
    const { deps, clock, tableName } = await world();
    const fuel = { merchantId: 'fuel', name: 'Fuel', category: 'fuel', green: false, earnRules: [] };
    let keyId = '';
    const changes: [() => AuditRecord, (audit: AuditRecord) => Promise<unknown>][] = [
      [() => line(deps, 'PUT /v1/admin/program', null), (audit) => putProgram(deps, demoProgram, audit)],
      [() => line(deps, 'PUT /v1/admin/tiers', null), (audit) => putTiers(deps, demoTiers, audit)],
      [() => line(deps, 'PUT /v1/admin/merchants/{merchantId}', 'fuel'), (audit) => putMerchant(deps, fuel, audit)],
      [
        () => line(deps, 'POST /v1/admin/merchants/{merchantId}/keys', null),
        async (audit) => {
          ({ keyId } = await createMerchantKey(deps, { merchantId: 'fuel' }, audit));
          // The line names the new key, whose id the use case made.
          audit.target = keyId;
        },
      ],
      [() => line(deps, 'DELETE /v1/admin/keys/{keyId}', keyId), (audit) => revokeKey(deps, keyId, audit)],
      [
        () => line(deps, 'PUT /v1/admin/rewards/{rewardId}', 'lantern-box'),
        (audit) => putReward(deps, newReward, audit),
      ],
      [
        () => line(deps, 'PUT /v1/admin/promotions/{promotionId}', 'summer-gift-box'),
        (audit) => putPromotion(deps, demoPromotions[0]!, audit),
      ],
      [
        () => line(deps, 'PUT /v1/admin/members/{memberId}/credit', 'm1'),
        (audit) => setCreditStanding(deps, 'm1', 'good', audit),
      ],
      [
        () => line(deps, 'POST /v1/admin/members/{memberId}/freeze', 'm1', 'velocity alert'),
        (audit) => setFrozen(deps, 'm1', true, 'velocity alert', audit),
      ],
      [
        () => line(deps, 'POST /v1/admin/adjustments', 'm1', 'goodwill'),
        (audit) => adjust(deps, 'goodwill-1', 300, audit),
      ],
      [
        () => line(deps, 'POST /v1/admin/flags/{flagId}/clear', FLAG, 'known customer'),
        (audit) => clearFlag(deps, FLAG, audit),
      ],
      [
        () => line(deps, 'POST /v1/admin/jobs/{job}', 'tiers'),
        (audit) => runJobByHand('tiers', deps, deps.clock.now(), audit),
      ],
    ];

    // Act
    const given: AuditRecord[] = [];
    for (const [i, [audit, change]] of changes.entries()) {
      clock.set(`2027-03-15T11:00:${String(i).padStart(2, '0')}.000Z`);
      given.push(audit());
      await change(given.at(-1)!);
    }

    // Assert
    expect(await trail(deps)).toEqual(given.reverse());
    expect(await rawItem(deps, tableName, { pk: 'STOCK#lantern-box', sk: 'STOCK' })).toMatchObject({
      total: 50,
      sold: 0,
      left: 50,
    });
    expect((await getMember(deps, 'm1')).frozen).toBe(true);
  });

  it('writes no line for a change that was refused, or whose own condition failed in the write', async () => {
    // Arrange
    const { deps } = await world();
    const member = (await deps.members.get('m1'))!;

    // Act: the key's and the member's conditions fail inside the transaction that carries the line
    const unknownKey = await deps.keys.revoke(
      'fedcba9876543210',
      line(deps, 'DELETE /v1/admin/keys/{keyId}', 'fedcba9876543210'),
    );
    const staleMember = await deps.members.update(
      { memberId: 'm1', expectedVersion: member.version - 1, frozen: { frozen: true, reason: 'x' } },
      line(deps, 'POST /v1/admin/members/{memberId}/freeze', 'm1', 'x'),
    );
    const refusals = await Promise.allSettled([
      revokeKey(deps, 'fedcba9876543210', line(deps, 'DELETE /v1/admin/keys/{keyId}', 'fedcba9876543210')),
      createMerchantKey(
        deps,
        { merchantId: 'no-such-merchant' },
        line(deps, 'POST /v1/admin/merchants/{merchantId}/keys', null),
      ),
      setFrozen(deps, 'nobody', true, 'x', line(deps, 'POST /v1/admin/members/{memberId}/freeze', 'nobody', 'x')),
      clearFlag(
        deps,
        '2027-03-14.earnsPerMemberPerDay.m1',
        line(deps, 'POST /v1/admin/flags/{flagId}/clear', 'x', 'x'),
      ),
      putTiers(
        deps,
        [{ id: 'basic', name: 'Basic', qualification: { nights: 1 } }],
        line(deps, 'PUT /v1/admin/tiers', null),
      ),
    ]);
    const overdrawn = await adjust(
      deps,
      'too-much',
      -1_000_000,
      line(deps, 'POST /v1/admin/adjustments', 'm1', 'goodwill'),
    );

    // Assert
    expect([unknownKey, staleMember]).toEqual([false, 'stale']);
    expect(refusals.map((result) => result.status === 'rejected' && result.reason.constructor)).toEqual([
      NotFoundError,
      MerchantNotFoundError,
      MemberNotFoundError,
      FlagNotFoundError,
      ValidationError,
    ]);
    expect(overdrawn.status).toBe(409);
    expect(await trail(deps)).toEqual([]);
  });

  it('makes no change when its line cannot be written', async () => {
    // Arrange
    const { deps, tableName } = await world();
    const { keyId } = await createMerchantKey(deps, { merchantId: 'fruit-shop' });
    const { client } = tableOf(deps);
    const before = await scanTable(client, tableName);
    const stop = failAuditLines(client);

    // Act
    const attempts = await Promise.allSettled([
      putProgram(deps, { ...demoProgram, name: 'Renamed' }, line(deps, 'PUT /v1/admin/program', null)),
      putReward(deps, newReward, line(deps, 'PUT /v1/admin/rewards/{rewardId}', 'lantern-box')),
      createMerchantKey(
        deps,
        { merchantId: 'fruit-shop' },
        line(deps, 'POST /v1/admin/merchants/{merchantId}/keys', null),
      ),
      revokeKey(deps, keyId, line(deps, 'DELETE /v1/admin/keys/{keyId}', keyId)),
      setFrozen(deps, 'm1', true, 'x', line(deps, 'POST /v1/admin/members/{memberId}/freeze', 'm1', 'x')),
      clearFlag(deps, FLAG, line(deps, 'POST /v1/admin/flags/{flagId}/clear', FLAG, 'x')),
      adjust(deps, 'goodwill-1', 300, line(deps, 'POST /v1/admin/adjustments', 'm1', 'goodwill')),
    ]);
    stop();

    // Assert: every write failed, and the table is as it was
    expect(attempts.map((attempt) => attempt.status)).toEqual(attempts.map(() => 'rejected'));
    expect(await scanTable(client, tableName)).toEqual(before);
    expect((await getMember(deps, 'm1')).frozen).toBe(false);
  });

  it('writes one line for an adjustment however often it is replayed', async () => {
    // Arrange
    const { deps } = await world();

    // Act
    const first = await adjust(deps, 'goodwill-1', 300, line(deps, 'POST /v1/admin/adjustments', 'm1', 'goodwill'));
    const replay = await adjust(deps, 'goodwill-1', 300, line(deps, 'POST /v1/admin/adjustments', 'm1', 'goodwill'));

    // Assert
    expect(replay).toEqual({ ...first, replayed: true });
    expect(await trail(deps)).toHaveLength(1);
  });

  it('pages newest first back through the monthly buckets, skipping months without a line', async () => {
    // Arrange
    const { deps, clock } = await freshDeps('2027-01-10T09:00:00.000Z');
    const write = (at: string, target: string) => {
      clock.set(at);
      return putMerchant(
        deps,
        { merchantId: target, name: target, category: 'fuel', green: false, earnRules: [] },
        line(deps, 'PUT /v1/admin/merchants/{merchantId}', target),
      );
    };
    await write('2027-01-10T09:00:00.000Z', 'january');
    await write('2027-03-01T00:00:00.000Z', 'march-1');
    await write('2027-03-31T23:59:59.999Z', 'march-31');
    clock.set('2027-04-02T08:00:00.000Z');

    // Act
    const first = await listAudit(deps, { limit: 2, cursor: null });
    const second = await listAudit(deps, { limit: 2, cursor: first.nextCursor });

    // Assert
    expect(first.items.map((record) => record.target)).toEqual(['march-31', 'march-1']);
    expect(second.items.map((record) => record.target)).toEqual(['january']);
    expect(second.nextCursor).toBeNull();
    expect(first.items[0]).toEqual({
      auditId: expect.any(String),
      at: '2027-03-31T23:59:59.999Z',
      action: 'PUT /v1/admin/merchants/{merchantId}',
      target: 'march-31',
      reason: null,
    });
  });

  it('refuses a cursor it did not issue', async () => {
    // Arrange
    const { deps } = await freshDeps('2027-03-15T10:00:00.000Z');
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

    // Act + Assert
    for (const bad of [
      'not-a-cursor',
      cursor({ month: '2027-13' }),
      cursor({ month: '2027-04' }),
      cursor({ month: '2025-12' }),
      cursor({ month: '2027-03', start: { pk: { S: 'AUDIT#2027-02' }, sk: { S: 'x' } } }),
      cursor({ month: '2027-03', extra: 1 }),
      cursor(['2027-03']),
    ]) {
      await expect(listAudit(deps, { limit: 5, cursor: bad }), bad).rejects.toBeInstanceOf(ValidationError);
    }
  });
});
