/**
 * The hot-key audit: a mixed workload (earns, redemptions, reversals, member
 * reads, the rules page, game plays and task completions) over 10,000
 * members, through the route handlers on DynamoDB Local, counting for every
 * DynamoDB item how many requests read or wrote it. A request is followed
 * through its SDK calls by AsyncLocalStorage, so requests run concurrently.
 * A member's own items (its partition and index partition) and a
 * transaction's own entry are its own; anything else that a large share of
 * requests touches is a hot key, whose one-item limits (3,000 strongly
 * consistent reads, 1,000 writes a second) would cap the whole program.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { httpHandler } from '../functions/http/http-handler.js';
import { loadRoutes } from '../functions/http/route-catalog.js';
import { loadDemo } from '../local/demo.js';
import { LOCAL_CLIENT_CONFIG, type DynamoDbLocal } from '../local/dynamodb-local.js';
import { adminKeyFromValue } from '../shared/adapters/admin-key.js';
import { createDynamoDbClient, LOCAL_REQUEST_TIMEOUT_MS } from '../shared/adapters/dynamodb/client.js';
import { createTable } from '../shared/adapters/dynamodb/create-table.js';
import { dynamoDeps } from '../shared/adapters/dynamodb/index.js';
import { rulesVersions } from '../shared/adapters/dynamodb/rules-versions.js';
import { adjustPoints } from '../shared/application/adjust-points.js';
import { createMerchantKey } from '../shared/application/configure.js';
import { putTask } from '../shared/application/engagement-config.js';
import { putGame } from '../shared/application/games.js';
import { enrolMember } from '../shared/application/members.js';

export const AUDIT_MEMBERS = Number(process.env.BENCH_HOTKEY_MEMBERS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_HOTKEY_REQUESTS ?? 20_000);
const CONCURRENCY = 16;
/** Terminal keys of the fruit shop: a merchant's key item is read by every request made with it. */
const MERCHANT_KEYS = 200;
const ADMIN_KEY = 'bench-hotkeys-admin-key-0123456789';
const GOAL_SHARE = 0.01;

/** Requests per 100, by kind. */
export const MIX = {
  earn: 35,
  redemption: 15,
  reversal: 5,
  memberRead: 15,
  rulesPage: 15,
  play: 10,
  taskCompletion: 5,
} as const;
type Kind = keyof typeof MIX;

export interface HotKeysResult {
  members: number;
  requests: number;
  merchantKeys: number;
  byKind: Record<string, { requests: number; statuses: Record<string, number> }>;
  /** Items that are not a member's or a transaction's own, most requests first. */
  top: { item: string; requests: number; share: number }[];
  largestShare: number;
  goalShare: number;
  met: boolean;
  /** DynamoDB calls per request of each kind (reads item by item, and transactions), for the cost table. */
  perKind: Record<string, { readItems: number; queries: number; writes: number }>;
  notes: string[];
}

