import { request as httpRequest } from 'node:http';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteDeclaration as Route } from '../../functions/http/route.js';
import { routes } from '../helpers/routes.js';
import type { LocalJifen } from '../../local/boot.js';
import { TEST_ADMIN_KEY } from '../helpers/dynamo.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';
import { DEEP, scanTable, tableOf } from '../helpers/reliability.js';

/**
 * Every route of the route table gets generated garbage through the real local
 * server: arbitrary JSON, wrong types, extreme numbers, hostile unicode,
 * over-long strings, odd headers. Never a 5xx; every 4xx is a problem+json
 * with a code; a refused request writes nothing (a remembered business refusal
 * under its Idempotency-Key is the one item a 4xx may add).
 */

const RUNS_PER_ROUTE = DEEP ? 1_000 : 20;

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\uD800',
  'a\uDC00b',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  '👩‍👩‍👧‍👦🎉',
  'Ω≈ç√∫',
  '\u0000',
  '\\',
  '"',
  '../../etc/passwd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log-injection probe, literal on purpose.
  '${jndi:ldap://x}',
  "' OR '1'='1",
  '<script>alert(1)</script>',
  'm1\n',
  'x'.repeat(5_000),
  '9'.repeat(400),
  '__proto__',
  'constructor',
];
const HOSTILE_NUMBERS = [
  1e308,
  -1e308,
  -0,
  2 ** 53 + 1,
  -(2 ** 53 + 1),
  Number.MAX_SAFE_INTEGER,
  0,
  -1,
  0.5,
  -0.5,
  100.01,
  1e21,
  5e-324,
  1_000_000_001,
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ minLength: 129, maxLength: 700 }),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 3 }),
  fc.dictionary(hostileString, fc.oneof(hostileString, hostileNumber), { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A valid value for each field name any body uses, so generated bodies are "almost right" with one or more fields broken. */
const GOOD: Record<string, unknown> = {
  name: 'Fuzz',
  currency: 'CNY',
  paymentPointsPerUnit: 60,
  expiryMonths: null,
  tierWindowMonths: 12,
  disclosure: { en: 'Rules.' },
  creditPerks: { earnMultiplier: 1, redemptionDiscountPercent: 0 },
  tiers: [{ id: 'basic', name: 'Basic', qualification: {} }],
  category: 'grocery',
  green: false,
  earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }],
  kind: 'item',
  costPoints: 100,
  valueMinor: 1_000,
  balance: 'points',
  stock: 3,
  merchantId: 'shop',
  conditions: 'Conditions apply.',
  creditOnly: false,
  priorityWindowHours: 0,
  active: true,
  startsAt: '2027-03-01T00:00:00Z',
  endsAt: '2027-04-01T00:00:00Z',
  effect: { kind: 'bonusPoints', points: 10 },
  scope: {},
  standing: 'good',
  reason: 'fuzz',
  memberId: 'm1',
  points: 10,
  asOf: '2027-03-15T10:00:00Z',
  profile: { name: 'x' },
  amountMinor: 100,
  nights: 1,
  reference: 'ref',
  occurredAt: '2027-03-15T09:00:00Z',
  rewardId: 'box',
  quantity: 1,
  payment: { amountMinor: 100 },
  transactionId: 'tx_unknown',
};

/** The body fields each handler reads (API.md); routes without a body get arbitrary JSON only. */
const FIELDS: Record<string, string[]> = {
  'put-program': [
    'name',
    'currency',
    'paymentPointsPerUnit',
    'expiryMonths',
    'tierWindowMonths',
    'disclosure',
    'creditPerks',
  ],
  'put-tiers': ['tiers'],
  'put-merchant': ['name', 'category', 'green', 'earnRules'],
  'put-reward': [
    'name',
    'kind',
    'costPoints',
    'valueMinor',
    'balance',
    'stock',
    'merchantId',
    'conditions',
    'creditOnly',
    'priorityWindowHours',
    'active',
  ],
  'put-promotion': ['name', 'startsAt', 'endsAt', 'conditions', 'effect', 'scope'],
  'set-credit-standing': ['standing'],
  'freeze-member': ['reason'],
  'unfreeze-member': ['reason'],
  'adjust-points': ['memberId', 'points', 'balance', 'reason'],
  'run-job': ['asOf'],
  'clear-flag': ['reason'],
  'enrol-member': ['profile'],
  earn: ['memberId', 'merchantId', 'amountMinor', 'currency', 'nights', 'reference', 'occurredAt'],
  redeem: ['memberId', 'rewardId', 'quantity', 'payment'],
  reverse: ['transactionId', 'reason', 'amountMinor'],
};

