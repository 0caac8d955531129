import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { demoGames } from '../../local/demo-data.js';
import { GAME_LANES, laneSpreadOf } from '../../shared/domain/games.js';
import { allActivity, balanceOf, enrolWithPoints, expectProblem, freshKey, seedDemo } from '../helpers/e2e-fixtures.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

const DAY = 86_400_000;
const { gameId: wheelId, ...wheel } = demoGames[0]!;

describe('E2E: games through the local HTTP server', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let fruit: string;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    fruit = (await seedDemo(api)).keys['fruit-shop']!;
  });

  afterAll(async () => jifen?.stop());

  it('publishes the worked wheel with its odds, and a spin costs 10 points and pays the ticket', async () => {
    // Arrange
    const created = await api.request('PUT', `/v1/admin/games/${wheelId}`, { body: wheel });
    await enrolWithPoints(api, fruit, 'spinner', 100);

    // Act
    const spin = await api.request('POST', `/v1/games/${wheelId}/plays`, {
      key: fruit,
      idempotencyKey: freshKey(),
      body: { memberId: 'spinner' },
    });
    const game = await api.request('GET', `/v1/games/${wheelId}`, { key: fruit });
    const rules = await api.request('GET', '/v1/rules', { key: null });

    // Assert
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ tickets: 100, expectedReturnPoints: 9.5, reveal: null });
    expect(spin.status).toBe(201);
    const prizePoints = spin.body.prize?.points ?? 0;
    // The first play of a lane takes its first ticket, and the lane is the one the transaction id picks.
    const lane = laneSpreadOf(spin.body.transactionId) % GAME_LANES;
    expect(spin.body).toMatchObject({
      gameId: wheelId,
      ticket: lane,
      points: 10,
      balances: { points: 100 - 10 + prizePoints },
    });
    expect(game.body).toMatchObject({ remaining: 99, commitment: created.body.commitment, reveal: null });
    expect(rules.body.games).toEqual([
      expect.objectContaining({ gameId: wheelId, expectedReturnPoints: 9.5, commitment: created.body.commitment }),
    ]);
    const [entry] = await allActivity(api, 'spinner', fruit);
    expect(entry).toMatchObject({ type: 'game', delta: prizePoints - 10, points: Math.abs(prizePoints - 10) });
  });

  it('sells a scratch card out, then reveals an urn anyone can check against the commitment', async () => {
    // Arrange: 3 tickets, open now
    const card = {
      ...wheel,
      name: 'Three tickets',
      kind: 'scratchCard',
      prizes: [{ prizeId: 'twenty', name: '20 points', points: 20, count: 1 }],
      blanks: 2,
      startsAt: new Date(Date.now() - DAY).toISOString(),
      endsAt: new Date(Date.now() + DAY).toISOString(),
    };
    const created = await api.request('PUT', '/v1/admin/games/three', { body: card });
    await enrolWithPoints(api, fruit, 'scratcher', 50);

    // Act
    const plays = [];
    for (let i = 0; i < 4; i++)
      plays.push(
        await api.request('POST', '/v1/games/three/plays', {
          key: fruit,
          idempotencyKey: `scratch-${i}`,
          body: { memberId: 'scratcher' },
        }),
      );
    const locked = await api.request('PUT', '/v1/admin/games/three', { body: { ...card, blanks: 3 } });
    const revealed = await api.request('GET', '/v1/games/three', { key: fruit });

    // Assert
    expect(plays.map((p) => p.status)).toEqual([201, 201, 201, 409]);
    expectProblem(plays[3]!, 409, 'game_sold_out');
    expectProblem(locked, 409, 'game_locked');
    const { seed, order } = revealed.body.reveal;
    expect(
      createHash('sha256')
        .update(`${seed}\n${order.join(',')}`)
        .digest('hex'),
    ).toBe(created.body.commitment);
    for (const play of plays.slice(0, 3)) expect(play.body.prize?.prizeId ?? '-').toBe(order[play.body.ticket]);
    expect(await balanceOf(api, 'scratcher')).toEqual({ points: 50 - 30 + 20, green: 0 });
  });
});
