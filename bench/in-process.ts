/**
 * In-process overhead of every HTTP handler: each route's handler, built as its Lambda builds it, called
 * with a synthetic API Gateway v2 event while DynamoDB answers at once from an
 * in-memory item map (a fake `send` on the handlers' client). What is left is
 * jifen's own cost: middy, auth hashing, zod, the use case, marshalling, JSON;
 * and, where the tail is garbage collection, what the handler allocates.
 */
import { NOTHING_RELEASED } from '../shared/domain/pending.js';
import { createHash } from 'node:crypto';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import type { DynamoDBClient, AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { fallbackHandler } from '../functions/http/fallback.js';
import { httpHandler } from '../functions/http/http-handler.js';
import { loadRoutes } from '../functions/http/route-catalog.js';
import { adminKeyFromValue } from '../shared/adapters/admin-key.js';
import { createDynamoDbClient } from '../shared/adapters/dynamodb/client.js';
import { dynamoDeps } from '../shared/adapters/dynamodb/index.js';
import { rulesVersions } from '../shared/adapters/dynamodb/rules-versions.js';
import { auditLine } from '../shared/adapters/dynamodb/audit-trail.js';
import { entryToItem } from '../shared/adapters/dynamodb/entry-codec.js';
import { flagIndexKeys } from '../shared/adapters/dynamodb/flag-codec.js';
import { gameItem } from '../shared/adapters/dynamodb/game-store.js';
import { keys } from '../shared/adapters/dynamodb/keys.js';
import { transferToItem } from '../shared/adapters/dynamodb/transfer-item.js';
import { memberToItem } from '../shared/adapters/dynamodb/member-codec.js';
import { TABLE_INDEXES } from '../shared/adapters/dynamodb/table-definition.js';
import { openFlag } from '../shared/domain/flags.js';
import { drawUrn, GAME_LANES } from '../shared/domain/games.js';
import type { LedgerEntry } from '../shared/domain/ledger.js';
import type { Transfer } from '../shared/domain/transfers.js';
import type { Badge, BadgeSet, Task } from '../shared/domain/tasks.js';
import { demoGames, demoMerchants, demoProgram, demoPromotions, demoRewards, demoTiers } from '../local/demo-data.js';
import { allocationsOf, type Allocations } from './allocations.js';
import { percentile } from './stats.js';

export interface HandlerOverhead {
  handler: string;
  route: string;
  calls: number;
  statuses: Record<string, number>;
  p50Us: number;
  p99Us: number;
  meanUs: number;
  /** The calls run in rounds; the lowest round p99 filters out bursts from other processes on a shared machine. */
  quietestRoundP99Us: number;
  /** Every answer was the route's success (404 for the fallback): the happy path ran, not an early refusal. */
  happyPath: boolean;
  /** Quietest-round p99 ≤ 2 ms. */
  met: boolean;
  /** Garbage collection during the measured calls: pauses, their total and longest, in µs. */
  gc: { pauses: number; totalUs: number; maxUs: number };
  /** Calls slower than SLOW_US, and how many of them a GC pause overlapped (the rest waited for the CPU or ran long). */
  slowCalls: number;
  slowCallsDuringGc: number;
}

export interface InProcessResult {
  handlers: HandlerOverhead[];
  /** What one call of the handlers named in PROFILED allocates (sampled), and where. */
  allocations: ({ handler: string } & Allocations)[];
  /** Routes with no happy-path request in REQUESTS: not measured (a gap to close, listed in the report). */
  withoutRequest: string[];
  warmupCalls: number;
  notes: string[];
}

const ADMIN_KEY = 'bench-admin-key-0123456789';
const KEY_ID = '0123456789abcdef';
const SECRET = 'bench_secret_0123456789abcdefghijklmnopqrst'; // 43 base64url characters, as issued
const MERCHANT_KEY = `jf_${KEY_ID}.${SECRET}`;
const MEMBER = 'M-000000000001';
const ORIGINAL_TX = 'tx_benchoriginal000000001';
const TASK_TX = 'tx_benchtask0000000000001';
const TABLE = 'bench-in-process';
const ROUNDS = 3;
/** A call this slow (µs) is counted as a tail call and checked against the GC pauses. */
const SLOW_US = 1_000;
/** The handlers whose allocations are profiled, after their timing: the two the HTTP benchmark loads. */
const PROFILED = ['earn', 'redeem'];
const PROFILED_CALLS = 1_000;
const NOW = new Date().toISOString();
const EXCHANGE = {
  currency: 'miles',
  pointsPerUnit: 3,
  minPoints: 3_000,
  incrementPoints: 1_000,
  confirmWithinHours: 72,
  conditions: 'Miles credited within 3 days.',
};
const TRANSFER: Transfer = {
  transferId: 'tr_benchtransfer00000000001',
  transactionId: 'tx_benchtransfer000000001',
  memberId: 'M-000000000001',
  partnerId: 'fruit-shop',
  points: 3_000,
  units: 1_000,
  partnerAccount: 'FF-0001',
  status: 'pending',
  postedBy: 'fruit-shop',
  createdAt: NOW,
  expiresAt: new Date(Date.parse(NOW) + 72 * 3_600_000).toISOString(),
  ratePerThousand: 1_400,
  endedAt: null,
  partnerReference: null,
  reason: null,
};
/** A reject reads the transfer again after its write, which the mock never applies: measured is the same reject again (200, the transfer as it is). */
const REJECTED_TRANSFER: Transfer = {
  ...TRANSFER,
  transferId: 'tr_benchtransfer00000000002',
  status: 'rejected',
  endedAt: NOW,
  reason: 'unknown account',
};
const ENDPOINT_ID = 'bench-endpoint';
const DAY_MS = 86_400_000;
const WINDOW = {
  from: new Date(Date.now() - 30 * DAY_MS).toISOString(),
  to: new Date(Date.now() + DAY_MS).toISOString(),
};

const TASK: Task = {
  taskId: 'eco-quiz',
  name: 'Eco quiz',
  conditions: 'Answer the monthly eco quiz.',
  points: 10,
  balance: 'green',
  limit: { count: 10_000, per: 'day' },
  co2eGrams: 120,
  methodology: 'Bench estimate',
  startsAt: null,
  endsAt: null,
  active: true,
};
const BADGES: Badge[] = [
  { badgeId: 'quizzer', name: 'Quizzer', conditions: 'One quiz.', taskId: TASK.taskId, completions: 1 },
  { badgeId: 'regular', name: 'Regular', conditions: 'Ten quizzes.', taskId: TASK.taskId, completions: 10 },
];
const BADGE_SET: BadgeSet = {
  setId: 'eco-set',
  name: 'Eco set',
  conditions: 'Both quiz badges.',
  badgeIds: ['quizzer', 'regular'],
  prizePoints: 50,
};
const GAME = {
  ...demoGames[0]!,
  startsAt: new Date(Date.now() - DAY_MS).toISOString(),
  endsAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
};
const FLAG = openFlag({ memberId: MEMBER, rule: 'earnsPerMemberPerDay', day: NOW.slice(0, 10) }, ORIGINAL_TX, NOW);

type Raw = Record<string, AttributeValue>;
interface DynamoInput {
  TransactItems?: unknown[];
  RequestItems?: Record<string, { Keys: Raw[] }>;
  KeyConditionExpression?: string;
  IndexName?: string;
  ExpressionAttributeValues?: Raw;
  Item?: Raw;
  Key?: Raw;
  UpdateExpression?: string;
  ReturnValues?: string;
  ScanIndexForward?: boolean;
  Limit?: number;
}
const keyString = (key: Raw): string => `${key.pk?.S}|${key.sk?.S}`;

function seedStore(): Map<string, Raw> {
  const store = new Map<string, Raw>();
  const put = (key: { pk: string; sk: string }, attributes: Record<string, unknown>) =>
    store.set(`${key.pk}|${key.sk}`, marshall({ ...key, ...attributes }, { removeUndefinedValues: true }));
  put(keys.program(), { data: demoProgram });
  put(keys.tiers(), { data: demoTiers });
  for (const merchant of demoMerchants) {
    // The fruit shop is an exchange partner too, so its one key posts, lists, confirms and rejects transfers.
    const data = merchant.merchantId === 'fruit-shop' ? { ...merchant, exchange: EXCHANGE } : merchant;
    put(keys.merchant(merchant.merchantId), { data });
  }
  put(keys.transfer(TRANSFER.transferId), transferToItem(TRANSFER));
  put(keys.transfer(REJECTED_TRANSFER.transferId), transferToItem(REJECTED_TRANSFER));
  put(keys.webhookEndpoint(ENDPOINT_ID), {
    url: 'https://partner.example/hooks',
    events: ['points.earned'],
    active: true,
    sec: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    at: '2026-01-01T00:00:00.000Z',
  });
  for (const reward of demoRewards) {
    put(keys.reward(reward.rewardId), { data: reward, publishedAt: '2026-01-01T00:00:00.000Z' });
    if (reward.stock !== null)
      put(keys.stock(reward.rewardId), { total: reward.stock, sold: 10, left: reward.stock - 10 });
  }
  for (const promotion of demoPromotions) put(keys.promotion(promotion.promotionId), { data: promotion });
  put(keys.apiKey(KEY_ID), {
    keyId: KEY_ID,
    merchantId: 'fruit-shop',
    secretHash: createHash('sha256').update(SECRET).digest('hex'),
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  put(keys.member(MEMBER), {
    ...memberToItem({
      memberId: MEMBER,
      balances: { points: 250_000, green: 0 },
      tierId: 'basic',
      tierSince: '2026-01-01T00:00:00.000Z',
      creditStanding: 'standard',
      frozen: false,
      frozenReason: null,
      creditedTotal: 260_000,
      debitedTotal: 10_000,
      debts: [],
      spendCode: null,
      spendCodeFailures: null,
      pending: [],
      released: NOTHING_RELEASED,
      qualifying: {},
      oldestOpenLot: null,
      tierReviewAt: null,
      dailyEarns: null,
      version: 7,
      createdAt: '2026-01-01T00:00:00.000Z',
    }),
  });
  const original: LedgerEntry = {
    transactionId: ORIGINAL_TX,
    type: 'earn',
    memberId: MEMBER,
    merchantId: 'fruit-shop',
    owner: 'fruit-shop',
    balanceName: 'points',
    points: 2_500,
    delta: 2_500,
    balance: 250_000,
    reference: 'order-1',
    createdAt: NOW,
    occurredAt: NOW,
    lotCumulative: 260_000,
    details: { amountMinor: 250_000, qualifyingMonth: NOW.slice(0, 7).replace('-', ''), qualifyingPoints: 2_500 },
    rulesVersion: 1,
    reversedPoints: 0,
    reversedAmountMinor: 0,
    settlement: [{ merchantId: 'fruit-shop', side: 'issued', points: 2_500, ratePerThousand: 2_000 }],
  };
  put(
    keys.transaction(ORIGINAL_TX),
    entryToItem(original, { requestHash: 'x', status: 201, body: { transactionId: ORIGINAL_TX } }),
  );
  // A task completion in green points, for the green report.
  const completion: LedgerEntry = {
    ...original,
    transactionId: TASK_TX,
    type: 'task',
    balanceName: 'green',
    points: TASK.points,
    delta: TASK.points,
    balance: TASK.points,
    lotCumulative: null,
    details: { taskId: TASK.taskId, co2eGrams: TASK.co2eGrams! },
    settlement: [],
  };
  put(
    keys.transaction(TASK_TX),
    entryToItem(completion, { requestHash: 'x', status: 201, body: { transactionId: TASK_TX } }),
  );

  put(keys.task(TASK.taskId), { data: TASK });
  for (const badge of BADGES) put(keys.badge(badge.badgeId), { data: badge });
  put(keys.badgeSet(BADGE_SET.setId), { data: BADGE_SET });
  const urn = drawUrn(GAME, {
    seed: () => 'bench-seed',
    int: (maxExclusive) => Math.floor(Math.random() * maxExclusive),
  });
  const game = { ...gameItem(GAME, urn), rev: 1, lanes: GAME_LANES };
  put(keys.game(GAME.gameId), game);
  for (let lane = 0; lane < GAME_LANES; lane++) put(keys.gameLane(GAME.gameId, lane), { rev: 1, played: 0 });
  put(keys.flag({ memberId: MEMBER, rule: FLAG.rule, day: NOW.slice(0, 10) }), flagIndexKeys(FLAG));
  // A full page of the audit trail in this month's bucket.
  for (let i = 0; i < 30; i++) {
    const line = auditLine(TABLE, {
      auditId: `audit-${i}`,
      at: NOW,
      action: 'PUT /v1/admin/program',
      target: null,
      reason: null,
    }).Put!.Item!;
    store.set(`${line.pk!.S}|${line.sk!.S}`, line);
  }
  return store;
}

/** The items a Query's key condition selects: a partition of the table or of an index, with a `begins_with` on the sort key if given. */
function queryItems(store: Map<string, Raw>, input: DynamoInput): Raw[] {
  const values = input.ExpressionAttributeValues ?? {};
  const index = input.IndexName
    ? TABLE_INDEXES.find((candidate) => candidate.indexName === input.IndexName)
    : undefined;
  const [pkName, skName] = index ? [index.partitionKey, index.sortKey] : ['pk', 'sk'];
  const prefixName = /begins_with\(\s*[#\w]+\s*,\s*(:\w+)\s*\)/.exec(input.KeyConditionExpression ?? '')?.[1];
  const prefix = prefixName ? (values[prefixName]?.S ?? '') : '';
  const items = [...store.values()]
    .filter((item) => item[pkName]?.S === values[':pk']?.S && (item[skName]?.S ?? '').startsWith(prefix))
    .sort((a, b) => ((a[skName]?.S ?? '') < (b[skName]?.S ?? '') ? -1 : 1));
  if (input.ScanIndexForward === false) items.reverse();
  return input.Limit === undefined ? items : items.slice(0, input.Limit);
}

/**
 * DynamoDB's answer to one request, from the item map, by the request's shape.
 * Writes succeed and change nothing, so every call finds the same items.
 */
function answer(store: Map<string, Raw>, input: DynamoInput): unknown {
  if (input.TransactItems) return {};
  if (input.RequestItems) {
    return {
      Responses: Object.fromEntries(
        Object.entries(input.RequestItems).map(([table, request]) => [
          table,
          request.Keys.map((key) => store.get(keyString(key))).filter((item): item is Raw => item !== undefined),
        ]),
      ),
    };
  }
  if (input.KeyConditionExpression) return { Items: queryItems(store, input) };
  if (input.Item) return {};
  if (input.Key && input.UpdateExpression)
    return input.ReturnValues ? { Attributes: store.get(keyString(input.Key)) ?? input.Key } : {};
  // DeleteItem (the key store's revoke) asks for the old item; GetItem never does.
  if (input.Key && input.ReturnValues) return { Attributes: input.Key };
  if (input.Key) {
    const item = store.get(keyString(input.Key));
    return item ? { Item: item } : {};
  }
  throw new Error(`in-process mock: unexpected DynamoDB request ${JSON.stringify(input).slice(0, 200)}`);
}

/**
 * The client's `send`, replaced on this one client by a fake that answers at
 * once. (aws-sdk-client-mock's sinon stub was tried first: recording and
 * matching each call allocated a quarter of an earn's bytes and cost a fifth of
 * its CPU, which the figures then carried.) The SDK's middleware stack and
 * serialisation are bypassed either way; jifen's commands, marshall and unmarshall are not.
 */
function answerFrom(client: DynamoDBClient, store: Map<string, Raw>): void {
  const send = async (command: { input: DynamoInput }) => answer(store, command.input);
  client.send = send as unknown as DynamoDBClient['send'];
}

const without = <T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> => {
  const { [key]: _dropped, ...rest } = value;
  return rest;
};

interface BenchRequest {
  key: string | null;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

const merchant = (body?: unknown, extra: Omit<BenchRequest, 'key' | 'body'> = {}): BenchRequest => ({
  key: MERCHANT_KEY,
  ...extra,
  ...(body !== undefined && { body }),
});
const admin = (body?: unknown, extra: Omit<BenchRequest, 'key' | 'body'> = {}): BenchRequest => ({
  key: ADMIN_KEY,
  ...extra,
  ...(body !== undefined && { body }),
});
const fruitShop = demoMerchants[0]!;
const giftBox = demoRewards.find((reward) => reward.rewardId === 'gift-box')!;

/**
 * A valid request on each route's happy path, by route name: the seeded items
 * answer it with a 2xx. A route missing here is not measured but listed (and
 * fails the run), so a new route's gap shows rather than hides as a 401.
 */
const REQUESTS: Record<string, (n: number) => BenchRequest> = {
  'get-program': () => admin(),
  'get-tiers': () => admin(),
  'get-merchant': () => admin(undefined, { params: { merchantId: fruitShop.merchantId } }),
  'list-merchants': () => admin(),
  'list-admin-rewards': () => admin(),
  'list-tasks': () => admin(),
  'list-badges': () => admin(),
  'list-badge-sets': () => admin(),
  'list-games': () => admin(),
  'put-program': () => admin(demoProgram),
  'put-tiers': () => admin({ tiers: demoTiers }),
  'put-merchant': () => admin(without(fruitShop, 'merchantId'), { params: { merchantId: fruitShop.merchantId } }),
  'create-merchant-key': () => admin(undefined, { params: { merchantId: fruitShop.merchantId } }),
  'list-merchant-keys': () => admin(undefined, { params: { merchantId: fruitShop.merchantId } }),
  'revoke-key': () => admin(undefined, { params: { keyId: 'abcdef0123456789' } }),
  'put-reward': () => admin(without(giftBox, 'rewardId'), { params: { rewardId: giftBox.rewardId } }),
  'put-promotion': () =>
    admin(without(demoPromotions[0]!, 'promotionId'), { params: { promotionId: demoPromotions[0]!.promotionId } }),
  'list-promotions': () => admin(),
  'put-task': () => admin(without(TASK, 'taskId'), { params: { taskId: TASK.taskId } }),
  'put-badge': () =>
    admin({ name: 'Quizzer', conditions: 'One quiz.', taskId: TASK.taskId }, { params: { badgeId: 'quizzer' } }),
  'put-badge-set': () => admin(without(BADGE_SET, 'setId'), { params: { setId: BADGE_SET.setId } }),
  // A new game each time: the urn is drawn and committed, as a first publication does.
  'put-game': (n) => admin(without(GAME, 'gameId'), { params: { gameId: `bench-game-${n}` } }),
  'set-credit-standing': () => admin({ standing: 'good' }, { params: { memberId: MEMBER } }),
  'set-birthday': () => admin({ month: 3, day: 15 }, { params: { memberId: MEMBER } }),
  'issue-spend-code': () => admin(undefined, { params: { memberId: MEMBER } }),
  'freeze-member': () => admin({ reason: 'benchmark' }, { params: { memberId: MEMBER } }),
  'unfreeze-member': () => admin({ reason: 'benchmark' }, { params: { memberId: MEMBER } }),
  'adjust-points': () => admin({ memberId: MEMBER, points: 100, reason: 'benchmark goodwill' }),
  'run-job': () => admin({}, { params: { job: 'tiers' } }),
  'list-flags': () => admin(undefined, { query: { status: 'open' } }),
  'clear-flag': () => admin({ reason: 'checked by the bench' }, { params: { flagId: FLAG.flagId } }),
  'list-audit': () => admin(undefined, { query: { limit: '25' } }),
  'get-merchant-settlement': () => admin(undefined, { params: { merchantId: fruitShop.merchantId }, query: WINDOW }),
  'get-own-settlement': () => merchant(undefined, { query: WINDOW }),
  'enrol-member': (n) => merchant({}, { params: { memberId: `M-new-${n}` } }),
  'get-member': () => merchant(undefined, { params: { memberId: MEMBER } }),
  'list-activity': () => merchant(undefined, { params: { memberId: MEMBER } }),
  'get-green-report': () => merchant(undefined, { params: { memberId: MEMBER } }),
  earn: (n) => merchant({ memberId: MEMBER, amountMinor: 12_345, currency: 'CNY', reference: `order-${n}` }),
  redeem: () => merchant({ memberId: MEMBER, rewardId: 'voucher-50', quantity: 1 }),
  reverse: () => merchant({ transactionId: ORIGINAL_TX, reason: 'order cancelled' }),
  'complete-task': (n) => merchant({ memberId: MEMBER, reference: `quiz-${n}` }, { params: { taskId: TASK.taskId } }),
  'get-game': () => merchant(undefined, { params: { gameId: GAME.gameId } }),
  'play-game': () => merchant({ memberId: MEMBER }, { params: { gameId: GAME.gameId } }),
  'list-rewards': () => merchant(),
  'get-rules': () => ({ key: null }),
  'get-openapi': () => ({ key: null }),
  'get-problem': () => ({ key: null, params: { code: 'validation_failed' } }),
  'post-transfer': (n) =>
    merchant({ memberId: MEMBER, partnerId: 'fruit-shop', points: 3_000, partnerAccount: `FF-${n}` }),
  'get-transfer': () => merchant(undefined, { params: { transferId: TRANSFER.transferId } }),
  'list-transfers': () => merchant(undefined, { query: { status: 'pending' } }),
  // The mock never applies a write, so the seeded transfer stays pending for every call.
  'confirm-transfer': () => merchant({ partnerReference: 'FF-REF-1' }, { params: { transferId: TRANSFER.transferId } }),
  'reject-transfer': () =>
    merchant({ reason: 'unknown account' }, { params: { transferId: REJECTED_TRANSFER.transferId } }),
  'put-webhook': (n) =>
    admin(
      { url: 'https://partner.example/hooks', events: ['points.earned'] },
      { params: { endpointId: `bench-new-${n}` } },
    ),
  'rotate-webhook-secret': () => admin(undefined, { params: { endpointId: ENDPOINT_ID } }),
  'list-webhook-deliveries': () =>
    admin(undefined, { params: { endpointId: ENDPOINT_ID }, query: { status: 'failed' } }),
  'replay-webhook-events': () =>
    admin(
      { from: new Date(Date.parse(NOW) - 3_600_000).toISOString(), to: NOW },
      { params: { endpointId: ENDPOINT_ID } },
    ),
};

function eventFor(method: string, path: string, request: BenchRequest, n: number): APIGatewayProxyEventV2 {
  const rawPath = Object.entries(request.params ?? {}).reduce(
    (p, [name, value]) => p.replace(`{${name}}`, value),
    path,
  );
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': `bench-key-${n}` };
  if (request.key !== null) headers.authorization = `Bearer ${request.key}`;
  const event: APIGatewayProxyEventV2 = {
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
      requestId: `req-${n}`,
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: NOW,
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
  };
  if (request.params) event.pathParameters = request.params;
  if (request.query) event.queryStringParameters = request.query;
  if (request.body !== undefined) event.body = JSON.stringify(request.body);
  return event;
}

const context = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'jifen-bench',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:jifen-bench',
  memoryLimitInMB: '256',
  awsRequestId: 'bench',
  logGroupName: '/aws/lambda/jifen-bench',
  logStreamName: 'bench',
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} as Context;

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

export async function measureInProcess(
  options: { warmup?: number; calls?: number; handlers?: string[] } = {},
): Promise<InProcessResult> {
  const warmup = options.warmup ?? 500;
  const calls = options.calls ?? 2100;
  const handlers: HandlerOverhead[] = [];
  const withoutRequest: string[] = [];
  const allocations: InProcessResult['allocations'] = [];
  let n = 0;
  const client = createDynamoDbClient({
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  answerFrom(client, seedStore());
  try {
    const deps = dynamoDeps({
      client,
      tableName: TABLE,
      adminKey: adminKeyFromValue(ADMIN_KEY),
      rulesVersions,
      // Replays only queue their work: a queue that takes every message at once.
      deliveryQueue: { send: async () => undefined },
    });
    const routes = (await loadRoutes()).map(({ route }) => route);
    withoutRequest.push(...routes.filter((route) => !REQUESTS[route.name]).map((route) => route.name));
    const entries = [
      ...routes
        .filter((route) => REQUESTS[route.name])
        .map((route) => ({
          name: route.name,
          method: route.method as string,
          path: route.path,
          request: REQUESTS[route.name]!,
          handler: httpHandler(route, () => deps) as unknown as Handler,
        })),
      {
        name: 'fallback',
        method: 'GET',
        path: '/v1/nowhere',
        request: (): BenchRequest => ({ key: null }),
        handler: fallbackHandler(routes) as unknown as Handler,
      },
    ];
    for (const entry of entries.filter(({ name }) => !options.handlers || options.handlers.includes(name))) {
      const statuses: Record<string, number> = {};
      const samples = new Float64Array(calls);
      const startedAt = new Float64Array(calls);
      const pauses: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => void pauses.push(...list.getEntries()));
      for (let i = 0; i < warmup + calls; i++) {
        if (i === warmup) observer.observe({ type: 'gc' });
        const event = eventFor(entry.method, entry.path, entry.request(n), n);
        n++;
        const started = performance.now();
        const result = await entry.handler(event, context);
        const elapsed = (performance.now() - started) * 1000;
        if (i >= warmup) {
          samples[i - warmup] = elapsed;
          startedAt[i - warmup] = started;
          const status =
            typeof result === 'object' && result !== null && 'statusCode' in result ? String(result.statusCode) : '200';
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      }
      // GC entries are delivered after the pause: let the last ones arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      const duringGc = (i: number) =>
        pauses.some(
          (pause) =>
            pause.startTime < startedAt[i]! + samples[i]! / 1000 && pause.startTime + pause.duration > startedAt[i]!,
        );
      const slow = [...samples.keys()].filter((i) => samples[i]! > SLOW_US);
      const sorted = [...samples].sort((a, b) => a - b);
      const p99 = percentile(sorted, 99);
      const roundSize = Math.floor(calls / ROUNDS);
      const roundP99s = Array.from({ length: ROUNDS }, (_, r) =>
        percentile(
          [...samples.subarray(r * roundSize, (r + 1) * roundSize)].sort((a, b) => a - b),
          99,
        ),
      );
      const quietest = Math.min(...roundP99s);
      handlers.push({
        handler: entry.name,
        route: `${entry.method} ${entry.path}`,
        calls,
        statuses,
        p50Us: Math.round(percentile(sorted, 50)),
        p99Us: Math.round(p99),
        meanUs: Math.round(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
        quietestRoundP99Us: Math.round(quietest),
        happyPath: Object.keys(statuses).every((code) =>
          entry.name === 'fallback' ? code === '404' : code.startsWith('2'),
        ),
        met: quietest <= 2000,
        gc: {
          pauses: pauses.length,
          totalUs: Math.round(pauses.reduce((sum, pause) => sum + pause.duration, 0) * 1000),
          maxUs: Math.round(Math.max(0, ...pauses.map((pause) => pause.duration)) * 1000),
        },
        slowCalls: slow.length,
        slowCallsDuringGc: slow.filter(duringGc).length,
      });
      if (PROFILED.includes(entry.name)) {
        const profiled = await allocationsOf(PROFILED_CALLS, async () => {
          for (let i = 0; i < PROFILED_CALLS; i++)
            await entry.handler(eventFor(entry.method, entry.path, entry.request(n), n++), context);
        });
        allocations.push({ handler: entry.name, ...profiled });
      }
    }
  } finally {
    client.destroy();
  }
  return {
    handlers,
    allocations,
    withoutRequest,
    warmupCalls: warmup,
    notes: [
      `${calls} measured calls per handler after ${warmup} warm-up calls, one at a time, in the bench process (tsx, unbundled sources), in ${ROUNDS} rounds; p50/p99 over all calls, and the 2 ms target checked on the quietest round's p99 (a burst of load from another process lands in one round, not all three).`,
      "DynamoDB answers at once from an in-memory item map through a fake `send` on the handlers' own client (the SDK middleware stack and serialisation are bypassed; jifen's commands, marshall and unmarshall are not). Writes succeed and change nothing.",
      `GC: the pauses V8 reported (PerformanceObserver "gc") while the measured calls ran; "calls > 1 ms" counts the tail calls and how many of them a GC pause overlapped (the others waited for the CPU, which another process on this machine had).`,
      `Allocations: V8's sampling heap profiler (every 512 bytes, freed objects included) over ${PROFILED_CALLS} more calls of ${PROFILED.join(' and ')}; by package, or by jifen source file; a builtin's bytes count for its caller.`,
    ],
  };
}