/** Numeric fields get the extreme numbers more often: that is where rounding and overflow live. */
function fieldValue(field: string): fc.Arbitrary<unknown> {
  const good = fc.constant(GOOD[field]);
  const numeric = typeof GOOD[field] === 'number';
  return numeric
    ? fc.oneof(
        { weight: 1, arbitrary: good },
        { weight: 3, arbitrary: hostileNumber },
        { weight: 1, arbitrary: hostileValue },
      )
    : fc.oneof({ weight: 1, arbitrary: good }, { weight: 2, arbitrary: hostileValue });
}

function bodyFor(route: Route): fc.Arbitrary<{ json?: unknown; raw?: string }> {
  const fields = FIELDS[route.name] ?? [];
  const almostRight =
    fields.length === 0
      ? fc.jsonValue({ maxDepth: 2 })
      : fc
          .tuple(
            fc.record(Object.fromEntries(fields.map((f) => [f, fieldValue(f)])), { requiredKeys: [] }),
            fc.option(fc.tuple(hostileString, hostileValue), { freq: 4 }),
          )
          .map(([record, extra]) => (extra ? { ...record, [extra[0]]: extra[1] } : record));
  return fc.oneof(
    { weight: 6, arbitrary: almostRight.map((json) => ({ json })) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((json) => ({ json })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '{',
          '{"memberId":',
          'null',
          '[]',
          '"x"',
          '1e400',
          '{"a":1}{"b":2}',
          '\u0000',
          '{"amountMinor":1e999}',
          ' ',
          'x'.repeat(70_000),
        )
        .map((raw) => ({ raw })),
    },
  );
}

const GOOD_PARAMS: Record<string, string> = {
  memberId: 'm1',
  merchantId: 'shop',
  rewardId: 'box',
  promotionId: 'promo',
  keyId: '0123456789abcdef',
  job: 'tiers',
  flagId: '2027-03-15.earnsPerMemberPerDay.m1',
};

function pathFor(route: Route): fc.Arbitrary<string> {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (names.length === 0) return fc.constant(route.path);
  const param = (name: string) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(GOOD_PARAMS[name] ?? 'x') },
      {
        weight: 3,
        arbitrary: hostileString
          .filter((s) => s.length > 0)
          .map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))),
      },
      { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '..', '%2F', 'a%00b') },
    );
  return fc
    .tuple(...names.map(param))
    .map((values) => names.reduce((path, name, i) => path.replace(`{${name}}`, values[i]!), route.path));
}

const queryArb = fc.option(
  fc
    .record(
      {
        limit: fc.oneof(fc.constantFrom('0', '101', '-1', '1e3', 'abc', '', '25.5', '1'), fc.integer().map(String)),
        cursor: fc.oneof(
          hostileString,
          fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v) ?? 'null').toString('base64url')),
          fc.constantFrom(
            Buffer.from(
              JSON.stringify({ pk: { S: 'TX#x' }, sk: { S: 'TX' }, g1pk: { S: 'MEMBER#other' }, g1sk: { S: 'x' } }),
            ).toString('base64url'),
            Buffer.from(JSON.stringify({ shard: 99 })).toString('base64url'),
          ),
        ),
        memberId: fc.oneof(fc.constant('m1'), hostileString),
      },
      { requiredKeys: [] },
    )
    .map((query) => `?${new URLSearchParams(query as Record<string, string>).toString()}`),
  { freq: 2 },
);

/** Header values fetch can carry: printable Latin-1, no CR/LF/NUL. */
const headerSafe = fc
  .oneof(fc.string({ minLength: 0, maxLength: 300 }), fc.constantFrom('é', 'ключ', '\x7f', 'a'.repeat(256), 'k\tk'))
  .map((s) => s.replace(/[^\x20-\x7e\xa0-\xff]/g, '?'));

interface Probe {
  path: string;
  query: string | null;
  body: { json?: unknown; raw?: string };
  auth: 'admin' | 'merchant' | 'none' | 'garbage';
  idempotencyKey: string | null;
}