/** An item (or a query's partition) as `pk|sk` / `query <index> <partition>`. */
function touched(command: string, input: Record<string, any>): string[] {
  const key = (k: Record<string, any>) => {
    const plain = unmarshall(k);
    return `${plain.pk}|${plain.sk}`;
  };
  switch (command) {
    case 'GetItemCommand':
    case 'UpdateItemCommand':
    case 'DeleteItemCommand':
      return [key(input.Key)];
    case 'PutItemCommand':
      return [key({ pk: input.Item.pk, sk: input.Item.sk })];
    case 'BatchGetItemCommand':
      return Object.values(input.RequestItems as Record<string, { Keys: Record<string, any>[] }>).flatMap((r) =>
        r.Keys.map(key),
      );
    case 'TransactWriteItemsCommand':
      return (input.TransactItems as Record<string, any>[]).map((item) => {
        const [action, spec] = Object.entries(item)[0]!;
        return action === 'Put' ? key({ pk: spec.Item.pk, sk: spec.Item.sk }) : key(spec.Key);
      });
    case 'QueryCommand': {
      const values = unmarshall(input.ExpressionAttributeValues ?? {});
      const partition = Object.values(values).find((value) => typeof value === 'string' && /^[A-Z]+(#|$)/.test(value));
      return [`query ${input.IndexName ?? 'table'} ${String(partition)}`];
    }
    default:
      return [];
  }
}

/** A member's own items and index partitions, and a transaction's own entry (and its reversal's reading of it). */
const isOwn = (item: string) => /(^|\s)(MEMBER#|TX#)/.test(item);

const context = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'jifen-bench-hotkeys',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:jifen-bench-hotkeys',
  memoryLimitInMB: '1024',
  awsRequestId: 'bench',
  logGroupName: '/aws/lambda/jifen-bench-hotkeys',
  logStreamName: 'bench',
  getRemainingTimeInMillis: () => 60_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} as Context;

function eventFor(
  method: string,
  path: string,
  rawPath: string,
  n: number,
  key: string | null,
  body?: unknown,
  params?: Record<string, string>,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': `hot-${n}` };
  if (key !== null) headers.authorization = `Bearer ${key}`;
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath,
    rawQueryString: '',
    headers,
    requestContext: {
      accountId: 'bench',
      apiId: 'bench',
      domainName: 'bench.local',
      domainPrefix: 'bench',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: `hot-${n}`,
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
    ...(params && { pathParameters: params }),
    ...(body !== undefined && { body: JSON.stringify(body) }),
  };
}

/** Counts, per item, the requests that touched it, following each request by AsyncLocalStorage. */
function recordTouches(
  client: DynamoDBClient,
  current: AsyncLocalStorage<{ items: Set<string>; readItems: number; queries: number; writes: number }>,
) {
  client.middlewareStack.add(
    (next, ctx) => async (args) => {
      const request = current.getStore();
      if (request) {
        const command = (ctx as { commandName?: string }).commandName ?? '?';
        const items = touched(command, args.input as Record<string, any>);
        for (const item of items) request.items.add(item);
        if (command === 'QueryCommand') request.queries++;
        else if (command === 'GetItemCommand' || command === 'BatchGetItemCommand') request.readItems += items.length;
        else request.writes++;
      }
      return next(args);
    },
    { step: 'initialize', name: 'bench-hot-keys' },
  );
}

export async function measureHotKeys(dynamo: DynamoDbLocal): Promise<HotKeysResult> {
  const client = createDynamoDbClient({ ...LOCAL_CLIENT_CONFIG, endpoint: dynamo.endpoint }, LOCAL_REQUEST_TIMEOUT_MS);
  const tableName = 'jifen-hotkeys';
  await createTable(client, tableName);
  const deps = dynamoDeps({ client, tableName, adminKey: adminKeyFromValue(ADMIN_KEY), rulesVersions });
  await loadDemo(deps);
  const now = Date.now();
  await putGame(deps, {
    gameId: 'festival-wheel',
    name: 'Festival wheel',
    kind: 'wheel',
    conditions: 'One spin costs 1 point; 20,000 tickets: 2,000 × 10 points, 18,000 blanks.',
    costPoints: 1,
    prizes: [{ prizeId: 'ten', name: '10 points', points: 10, count: 2_000 }],
    blanks: 18_000,
    startsAt: new Date(now - 3_600_000).toISOString(),
    endsAt: new Date(now + 86_400_000).toISOString(),
  });
  await putTask(deps, {
    taskId: 'eco-quiz',
    name: 'Eco quiz',
    conditions: 'One eco quiz a day earns 5 points.',
    points: 5,
    balance: 'points',
    limit: { count: 1, per: 'day' },
    co2eGrams: null,
    methodology: null,
    startsAt: null,
    endsAt: null,
    active: true,
  });
  const keys: string[] = [];
  for (let i = 0; i < MERCHANT_KEYS; i++)
    keys.push((await createMerchantKey(deps, { merchantId: 'fruit-shop' })).apiKey);
  const memberId = (i: number) => `hot-${i}`;
  for (let start = 0; start < AUDIT_MEMBERS; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, AUDIT_MEMBERS - start) }, async (_, i) => {
        const id = memberId(start + i);
        await enrolMember(deps, id, null);
        await adjustPoints(deps, {
          idempotencyKey: `seed-${id}`,
          requestHash: 'seed',
          memberId: id,
          points: 100_000,
          balance: 'points',
          reason: 'bench seed',
        });
      }),
    );
  }

  const routes = new Map((await loadRoutes()).map(({ route }) => [route.name, httpHandler(route, () => deps)]));
  const current = new AsyncLocalStorage<{ items: Set<string>; readItems: number; queries: number; writes: number }>();
  recordTouches(client, current);
  const requestsPerItem = new Map<string, number>();
  const byKind: HotKeysResult['byKind'] = {};
  const totals: Record<string, { readItems: number; queries: number; writes: number; n: number }> = {};
  const earned: { transactionId: string; key: string }[] = [];
  const schedule: Kind[] = (Object.entries(MIX) as [Kind, number][]).flatMap(([kind, weight]) =>
    Array<Kind>(weight).fill(kind),
  );
  let random = 20_261_207;
  const next = () => (random = (Math.imul(random, 1_103_515_245) + 12_345) >>> 0);

  async function one(n: number): Promise<void> {
    let kind = schedule[next() % schedule.length]!;
    if (kind === 'reversal' && earned.length === 0) kind = 'earn';
    const member = memberId(next() % AUDIT_MEMBERS);
    const key = keys[next() % keys.length]!;
    const call = (
      name: string,
      method: string,
      path: string,
      rawPath: string,
      callKey: string | null,
      body?: unknown,
      params?: Record<string, string>,
    ) =>
      routes.get(name)!(
        eventFor(method, path, rawPath, n, callKey, body, params),
        context,
      ) as Promise<APIGatewayProxyStructuredResultV2>;
    const run = (): Promise<APIGatewayProxyStructuredResultV2> => {
      switch (kind) {
        case 'earn':
          return call('earn', 'POST', '/v1/earn', '/v1/earn', key, {
            memberId: member,
            amountMinor: 10_000,
            reference: `r-${n}`,
          });
        case 'redemption':
          return call('redeem', 'POST', '/v1/redemptions', '/v1/redemptions', key, {
            memberId: member,
            rewardId: 'fruit-washing',
          });
        case 'reversal': {
          const original = earned.splice(next() % earned.length, 1)[0]!;
          return call('reverse', 'POST', '/v1/reversals', '/v1/reversals', original.key, {
            transactionId: original.transactionId,
            reason: 'refund',
          });
        }
        case 'memberRead':
          return call('get-member', 'GET', '/v1/members/{memberId}', `/v1/members/${member}`, key, undefined, {
            memberId: member,
          });
        case 'rulesPage':
          return call('get-rules', 'GET', '/v1/rules', '/v1/rules', null);
        case 'play':
          return call(
            'play-game',
            'POST',
            '/v1/games/{gameId}/plays',
            '/v1/games/festival-wheel/plays',
            key,
            { memberId: member },
            { gameId: 'festival-wheel' },
          );
        case 'taskCompletion':
          return call(
            'complete-task',
            'POST',
            '/v1/tasks/{taskId}/completions',
            '/v1/tasks/eco-quiz/completions',
            key,
            { memberId: member, reference: `t-${n}` },
            { taskId: 'eco-quiz' },
          );
      }
    };
    const request = { items: new Set<string>(), readItems: 0, queries: 0, writes: 0 };
    const response = await current.run(request, run);
    const status = String(response.statusCode);
    const kindStats = byKind[kind] ?? { requests: 0, statuses: {} };
    byKind[kind] = kindStats;
    kindStats.requests++;
    kindStats.statuses[status] = (kindStats.statuses[status] ?? 0) + 1;
    const total = totals[kind] ?? { readItems: 0, queries: 0, writes: 0, n: 0 };
    totals[kind] = total;
    total.readItems += request.readItems;
    total.queries += request.queries;
    total.writes += request.writes;
    total.n++;
    if (kind === 'earn' && response.statusCode === 201)
      earned.push({ transactionId: JSON.parse(response.body!).transactionId, key });
    for (const item of request.items) requestsPerItem.set(item, (requestsPerItem.get(item) ?? 0) + 1);
  }

  let issued = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (issued < REQUESTS) await one(issued++);
    }),
  );
  client.destroy();

  const top = [...requestsPerItem]
    .filter(([item]) => !isOwn(item))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([item, requests]) => ({ item, requests, share: Math.round((requests / REQUESTS) * 10_000) / 10_000 }));
  const largestShare = top[0]?.share ?? 0;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    members: AUDIT_MEMBERS,
    requests: REQUESTS,
    merchantKeys: MERCHANT_KEYS,
    byKind,
    top,
    largestShare,
    goalShare: GOAL_SHARE,
    met: largestShare <= GOAL_SHARE,
    perKind: Object.fromEntries(
      Object.entries(totals).map(([kind, t]) => [
        kind,
        { readItems: round(t.readItems / t.n), queries: round(t.queries / t.n), writes: round(t.writes / t.n) },
      ]),
    ),
    notes: [
      `${REQUESTS} requests, ${CONCURRENCY} at a time, through the route handlers (the Lambda entry's pipeline: auth, validation, the use case) on DynamoDB Local; each kind drawn by its weight per 100: ${Object.entries(
        MIX,
      )
        .map(([kind, weight]) => `${kind} ${weight}`)
        .join(', ')}.`,
      `Members drawn uniformly from ${AUDIT_MEMBERS}, each seeded with 100,000 points; earns and redemptions (the unlimited 300-point fruit-washing reward) through one of ${MERCHANT_KEYS} keys of the fruit shop (a key per till); reversals undo earlier earns of the run; plays on a 20,000-ticket wheel (32 lanes); completions of a once-a-day task.`,
      "An item's count is the requests that read or wrote it (a query counts its partition). A member's own items and index partitions (MEMBER#…) and a transaction's own entry (TX#…) are left out: they scale with members.",
      'The configuration is kept per container and its version read at most once a second, so the version copies and configuration items show only as the container started and as seconds passed.',
      `A merchant key's item is read by every request made with it: with one key for all the fruit shop's traffic its share would be that traffic's share (about 85% here). Its ceiling is 3,000 requests a second per key (docs/capacity.md).`,
    ],
  };
}
