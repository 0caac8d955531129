import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { demoProgram, demoRewards, demoTiers } from '../../local/demo-data.js';
import {
  allActivity,
  balanceOf,
  enrolWithPoints,
  expectProblem,
  freshKey,
  seedDemo,
  type DemoSeed,
} from '../helpers/e2e-fixtures.js';
import { startLocalApi, type ApiClient, type ApiResponse } from '../helpers/local-api.js';

describe('E2E: the ledger through the HTTP API', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let seed: DemoSeed;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    seed = await seedDemo(api);
  });

  afterAll(async () => jifen?.stop());

  const fruit = () => seed.keys['fruit-shop']!;
  const hotel = () => seed.keys['lakeside-hotel']!;

  const earn = (key: string, body: Record<string, unknown>, idempotencyKey = freshKey('earn')) =>
    api.request('POST', '/v1/earn', { key, idempotencyKey, body: { reference: 'receipt', ...body } });
  const redeem = (key: string, body: Record<string, unknown>, idempotencyKey = freshKey('redeem')) =>
    api.request('POST', '/v1/redemptions', { key, idempotencyKey, body });
  const reverse = (key: string, body: Record<string, unknown>, idempotencyKey = freshKey('reverse')) =>
    api.request('POST', '/v1/reversals', { key, idempotencyKey, body: { reason: 'refund', ...body } });
  const stockOf = async (rewardId: string) => {
    const list = await api.request('GET', '/v1/rewards?limit=100', { key: fruit() });
    return list.body.items.find((item: { rewardId: string }) => item.rewardId === rewardId)?.stock;
  };
  const expectCreated = (response: ApiResponse) => {
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };

  // Each test works on its own members and rewards, so they run side by side.
  describe.concurrent('movements and refusals', () => {
    describe('reversals', () => {
      it('reverses an earn in full, once', async () => {
        await enrolWithPoints(api, fruit(), 'rev-full', 0);
        const original = expectCreated(await earn(fruit(), { memberId: 'rev-full', amountMinor: 12_345 }));
        expect(original.points).toBe(123);

        const reversal = expectCreated(await reverse(fruit(), { transactionId: original.transactionId }));
        const again = await reverse(fruit(), { transactionId: original.transactionId });

        expect(reversal).toMatchObject({
          reverses: original.transactionId,
          points: 123,
          balances: { points: 0, green: 0 },
        });
        expect(reversal.transactionId).not.toBe(original.transactionId);
        expectProblem(again, 409, 'already_reversed');
        expect(await balanceOf(api, 'rev-full')).toEqual({ points: 0, green: 0 });
        const [newest] = await allActivity(api, 'rev-full');
        expect(newest).toMatchObject({
          transactionId: reversal.transactionId,
          type: 'reversal',
          points: 123,
          delta: -123,
          balance: 0,
          merchantId: 'fruit-shop',
        });
      });

      it('reverses in part so that the parts add up to the original, and never beyond it', async () => {
        await enrolWithPoints(api, fruit(), 'rev-part', 0);
        const original = expectCreated(await earn(fruit(), { memberId: 'rev-part', amountMinor: 10_000 }));
        expect(original.points).toBe(100);
        const transactionId = original.transactionId;

        const first = expectCreated(await reverse(fruit(), { transactionId, amountMinor: 3_333 }));
        const second = expectCreated(await reverse(fruit(), { transactionId, amountMinor: 3_333 }));
        const tooMuch = await reverse(fruit(), { transactionId, amountMinor: 3_335 });
        const rest = expectCreated(await reverse(fruit(), { transactionId }));
        const afterAllPartial = await reverse(fruit(), { transactionId, amountMinor: 1 });
        const afterAllWhole = await reverse(fruit(), { transactionId });

        expect([first.points, second.points, rest.points]).toEqual([33, 33, 34]);
        expect(first.balances.points).toBe(67);
        expect(second.balances.points).toBe(34);
        expectProblem(tooMuch, 409, 'already_reversed');
        expect(rest.balances.points).toBe(0);
        expectProblem(afterAllPartial, 409, 'already_reversed');
        expectProblem(afterAllWhole, 409, 'already_reversed');
        const reversals = (await allActivity(api, 'rev-part')).filter((item) => item.type === 'reversal');
        expect(reversals.map((item) => item.delta)).toEqual([-34, -33, -33]);
      });

      it('gives back the points and the stock of a reversed redemption', async () => {
        await enrolWithPoints(api, fruit(), 'rev-redeem', 1_000);
        const stockBefore = await stockOf('gift-box');
        const redemption = expectCreated(await redeem(fruit(), { memberId: 'rev-redeem', rewardId: 'gift-box' }));
        expect(redemption).toMatchObject({ points: 500, rewardId: 'gift-box', balances: { points: 500 } });
        expect(await stockOf('gift-box')).toBe(stockBefore - 1);

        const reversal = expectCreated(await reverse(fruit(), { transactionId: redemption.transactionId }));

        expect(reversal).toMatchObject({
          reverses: redemption.transactionId,
          points: 500,
          balances: { points: 1_000 },
        });
        expect(await stockOf('gift-box')).toBe(stockBefore);
        expectProblem(await reverse(fruit(), { transactionId: redemption.transactionId }), 409, 'already_reversed');
        expect(await stockOf('gift-box')).toBe(stockBefore);
      });

      it("refuses merchant B reversing merchant A's transaction, and remembers the refusal", async () => {
        await enrolWithPoints(api, fruit(), 'rev-foreign', 0);
        const original = expectCreated(await earn(fruit(), { memberId: 'rev-foreign', amountMinor: 5_000 }));
        const key = freshKey('foreign');

        const foreign = await reverse(hotel(), { transactionId: original.transactionId }, key);
        const replay = await reverse(hotel(), { transactionId: original.transactionId }, key);

        expectProblem(foreign, 403, 'forbidden');
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
        expect(replay.body).toEqual(foreign.body);
        expect(await balanceOf(api, 'rev-foreign')).toEqual({ points: 50, green: 0 });
        expect((await allActivity(api, 'rev-foreign')).map((item) => item.type)).toEqual(['earn']);
        // The owner still can.
        expect(expectCreated(await reverse(fruit(), { transactionId: original.transactionId })).points).toBe(50);
      });
    });

    describe('member state and refusals', () => {
      it('refuses earn, redemption and reversal for a frozen member until unfrozen, and replays the refusal after', async () => {
        await enrolWithPoints(api, fruit(), 'frosty', 2_000);
        const earlier = expectCreated(await earn(fruit(), { memberId: 'frosty', amountMinor: 1_000 }));
        const frozen = await api.request('POST', '/v1/admin/members/frosty/freeze', {
          body: { reason: 'suspicious activity' },
        });
        expect(frozen.status).toBe(200);
        expect(frozen.body).toMatchObject({ memberId: 'frosty', frozen: true });
        const activityBefore = await allActivity(api, 'frosty');
        const earnKey = freshKey('frozen-earn');

        const refusedEarn = await earn(fruit(), { memberId: 'frosty', amountMinor: 1_000 }, earnKey);
        const refusedReward = await redeem(fruit(), { memberId: 'frosty', rewardId: 'fruit-washing' });
        const refusedPayment = await redeem(fruit(), { memberId: 'frosty', payment: { amountMinor: 100 } });
        const refusedReversal = await reverse(fruit(), { transactionId: earlier.transactionId });

        for (const refusal of [refusedEarn, refusedReward, refusedPayment, refusedReversal])
          expectProblem(refusal, 403, 'member_frozen');
        expect(await balanceOf(api, 'frosty')).toEqual({ points: 2_010, green: 0 });
        expect(await allActivity(api, 'frosty')).toEqual(activityBefore);
        expect((await api.request('GET', '/v1/members/frosty', { key: fruit() })).body.frozen).toBe(true);

        const unfrozen = await api.request('POST', '/v1/admin/members/frosty/unfreeze', {
          body: { reason: 'cleared' },
        });
        expect(unfrozen.body).toMatchObject({ frozen: false });
        const retried = await earn(fruit(), { memberId: 'frosty', amountMinor: 1_000 }, earnKey);
        const fresh = await earn(fruit(), { memberId: 'frosty', amountMinor: 1_000 });
        const redeemed = await redeem(fruit(), { memberId: 'frosty', rewardId: 'fruit-washing' });

        expectProblem(retried, 403, 'member_frozen');
        expect(retried.headers.get('idempotent-replayed')).toBe('true');
        expect(expectCreated(fresh).balances.points).toBe(2_020);
        expect(expectCreated(redeemed).balances.points).toBe(1_720);
      });

      it('answers an unknown member with member_not_found, and a retry replays it even after enrolment', async () => {
        const key = freshKey('ghost');
        const body = { memberId: 'ghost', amountMinor: 1_000 };

        const refused = await earn(fruit(), body, key);
        expectProblem(refused, 404, 'member_not_found');
        expect(refused.headers.get('idempotent-replayed')).toBeNull();
        await enrolWithPoints(api, fruit(), 'ghost', 0);
        const replay = await earn(fruit(), body, key);
        const other = await earn(fruit(), body);

        expect(replay.status).toBe(404);
        expect(replay.body).toEqual(refused.body);
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
        expect(expectCreated(other).points).toBe(10);
        expect(await balanceOf(api, 'ghost')).toEqual({ points: 10, green: 0 });
      });

      it('answers an unknown reward with reward_not_found, replayed on retry', async () => {
        await enrolWithPoints(api, fruit(), 'wisher', 1_000);
        const key = freshKey('no-reward');

        const refused = await redeem(fruit(), { memberId: 'wisher', rewardId: 'golden-pear' }, key);
        const replay = await redeem(fruit(), { memberId: 'wisher', rewardId: 'golden-pear' }, key);

        expectProblem(refused, 404, 'reward_not_found');
        expect(replay.body).toEqual(refused.body);
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
        expect(await balanceOf(api, 'wisher')).toEqual({ points: 1_000, green: 0 });
      });

      it('refuses a redemption or payment beyond the balance, writes nothing, and replays it after a top-up', async () => {
        const crate = {
          name: 'Fruit crate',
          kind: 'item',
          costPoints: 300,
          valueMinor: 3_000,
          stock: 5,
          conditions: 'One crate.',
        };
        expect((await api.request('PUT', '/v1/admin/rewards/fruit-crate', { body: crate })).status).toBe(201);
        await enrolWithPoints(api, fruit(), 'short', 400);
        const activityBefore = await allActivity(api, 'short');
        const key = freshKey('short');

        const reward = await redeem(fruit(), { memberId: 'short', rewardId: 'voucher-50' }, key);
        const payment = await redeem(hotel(), { memberId: 'short', payment: { amountMinor: 1_000 } });
        const twoCrates = await redeem(fruit(), { memberId: 'short', rewardId: 'fruit-crate', quantity: 2 });

        expectProblem(reward, 409, 'insufficient_points');
        expectProblem(payment, 409, 'insufficient_points');
        expectProblem(twoCrates, 409, 'insufficient_points');
        expect(await stockOf('fruit-crate')).toBe(5);
        expect(await balanceOf(api, 'short')).toEqual({ points: 400, green: 0 });
        expect(await allActivity(api, 'short')).toEqual(activityBefore);

        expectCreated(
          await api.request('POST', '/v1/admin/adjustments', {
            idempotencyKey: freshKey('topup'),
            body: { memberId: 'short', points: 1_000, reason: 'top-up' },
          }),
        );
        const replay = await redeem(fruit(), { memberId: 'short', rewardId: 'voucher-50' }, key);
        expectProblem(replay, 409, 'insufficient_points');
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
        expect(
          expectCreated(await redeem(fruit(), { memberId: 'short', rewardId: 'voucher-50' })).balances.points,
        ).toBe(400);
      });

      it('refuses a limited reward once its stock is gone', async () => {
        const put = await api.request('PUT', '/v1/admin/rewards/last-mango', {
          body: {
            name: 'The last mango',
            kind: 'item',
            costPoints: 10,
            valueMinor: 800,
            stock: 1,
            conditions: 'One mango, while it lasts.',
          },
        });
        expect(put.status).toBe(201);
        await Promise.all([
          enrolWithPoints(api, fruit(), 'mango-1', 100),
          enrolWithPoints(api, fruit(), 'mango-2', 100),
        ]);

        const tooMany = await redeem(fruit(), { memberId: 'mango-1', rewardId: 'last-mango', quantity: 2 });
        const sold = await redeem(fruit(), { memberId: 'mango-1', rewardId: 'last-mango' });
        const gone = await redeem(hotel(), { memberId: 'mango-2', rewardId: 'last-mango' });

        expectProblem(tooMany, 409, 'out_of_stock');
        expect(expectCreated(sold).balances.points).toBe(90);
        expectProblem(gone, 409, 'out_of_stock');
        expect(await stockOf('last-mango')).toBe(0);
        expect(await balanceOf(api, 'mango-2')).toEqual({ points: 100, green: 0 });
      });

      it('lets an Idempotency-Key refused with a 400 be used again once the request is fixed', async () => {
        await enrolWithPoints(api, fruit(), 'fixer', 0);
        const key = freshKey('fix');

        const bad = await earn(fruit(), { memberId: 'fixer', amountMinor: -5 }, key);
        const fixed = await earn(fruit(), { memberId: 'fixer', amountMinor: 500 }, key);

        expectProblem(bad, 400, 'validation_failed', ['amountMinor']);
        expect(expectCreated(fixed).points).toBe(5);
        expect(fixed.headers.get('idempotent-replayed')).toBeNull();
      });
    });

    describe('keys', () => {
      it('revokes a merchant key at once', async () => {
        const created = await api.request('POST', '/v1/admin/merchants/fruit-shop/keys');
        expect(created.status).toBe(201);
        const { keyId, apiKey } = created.body as { keyId: string; apiKey: string };
        expect((await api.request('GET', '/v1/rewards', { key: apiKey })).status).toBe(200);

        const revoked = await api.request('DELETE', `/v1/admin/keys/${keyId}`);

        expect(revoked.status).toBe(204);
        expect(revoked.body).toBeNull();
        expectProblem(await api.request('GET', '/v1/rewards', { key: apiKey }), 401, 'unauthenticated');
        expectProblem(await earn(apiKey, { memberId: 'ghost', amountMinor: 100 }), 401, 'unauthenticated');
        expectProblem(await api.request('DELETE', `/v1/admin/keys/${keyId}`), 404, 'not_found');
        expect((await api.request('GET', '/v1/rewards', { key: fruit() })).status).toBe(200);
      });
    });

    describe('activity', () => {
      it('lists newest first with cursor pagination; a merchant sees only its own entries, the admin all', async () => {
        await enrolWithPoints(api, fruit(), 'busy', 1_000);
        const created: string[] = [(await allActivity(api, 'busy'))[0].transactionId];
        created.push(expectCreated(await earn(fruit(), { memberId: 'busy', amountMinor: 5_000 })).transactionId);
        created.push(expectCreated(await earn(hotel(), { memberId: 'busy', nights: 1 })).transactionId);
        created.push(
          expectCreated(await redeem(fruit(), { memberId: 'busy', rewardId: 'fruit-washing' })).transactionId,
        );
        created.push(expectCreated(await earn(fruit(), { memberId: 'busy', amountMinor: 2_000 })).transactionId);

        const all = await allActivity(api, 'busy');
        const paged = await allActivity(api, 'busy', undefined, 2);
        const fruitView = await allActivity(api, 'busy', fruit(), 1);
        const hotelView = await allActivity(api, 'busy', hotel());
        const firstPage = await api.request('GET', '/v1/members/busy/activity?limit=2');
        const fullPage = await api.request('GET', '/v1/members/busy/activity');

        expect(all.map((item) => item.transactionId)).toEqual([...created].reverse());
        expect(all.map((item) => [item.type, item.delta, item.balance, item.merchantId])).toEqual([
          ['earn', 20, 1_770, 'fruit-shop'],
          ['redemption', -300, 1_750, 'fruit-shop'],
          ['earn', 1_000, 2_050, 'lakeside-hotel'],
          ['earn', 50, 1_050, 'fruit-shop'],
          ['adjustment', 1_000, 1_000, null],
        ]);
        for (const item of all) {
          expect(item).toMatchObject({
            balanceName: 'points',
            points: Math.abs(item.delta),
            createdAt: expect.any(String),
          });
        }
        expect(all.map((item) => item.createdAt)).toEqual([...all.map((item) => item.createdAt)].sort().reverse());
        expect(paged).toEqual(all);
        expect(firstPage.body.items).toHaveLength(2);
        expect(firstPage.body.nextCursor).toEqual(expect.any(String));
        expect(fullPage.body.nextCursor).toBeNull();
        expect(fruitView.map((item) => item.transactionId)).toEqual([created[4], created[3], created[1]]);
        expect(hotelView.map((item) => item.transactionId)).toEqual([created[2]]);
      });
    });

    describe('members', () => {
      it('enrols with 201, then answers 200 without resetting the member', async () => {
        const first = await api.request('PUT', '/v1/members/newcomer', {
          key: hotel(),
          body: { profile: { name: 'Li' } },
        });
        expect(first.status).toBe(201);
        expect(first.body).toMatchObject({
          memberId: 'newcomer',
          balances: { points: 0, green: 0 },
          tier: { id: demoTiers[0]!.id, next: { id: demoTiers[1]!.id } },
          expiring: [],
          creditStanding: 'standard',
          frozen: false,
        });
        expectCreated(await earn(hotel(), { memberId: 'newcomer', nights: 2 }));

        const again = await api.request('PUT', '/v1/members/newcomer', { key: fruit(), body: {} });

        expect(again.status).toBe(200);
        expect(again.body).toMatchObject({ memberId: 'newcomer', balances: { points: 2_000, green: 0 } });
        expect(await api.request('GET', '/v1/members/newcomer', { key: fruit() })).toMatchObject({
          status: 200,
          body: again.body,
        });
      });
    });

    describe('pending points', () => {
      it('a holding merchant’s earn shows as pending on the member until it is released', async () => {
        const merchant = {
          name: 'Holding shop',
          category: 'grocery',
          earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }],
          holdDays: 14,
        };
        const put = await api.request('PUT', '/v1/admin/merchants/holding-shop', { body: merchant });
        expect(put).toMatchObject({ status: 201, body: { merchantId: 'holding-shop', holdDays: 14 } });
        const key = (await api.request('POST', '/v1/admin/merchants/holding-shop/keys')).body.apiKey as string;
        await enrolWithPoints(api, fruit(), 'held', 100);

        const earned = expectCreated(await earn(key, { memberId: 'held', amountMinor: 40_000 }));
        const refused = await redeem(fruit(), { memberId: 'held', rewardId: 'voucher-50' });
        const member = await api.request('GET', '/v1/members/held', { key: fruit() });

        expect(earned).toMatchObject({ points: 400, balances: { points: 100, green: 0 } });
        expectProblem(refused, 409, 'insufficient_points');
        expect(member.status).toBe(200);
        expect(member.body.balances).toEqual({ points: 100, green: 0, pending: 400 });
        expect(member.body.pending).toEqual([{ points: 400, availableAt: expect.any(String) }]);
        const heldFor =
          Date.parse(member.body.pending[0].availableAt) - Date.parse((await allActivity(api, 'held'))[0]!.createdAt);
        expect(heldFor).toBe(14 * 86_400_000);
      });
    });

    describe('admin earn', () => {
      it('needs merchantId with the admin key and books the earn to that merchant', async () => {
        await enrolWithPoints(api, fruit(), 'walk-in', 0);

        const missing = await api.request('POST', '/v1/earn', {
          idempotencyKey: freshKey('admin-earn'),
          body: { memberId: 'walk-in', amountMinor: 1_000, reference: 'manual' },
        });
        const unknown = await api.request('POST', '/v1/earn', {
          idempotencyKey: freshKey('admin-earn'),
          body: { memberId: 'walk-in', merchantId: 'no-such-shop', amountMinor: 1_000, reference: 'manual' },
        });
        const booked = await api.request('POST', '/v1/earn', {
          idempotencyKey: freshKey('admin-earn'),
          body: { memberId: 'walk-in', merchantId: 'fruit-shop', amountMinor: 1_000, reference: 'manual' },
        });

        expectProblem(missing, 400, 'validation_failed', ['merchantId']);
        expectProblem(unknown, 404, 'merchant_not_found');
        expect(expectCreated(booked)).toMatchObject({ points: 10, balances: { points: 10 } });
        const [fromFruit] = await allActivity(api, 'walk-in', fruit());
        expect(fromFruit).toMatchObject({
          transactionId: booked.body.transactionId,
          merchantId: 'fruit-shop',
          reference: 'manual',
        });
        expect(await allActivity(api, 'walk-in', hotel())).toEqual([]);
      });
    });
  });

  // After the movements: these read the whole catalog, which the tests above add to.
  describe('catalog and rules', () => {
    it('lists every active reward to any merchant, priced for a member or for a standard one', async () => {
      const hidden = await api.request('PUT', '/v1/admin/rewards/retired-bag', {
        body: {
          name: 'Tote bag',
          kind: 'item',
          costPoints: 50,
          valueMinor: 500,
          conditions: 'Retired.',
          active: false,
        },
      });
      expect(hidden.status).toBe(201);
      await enrolWithPoints(api, fruit(), 'trusted', 0);
      expect(
        (await api.request('PUT', '/v1/admin/members/trusted/credit', { body: { standing: 'good' } })).status,
      ).toBe(200);

      const anyone = await api.request('GET', '/v1/rewards?limit=100', { key: hotel() });
      const trusted = await api.request('GET', '/v1/rewards?limit=100&memberId=trusted', { key: fruit() });
      const paged: any[] = [];
      let cursor: string | null = null;
      do {
        const page: ApiResponse = await api.request('GET', `/v1/rewards?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
          key: fruit(),
        });
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        paged.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);

      expect(anyone.status).toBe(200);
      expect(anyone.body.nextCursor).toBeNull();
      const ids = anyone.body.items.map((item: { rewardId: string }) => item.rewardId);
      expect(ids).not.toContain('retired-bag');
      for (const reward of demoRewards) {
        const listed = anyone.body.items.find((item: { rewardId: string }) => item.rewardId === reward.rewardId);
        expect(listed).toMatchObject({
          name: reward.name,
          kind: reward.kind,
          costPoints: reward.costPoints,
          listCostPoints: reward.costPoints,
          valueMinor: reward.valueMinor,
          conditions: reward.conditions,
        });
        expect(listed.stock === null).toBe(reward.stock === null);
        const forTrusted = trusted.body.items.find((item: { rewardId: string }) => item.rewardId === reward.rewardId);
        const discount = demoProgram.creditPerks.redemptionDiscountPercent;
        expect(forTrusted).toMatchObject({
          costPoints: Math.floor((reward.costPoints * (100 - discount)) / 100),
          listCostPoints: reward.costPoints,
        });
      }
      expect(paged.map((item) => item.rewardId)).toEqual(ids);
    });

    it('serves the rules without a key: disclosure word for word and every active condition', async () => {
      const scheduled = {
        name: 'Double points next year',
        startsAt: '2030-01-01T00:00:00Z',
        endsAt: '2030-02-01T00:00:00Z',
        conditions: 'Double points at the fruit shop in January 2030; excludes gift cards.',
        effect: { kind: 'earnMultiplier', multiplier: 2 },
        scope: { merchantIds: ['fruit-shop'] },
      };
      const ended = {
        ...scheduled,
        name: 'Old',
        startsAt: '2020-01-01T00:00:00Z',
        endsAt: '2020-02-01T00:00:00Z',
        conditions: 'Long over.',
      };
      expect((await api.request('PUT', '/v1/admin/promotions/double-2030', { body: scheduled })).status).toBe(201);
      expect((await api.request('PUT', '/v1/admin/promotions/old-2020', { body: ended })).status).toBe(201);
      expect(
        (
          await api.request('PUT', '/v1/admin/rewards/retired-cup', {
            body: {
              name: 'Cup',
              kind: 'item',
              costPoints: 5,
              valueMinor: 100,
              conditions: 'Not offered.',
              active: false,
            },
          })
        ).status,
      ).toBe(201);
      const active = (await api.request('GET', '/v1/rewards?limit=100', { key: fruit() })).body.items as {
        rewardId: string;
        conditions: string;
      }[];

      const rules = await api.request('GET', '/v1/rules', { key: null });

      expect(rules.status).toBe(200);
      expect(rules.body.disclosure).toEqual(demoProgram.disclosure);
      expect(rules.body.tiers).toEqual(demoTiers);
      const fruitShop = rules.body.earnRules.find(
        (merchant: { merchantId: string }) => merchant.merchantId === 'fruit-shop',
      );
      expect(fruitShop.earnRules).toEqual([{ kind: 'spend', points: 1, perMinor: 100 }]);
      const ruleRewards = new Map<string, string>(
        rules.body.rewards.map((reward: { rewardId: string; conditions: string }) => [
          reward.rewardId,
          reward.conditions,
        ]),
      );
      expect([...ruleRewards.keys()].sort()).toEqual(active.map((reward) => reward.rewardId).sort());
      for (const reward of active) expect(ruleRewards.get(reward.rewardId)).toBe(reward.conditions);
      for (const reward of demoRewards) expect(ruleRewards.get(reward.rewardId)).toBe(reward.conditions);
      expect(ruleRewards.has('retired-cup')).toBe(false);
      const promotions = rules.body.promotions as { promotionId: string; conditions: string; status: string }[];
      expect(promotions.find((promotion) => promotion.promotionId === 'double-2030')).toMatchObject({
        conditions: scheduled.conditions,
        status: 'scheduled',
      });
      expect(promotions.some((promotion) => promotion.promotionId === 'old-2020')).toBe(false);
    });
  });
});
