import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { demoGames, demoMerchants, demoRewards } from '../../local/demo-data.js';
import { enrolWithPoints, expectProblem, freshKey, seedDemo } from '../helpers/e2e-fixtures.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The operator's lists, by path, with the id field of their items. */
const LISTS = {
  '/v1/admin/merchants': 'merchantId',
  '/v1/admin/rewards': 'rewardId',
  '/v1/admin/tasks': 'taskId',
  '/v1/admin/badges': 'badgeId',
  '/v1/admin/badge-sets': 'setId',
  '/v1/admin/games': 'gameId',
} as const;
type ListPath = keyof typeof LISTS;

const task = (name: string) => ({ name, conditions: `Do ${name}.`, points: 10, limit: { count: 1, per: 'day' } });
const badge = (taskId: string) => ({ name: `Did ${taskId}`, conditions: `Complete ${taskId} once.`, taskId });
const { gameId: _wheelId, ...wheel } = demoGames[0]!;

/** Every item of a list, `limit` at a time, with the size of each page. */
async function walk(api: ApiClient, path: ListPath, limit: number): Promise<{ items: any[]; pages: number[] }> {
  const items: any[] = [];
  const pages: number[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await api.request('GET', `${path}${query}`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    items.push(...page.body.items);
    pages.push(page.body.items.length);
    cursor = page.body.nextCursor;
  } while (cursor);
  return { items, pages };
}

describe('E2E: the operator reads its configuration back', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let fruit: string;
  /** The answers of the PUTs, by list and id. */
  const saved: Record<ListPath, Map<string, any>> = Object.fromEntries(
    Object.keys(LISTS).map((path) => [path, new Map()]),
  ) as any;

  async function put(path: ListPath, id: string, body: unknown): Promise<any> {
    const response = await api.request('PUT', `${path}/${id}`, { body });
    expect([200, 201], JSON.stringify(response.body)).toContain(response.status);
    saved[path].set(id, response.body);
    return response.body;
  }

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    fruit = (await seedDemo(api)).keys['fruit-shop']!;
    // The demo's merchants and rewards again: their PUT answers are what the lists must show.
    for (const { merchantId, ...merchant } of demoMerchants) await put('/v1/admin/merchants', merchantId, merchant);
    await put('/v1/admin/merchants', 'Zeta-fuel', {
      name: 'Zeta fuel',
      category: 'fuel',
      earnRules: [],
      settlement: { issuePricePerThousandMinor: 2000, reimbursementPerThousandMinor: 1500 },
    });
    await put('/v1/admin/merchants', 'a-books', {
      name: 'Books',
      category: 'books',
      green: true,
      earnRules: [{ kind: 'spend', points: 1, perMinor: 100, balance: 'green' }],
    });
    for (const { rewardId, ...reward } of demoRewards) await put('/v1/admin/rewards', rewardId, reward);
    await put('/v1/admin/rewards', 'retired-mug', {
      name: 'Mug',
      kind: 'item',
      costPoints: 100,
      valueMinor: 1_000,
      stock: 5,
      conditions: 'One mug.',
      active: false,
    });
    for (const taskId of ['quiz', 'walk', 'bike']) await put('/v1/admin/tasks', taskId, task(taskId));
    for (const taskId of ['quiz', 'walk', 'bike']) await put('/v1/admin/badges', `${taskId}-badge`, badge(taskId));
    await put('/v1/admin/badges', 'grocer', {
      name: 'Grocer',
      conditions: 'Five grocery earns.',
      earns: { category: 'grocery', count: 5 },
    });
    await put('/v1/admin/badge-sets', 'eco', {
      name: 'Eco',
      conditions: 'Walk and bike.',
      badgeIds: ['walk-badge', 'bike-badge'],
      prizePoints: 100,
    });
    await put('/v1/admin/badge-sets', 'all', {
      name: 'All',
      conditions: 'Every task.',
      badgeIds: ['quiz-badge', 'walk-badge', 'bike-badge'],
      prizePoints: 300,
    });
    const now = Date.now();
    await put('/v1/admin/games', 'open-wheel', { ...wheel, startsAt: iso(now - DAY), endsAt: iso(now + 30 * DAY) });
    await put('/v1/admin/games', 'next-month', {
      ...wheel,
      startsAt: iso(now + 30 * DAY),
      endsAt: iso(now + 60 * DAY),
    });
    await put('/v1/admin/games', 'one-ticket', {
      ...wheel,
      prizes: [{ prizeId: 'grand', name: '500 points', points: 500, count: 1 }],
      blanks: 0,
      startsAt: iso(now - DAY),
      endsAt: iso(now + 30 * DAY),
    });
  });

  afterAll(async () => jifen?.stop());

  it.each(Object.entries(LISTS) as [ListPath, string][])(
    '%s pages through every item in id order, each as its PUT answered it',
    async (path, idField) => {
      // Act
      const byTwo = await walk(api, path, 2);
      const all = await walk(api, path, 100);

      // Assert
      const ids = [...saved[path].keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      expect(byTwo.items.map((item) => item[idField])).toEqual(ids);
      // Every page full but the last (which may be empty when the one before ended the list exactly).
      expect(byTwo.pages.slice(0, -1).every((size) => size === 2)).toBe(true);
      expect(byTwo.pages.length).toBeGreaterThan(1);
      expect(all.items).toEqual(byTwo.items);
      expect(all.pages).toEqual([ids.length]);
      if (path === '/v1/admin/games' || path === '/v1/admin/rewards') return;
      for (const item of all.items) expect(item).toEqual(saved[path].get(item[idField]));
    },
  );

  it('reads one merchant, and answers 404 merchant_not_found for one the program does not have', async () => {
    // Act
    const found = await api.request('GET', '/v1/admin/merchants/Zeta-fuel');
    const missing = await api.request('GET', '/v1/admin/merchants/nobody');

    // Assert
    expect(found.status).toBe(200);
    expect(found.body).toEqual(saved['/v1/admin/merchants'].get('Zeta-fuel'));
    expect(found.body).toMatchObject({
      merchantId: 'Zeta-fuel',
      green: false,
      settlement: { issuePricePerThousandMinor: 2000 },
    });
    expectProblem(missing, 404, 'merchant_not_found');
  });

  it('reads the tiers as their PUT answered them', async () => {
    // Arrange
    const tiers = {
      tiers: [
        { id: 'basic', name: 'Basic', qualification: {} },
        { id: 'vip', name: 'VIP', qualification: { points: 1_000 } },
      ],
    };
    const saved = await api.request('PUT', '/v1/admin/tiers', { body: tiers });

    // Act
    const read = await api.request('GET', '/v1/admin/tiers');

    // Assert
    expect(read.status).toBe(200);
    expect(read.body).toEqual(saved.body);
    expect(read.body).toEqual(tiers);
  });

  it('lists inactive rewards too, with their whole configuration and the stock left', async () => {
    // Arrange: one gift box sold
    await enrolWithPoints(api, fruit, 'shopper', 1_000);
    const redemption = await api.request('POST', '/v1/redemptions', {
      key: fruit,
      idempotencyKey: freshKey(),
      body: { memberId: 'shopper', rewardId: 'gift-box' },
    });
    expect(redemption.status).toBe(201);

    // Act
    const { items } = await walk(api, '/v1/admin/rewards', 100);
    const catalog = await api.request('GET', '/v1/rewards?limit=100', { key: fruit });

    // Assert
    const byId = new Map(items.map((item) => [item.rewardId, item]));
    for (const [rewardId, answer] of saved['/v1/admin/rewards']) {
      const { stockLeft, ...configuration } = byId.get(rewardId);
      expect(configuration).toEqual(answer);
      expect(stockLeft).toBe(answer.stock === null ? null : rewardId === 'gift-box' ? 99 : answer.stock);
    }
    expect(byId.get('retired-mug')).toMatchObject({
      active: false,
      stock: 5,
      stockLeft: 5,
      publishedAt: null,
      conditions: 'One mug.',
    });
    expect(catalog.body.items.map((item: { rewardId: string }) => item.rewardId)).not.toContain('retired-mug');
  });

  it('lists games with status, tickets and commitment, and never their seed or order', async () => {
    // Arrange: the one-ticket game sold out, the open wheel played once
    await enrolWithPoints(api, fruit, 'player', 100);
    for (const gameId of ['one-ticket', 'open-wheel']) {
      const play = await api.request('POST', `/v1/games/${gameId}/plays`, {
        key: fruit,
        idempotencyKey: freshKey(),
        body: { memberId: 'player' },
      });
      expect(play.status).toBe(201);
    }
    const soldOut = await api.request('GET', '/v1/games/one-ticket', { key: fruit });

    // Act
    const { items } = await walk(api, '/v1/admin/games', 100);

    // Assert
    const byId = new Map(items.map((item) => [item.gameId, item]));
    expect(byId.get('open-wheel')).toMatchObject({
      status: 'active',
      tickets: 100,
      remaining: 99,
      blanks: 74,
      expectedReturnPoints: 9.5,
    });
    expect(byId.get('next-month')).toMatchObject({ status: 'scheduled', tickets: 100, remaining: 100 });
    expect(byId.get('one-ticket')).toMatchObject({ status: 'soldOut', tickets: 1, remaining: 0 });
    for (const [gameId, answer] of saved['/v1/admin/games']) {
      const { reveal: _reveal, remaining: _remaining, prizes, ...disclosed } = answer;
      expect(byId.get(gameId)).toMatchObject({
        ...disclosed,
        prizes: prizes.map(({ remaining: _left, ...prize }: { remaining: number }) => prize),
      });
    }
    // The sold-out game is revealed on its own page, but the list still carries no part of its urn.
    expect(soldOut.body.reveal).toEqual({ seed: expect.any(String), order: ['grand'] });
    const listed = JSON.stringify(items);
    expect(listed).not.toContain(soldOut.body.reveal.seed);
    for (const item of items)
      for (const secret of ['seed', 'order', 'urn', 'reveal']) expect(item).not.toHaveProperty(secret);
  });

  it('refuses a cursor of one list on another', async () => {
    // Arrange
    const merchants = await api.request('GET', '/v1/admin/merchants?limit=1');

    // Act
    const tasks = await api.request('GET', `/v1/admin/tasks?cursor=${encodeURIComponent(merchants.body.nextCursor)}`);

    // Assert
    expectProblem(tasks, 400, 'validation_failed', ['cursor']);
  });

  it('refuses a merchant key on every operator read with 403 forbidden', async () => {
    // Act
    const paths = [...Object.keys(LISTS), '/v1/admin/merchants/fruit-shop', '/v1/admin/tiers'];
    const responses = await Promise.all(paths.map((path) => api.request('GET', path, { key: fruit })));

    // Assert
    for (const response of responses) expectProblem(response, 403, 'forbidden');
  });
});

describe('E2E: the operator reads before configuring anything', () => {
  let jifen: LocalJifen;
  let api: ApiClient;

  beforeAll(async () => ({ jifen, api } = await startLocalApi()));
  afterAll(async () => jifen?.stop());

  it('answers empty lists and the default tier', async () => {
    // Act
    const lists = await Promise.all(Object.keys(LISTS).map((path) => api.request('GET', path)));
    const tiers = await api.request('GET', '/v1/admin/tiers');

    // Assert
    for (const list of lists)
      expect({ status: list.status, body: list.body }).toEqual({ status: 200, body: { items: [], nextCursor: null } });
    expect(tiers.status).toBe(200);
    expect(tiers.body).toEqual({ tiers: [{ id: 'basic', name: 'Basic', qualification: {} }] });
  });
});