describe('Fuzzing every route through the local server', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let merchantKey: string;
  let keyCounter = 0;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    const setup = [
      await api.request('PUT', '/v1/admin/merchants/shop', {
        body: { name: 'Shop', category: 'grocery', earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }] },
      }),
      await api.request('PUT', '/v1/admin/rewards/box', {
        body: { name: 'Box', kind: 'item', costPoints: 100, valueMinor: 1_000, stock: 3, conditions: 'Three only.' },
      }),
      await api.request('PUT', '/v1/members/m1', { body: {} }),
      await api.request('POST', '/v1/admin/adjustments', {
        idempotencyKey: 'seed',
        body: { memberId: 'm1', points: 500, reason: 'seed' },
      }),
    ];
    expect(setup.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    merchantKey = (await api.request('POST', '/v1/admin/merchants/shop/keys')).body.apiKey;
  });

  afterAll(async () => {
    await jifen?.stop();
  });

  function send(route: Route, probe: Probe) {
    const key = {
      admin: TEST_ADMIN_KEY,
      merchant: merchantKey,
      none: null,
      garbage: 'jf_0123456789abcdef.not-the-secret',
    }[probe.auth];
    return api.request(route.method, `${probe.path}${probe.query ?? ''}`, {
      key,
      ...(probe.body.raw !== undefined ? { rawBody: probe.body.raw } : { body: probe.body.json }),
      ...(probe.idempotencyKey !== null && { idempotencyKey: probe.idempotencyKey }),
    });
  }

  function probeFor(route: Route): fc.Arbitrary<Probe> {
    return fc.record({
      path: pathFor(route),
      query: route.method === 'GET' ? queryArb : fc.constant(null),
      // fetch cannot send a body with GET; DELETE sometimes carries one.
      body:
        route.method === 'GET'
          ? fc.constant({})
          : route.method === 'DELETE'
            ? fc.option(bodyFor(route), { freq: 3 }).map((b) => b ?? {})
            : bodyFor(route),
      auth: fc.constantFrom<Probe['auth']>('admin', 'admin', 'admin', 'merchant', 'none', 'garbage'),
      idempotencyKey: fc.oneof(
        { weight: 4, arbitrary: fc.constant('').map(() => `fuzz-${keyCounter++}`) },
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 2, arbitrary: headerSafe },
      ),
    });
  }

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s: never a 5xx, every 4xx a problem with a code, a refusal writes nothing',
    async (_name, route) => {
      const { client, tableName } = tableOf(jifen.deps);
      await fc.assert(
        fc.asyncProperty(probeFor(route), async (probe) => {
          const before = await scanTable(client, tableName);
          const response = await send(route, probe);
          expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get('content-type')).toBe('application/problem+json');
            expect(response.body.code).toMatch(/^[a-z][a-z_]*$/);
            expect(response.body).toMatchObject({ type: `/problems/${response.body.code}`, status: response.status });
            const after = await scanTable(client, tableName);
            const added = after.filter((item) => !before.some((old) => old.pk === item.pk && old.sk === item.sk));
            const kept = after.filter((item) => !added.includes(item));
            expect(kept, 'a refused request changed an item').toEqual(before);
            // The one thing a refusal may write: its own remembered answer (API.md: business refusals are replayed).
            for (const item of added) {
              expect(item, 'a refused request wrote an item').toMatchObject({
                pk: expect.stringMatching(/^TX#/),
                st: response.status,
              });
              expect([403, 404, 409]).toContain(response.status);
              expect(item.type, 'a refusal is not a movement').toBeUndefined();
            }
          }
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    },
    DEEP ? 6 * 3_600_000 : 120_000,
  );

  describe('duplicate headers (sent as two header lines)', () => {
    function rawPost(path: string, headers: Record<string, string | string[]>, body: unknown) {
      const url = new URL(path, api.baseUrl);
      const text = JSON.stringify(body);
      return new Promise<{ status: number; headers: Record<string, unknown>; body: any }>((resolve, reject) => {
        const req = httpRequest(
          url,
          {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
          },
          (res) => {
            let data = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (data += chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode!, headers: res.headers, body: data ? JSON.parse(data) : null }),
            );
          },
        );
        req.on('error', reject);
        req.end(text);
      });
    }

    // A member of its own: the fuzzer's valid requests may freeze m1.
    beforeAll(async () => {
      expect((await api.request('PUT', '/v1/members/dup-member', { body: {} })).status).toBe(201);
    });

    const balance = async () => (await api.request('GET', '/v1/members/dup-member')).body.balances.points as number;
    const earnBody = { memberId: 'dup-member', merchantId: 'shop', amountMinor: 1_000, reference: 'dup' };

    it.each([
      ['the same key twice', () => [`Bearer ${TEST_ADMIN_KEY}`, `Bearer ${TEST_ADMIN_KEY}`]],
      ['two different keys', () => [`Bearer ${TEST_ADMIN_KEY}`, `Bearer ${merchantKey}`]],
    ])('two Authorization headers (%s) are not a valid key: 401, nothing written', async (_name, authorization) => {
      const start = await balance();
      const response = await rawPost(
        '/v1/earn',
        { authorization: authorization(), 'idempotency-key': 'dup-auth' },
        earnBody,
      );
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toBe('application/problem+json');
      expect(response.body.code).toBe('unauthenticated');
      expect(await balance()).toBe(start);
    });

    it('two Idempotency-Key headers act as one combined key: the retry replays, points move once', async () => {
      const start = await balance();
      const headers = { authorization: `Bearer ${TEST_ADMIN_KEY}`, 'idempotency-key': ['dup-a', 'dup-b'] };
      const first = await rawPost('/v1/earn', headers, earnBody);
      const retry = await rawPost('/v1/earn', headers, earnBody);
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      expect(await balance()).toBe(start + 10);
    });
  });
});
