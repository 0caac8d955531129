import { beforeEach, describe, expect, it } from 'vitest';
import { currentRules } from '../../shared/application/rules.js';
import type { Deps } from '../../shared/application/deps.js';
import { getGame, putGame } from '../../shared/application/games.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { getMember, setFrozen } from '../../shared/application/members.js';
import { playGame } from '../../shared/application/play-game.js';
import { reverseTransaction } from '../../shared/application/reverse-transaction.js';
import {
  DisclosureRequiredError,
  GameLockedError,
  IdempotencyKeyReusedError,
  ValidationError,
} from '../../shared/domain/errors.js';
import { commitmentOf, GAME_LANES, laneSpreadOf } from '../../shared/domain/games.js';
import { demoGames } from '../../local/demo-data.js';
import { freshDeps } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { enrolWithPoints, fruitShopEarn, ledgerOf, loadDemoProgram, rawItem } from '../helpers/program.js';

const fruitShop = { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k' } as const;

/** PRODUCT.md's worked wheel (the demo's), open around the test clock's 2027-03-15. */
const wheel = demoGames[0]!;

/** A 10-ticket scratch card: 2 × 30 points, 8 blanks. */
const card = {
  ...wheel,
  gameId: 'scratch-10',
  name: 'Ten tickets',
  kind: 'scratchCard' as const,
  startsAt: '2027-03-01T00:00:00Z',
  endsAt: '2027-04-01T00:00:00Z',
  prizes: [{ prizeId: 'thirty', name: '30 points', points: 30, count: 2 }],
  blanks: 8,
};

function play(deps: Deps, gameId: string, memberId: string, key: string) {
  const body = { memberId };
  return playGame(deps, {
    caller: fruitShop,
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/games/{gameId}/plays', { params: { gameId }, body }),
    gameId,
    memberId,
  });
}

async function expectLedgerMatchesBalance(deps: Deps, tableName: string, memberId: string) {
  const entries = await ledgerOf(deps, tableName, memberId);
  const points = entries.filter((e) => e.bal === 'points').reduce((sum, e) => sum + (e.delta as number), 0);
  expect(points).toBe((await getMember(deps, memberId)).balances.points);
}

describe('Games on DynamoDB Local', () => {
  let deps: Deps;
  let clock: FakeClock;
  let tableName: string;

  beforeEach(async () => {
    ({ deps, clock, tableName } = await freshDeps());
    await loadDemoProgram(deps);
  });

  it('publishes the worked wheel with its odds and commitment, and keeps the urn secret', async () => {
    // Act
    const { upsert, game } = await putGame(deps, wheel);
    const rules = await currentRules(deps);

    // Assert
    expect(upsert).toBe('created');
    expect(game).toMatchObject({ tickets: 100, remaining: 100, expectedReturnPoints: 9.5, reveal: null });
    expect(game.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(await getGame(deps, wheel.gameId)).toEqual(game);
    expect(rules.games).toEqual([
      expect.objectContaining({
        gameId: 'lucky-wheel',
        tickets: 100,
        expectedReturnPoints: 9.5,
        commitment: game.commitment,
      }),
    ]);
    expect(JSON.stringify(rules)).not.toMatch(/seed|order/);
  });

  it('gives 12 concurrent plays of a 10-ticket urn exactly its 10 tickets, and the reveal checks every one', async () => {
    // Arrange
    const { game } = await putGame(deps, card);
    const members = ['p0', 'p1', 'p2', 'p3'];
    for (const memberId of members) await enrolWithPoints(deps, memberId, 100);

    // Act
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => play(deps, card.gameId, members[i % members.length]!, `play-${i}`)),
    );

    // Assert
    const played = outcomes
      .filter((o) => o.status === 201)
      .map((o) => o.body as { ticket: number; prize: { prizeId: string } | null; memberId: string });
    const refused = outcomes.filter((o) => o.status !== 201);
    expect(played.map((p) => p.ticket).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(refused.map((o) => [o.status, (o.body as { code: string }).code])).toEqual([
      [409, 'game_sold_out'],
      [409, 'game_sold_out'],
    ]);
    const after = await getGame(deps, card.gameId);
    expect(after.remaining).toBe(0);
    expect(after.reveal).not.toBeNull();
    const { seed, order } = after.reveal!;
    expect(commitmentOf(seed, order)).toBe(game.commitment);
    for (const p of played) expect(p.prize?.prizeId ?? '-').toBe(order[p.ticket]);
    const won = played.filter((p) => p.prize !== null).length;
    expect(won).toBe(2);
    for (const memberId of members) await expectLedgerMatchesBalance(deps, tableName, memberId);
    const total = (await Promise.all(members.map((m) => getMember(deps, m)))).reduce(
      (s, m) => s + m.balances.points,
      0,
    );
    expect(total).toBe(400 - 10 * 10 + 2 * 30);
  });

  it('reshuffles with a new commitment when the urn changes before the first play', async () => {
    // Arrange
    const first = (await putGame(deps, card)).game;

    // Act
    const renamed = await putGame(deps, { ...card, name: 'Renamed' });
    const reshuffled = await putGame(deps, { ...card, name: 'Renamed', blanks: 9 });

    // Assert
    expect(renamed).toMatchObject({ upsert: 'updated', game: { name: 'Renamed', commitment: first.commitment } });
    expect(reshuffled.game.commitment).not.toBe(first.commitment);
    expect(reshuffled.game.tickets).toBe(11);
  });

  it('after a play accepts only an earlier end; an identical PUT changes nothing', async () => {
    // Arrange
    const { game } = await putGame(deps, card);
    await enrolWithPoints(deps, 'm1', 100);
    expect((await play(deps, card.gameId, 'm1', 'first')).status).toBe(201);

    // Act
    const identical = await putGame(deps, card);
    const earlier = await putGame(deps, { ...card, endsAt: '2027-03-20T00:00:00Z' });

    // Assert
    expect(identical).toEqual({
      upsert: 'updated',
      game: expect.objectContaining({ commitment: game.commitment, remaining: 9 }),
    });
    expect(earlier.game).toMatchObject({ endsAt: '2027-03-20T00:00:00Z', commitment: game.commitment });
    for (const change of [
      { endsAt: '2027-03-25T00:00:00Z' },
      { blanks: 9 },
      { costPoints: 5 },
      { name: 'Renamed' },
      { prizes: [{ prizeId: 'thirty', name: '30 points', points: 31, count: 2 }] },
    ]) {
      await expect(putGame(deps, { ...card, endsAt: '2027-03-20T00:00:00Z', ...change })).rejects.toBeInstanceOf(
        GameLockedError,
      );
    }
    expect((await getGame(deps, card.gameId)).endsAt).toBe('2027-03-20T00:00:00Z');
  });

  it('reveals an ended game that is not sold out', async () => {
    const { game } = await putGame(deps, card);
    clock.set(card.endsAt);
    const ended = await getGame(deps, card.gameId);
    expect(ended.reveal).not.toBeNull();
    expect(commitmentOf(ended.reveal!.seed, ended.reveal!.order)).toBe(game.commitment);
  });

  it('replays a play and its refusals; a reused key with another member is refused', async () => {
    // Arrange
    await enrolWithPoints(deps, 'm1', 100);
    await enrolWithPoints(deps, 'm2', 100);

    // Act: a play of a game that does not exist yet, then the game, then the same request again
    const missing = await play(deps, card.gameId, 'm1', 'early');
    await putGame(deps, card);
    const missingAgain = await play(deps, card.gameId, 'm1', 'early');
    const first = await play(deps, card.gameId, 'm1', 'once');
    const again = await play(deps, card.gameId, 'm1', 'once');

    // Assert
    expect(missing).toMatchObject({ status: 404, body: { code: 'game_not_found' } });
    expect(missingAgain).toEqual({ ...missing, replayed: true });
    // The lane the transaction id picks, or (past the urn's 10 tickets) the next lane with tickets: lane 0.
    const lane = laneSpreadOf((first.body as { transactionId: string }).transactionId) % GAME_LANES;
    expect(first).toMatchObject({ status: 201, body: { ticket: lane < 10 ? lane : 0, points: 10 } });
    expect(again).toEqual({ ...first, replayed: true });
    await expect(play(deps, card.gameId, 'm2', 'once')).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect((await getGame(deps, card.gameId)).remaining).toBe(9);
  });

  it('refuses a frozen member, a game not yet open, and a balance below the cost even when the prize would cover it', async () => {
    // Arrange: every ticket wins more than the cost
    await putGame(deps, {
      ...card,
      prizes: [{ prizeId: 'big', name: '100 points', points: 100, count: 3 }],
      blanks: 0,
    });
    await putGame(deps, { ...card, gameId: 'later', startsAt: '2027-03-20T00:00:00Z' });
    await enrolWithPoints(deps, 'frozen', 100);
    await enrolWithPoints(deps, 'poor', 9);
    await setFrozen(deps, 'frozen', true, 'audit');

    // Act
    const frozen = await play(deps, card.gameId, 'frozen', 'f');
    const early = await play(deps, 'later', 'poor', 'e');
    const poor = await play(deps, card.gameId, 'poor', 'p');

    // Assert
    expect(frozen).toMatchObject({ status: 403, body: { code: 'member_frozen' } });
    expect(early).toMatchObject({ status: 409, body: { code: 'game_not_active' } });
    expect(poor).toMatchObject({ status: 409, body: { code: 'insufficient_points' } });
    expect((await getGame(deps, card.gameId)).remaining).toBe(3);
  });

  it('does not let a negative balance (after a refund) play', async () => {
    // Arrange: earn 10, spend them on a blank, then the purchase is refunded: -10
    await putGame(deps, { ...card, prizes: [], blanks: 5 });
    await enrolWithPoints(deps, 'm1', 0);
    const earn = await fruitShopEarn(deps, 'm1', 'earn', 1_000);
    expect((await play(deps, card.gameId, 'm1', 'spend')).status).toBe(201);
    const body = { transactionId: (earn.body as { transactionId: string }).transactionId, reason: 'refund' };
    const refund = await reverseTransaction(deps, {
      caller: fruitShop,
      idempotencyKey: 'refund',
      requestHash: requestHash('r', body),
      ...body,
    });
    expect(refund.status).toBe(201);
    expect((await getMember(deps, 'm1')).balances.points).toBe(-10);

    // Act
    const refused = await play(deps, card.gameId, 'm1', 'again');

    // Assert
    expect(refused).toMatchObject({ status: 409, body: { code: 'insufficient_points' } });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('pays a goods prize as its reward: no points, the rewardId in the answer and the entry', async () => {
    // Arrange: one ticket, a home fruit-washing visit (a catalog reward worth 50 CNY)
    await putGame(deps, {
      ...card,
      prizes: [{ prizeId: 'wash', name: 'Fruit washing', rewardId: 'fruit-washing', count: 1 }],
      blanks: 0,
    });
    await enrolWithPoints(deps, 'm1', 10);

    // Act
    const won = await play(deps, card.gameId, 'm1', 'goods');

    // Assert
    expect(won).toMatchObject({
      status: 201,
      body: {
        ticket: 0,
        points: 10,
        prize: { prizeId: 'wash', points: 0, rewardId: 'fruit-washing' },
        balances: { points: 0 },
      },
    });
    const entry = await rawItem(deps, tableName, {
      pk: `TX#${(won.body as { transactionId: string }).transactionId}`,
      sk: 'TX',
    });
    expect(entry).toMatchObject({
      delta: -10,
      d: { gameId: card.gameId, ticket: 0, prizeId: 'wash', rewardId: 'fruit-washing' },
    });
  });

  it('refuses a game without conditions, a prize over 50,000 CNY and an unknown goods reward', async () => {
    await expect(putGame(deps, { ...card, conditions: ' ' })).rejects.toBeInstanceOf(DisclosureRequiredError);
    const over = putGame(deps, {
      ...card,
      prizes: [
        { prizeId: 'huge', name: 'too much', points: 50_000 * 60 + 1, count: 1 },
        { prizeId: 'ghost', name: 'nothing', rewardId: 'no-such-reward', count: 1 },
      ],
    });
    await expect(over).rejects.toBeInstanceOf(ValidationError);
    await expect(over).rejects.toMatchObject({ errors: [{ path: 'prizes.0.points' }, { path: 'prizes.1.rewardId' }] });
    await expect(getGame(deps, card.gameId)).rejects.toMatchObject({ code: 'game_not_found' });
  });
});
