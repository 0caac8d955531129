import {
  BatchGetItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ProvisionedThroughputExceededException,
  QueryCommand,
  ThrottlingException,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { httpHandler } from '../../../functions/http/http-handler.js';
import { adminKeyFromValue } from '../../../shared/adapters/admin-key.js';
import { createDynamoDbClient } from '../../../shared/adapters/dynamodb/client.js';
import { dynamoDeps } from '../../../shared/adapters/dynamodb/index.js';
import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { requestHash } from '../../../shared/application/idempotency.js';
import { expectedErrorLogs } from '../../helpers/expected-error-logs.js';
import { routeNamed } from '../../helpers/routes.js';

/**
 * The route handlers with DynamoDB answered by aws-sdk-client-mock: what each
 * AWS failure becomes on the wire. The handlers get their dependencies passed
 * in, wired to a client that the mock answers.
 */

const ADMIN_KEY = 'unit-admin-key-0123456789';
const TABLE = 'jifen-unit';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const dynamo = mockClient(DynamoDBClient);
const deps = dynamoDeps({
  client: createDynamoDbClient({ region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  tableName: TABLE,
  adminKey: adminKeyFromValue(ADMIN_KEY),
  rulesVersions,
  sleep: async () => undefined,
});
const earn = httpHandler(routeNamed('earn'), () => deps) as unknown as Handler;
const redeem = httpHandler(routeNamed('redeem'), () => deps) as unknown as Handler;

afterAll(() => {
  dynamo.restore();
});

// Every failure here is answered 503 or 500 and logged as an ERROR, as in production: kept, not printed.
const errorLogs = expectedErrorLogs(['Answered 503 temporarily_unavailable', 'Answered 500 internal_error']);

const context = {
  functionName: 'jifen-unit',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

function post(path: string, body: unknown, idempotencyKey = 'key-1'): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `POST ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: {
      authorization: `Bearer ${ADMIN_KEY}`,
      'idempotency-key': idempotencyKey,
      'content-type': 'application/json',
    },
    requestContext: { http: { method: 'POST', path }, requestId: 'req-1' } as APIGatewayProxyEventV2['requestContext'],
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

const EARN = { memberId: 'm1', merchantId: 'shop', amountMinor: 2_000, reference: 'r1' };
const earnEvent = () => post('/v1/earn', EARN);

const MEMBER = {
  pk: 'MEMBER#m1',
  sk: 'MEMBER',
  memberId: 'm1',
  pts: 1_000,
  grn: 0,
  tier: 'basic',
  tierSince: '2027-01-01T00:00:00.000Z',
  credit: 'standard',
  frozen: false,
  cr: 1_000,
  db: 0,
  v: 3,
  at: '2027-01-01T00:00:00.000Z',
};

const MERCHANT = {
  pk: 'CONFIG',
  sk: 'MERCHANT#shop',
  data: {
    merchantId: 'shop',
    name: 'Shop',
    category: 'grocery',
    green: false,
    earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }],
  },
};

const REWARD = {
  pk: 'CONFIG',
  sk: 'REWARD#box',
  data: {
    rewardId: 'box',
    name: 'Box',
    kind: 'item',
    costPoints: 100,
    valueMinor: 1_000,
    balance: 'points',
    stock: 5,
    merchantId: 'shop',
    conditions: 'While stock lasts.',
    creditOnly: false,
    priorityWindowHours: 0,
    active: true,
  },
  publishedAt: '2027-01-01T00:00:00.000Z',
};

/** A store holding member m1 (1,000 points), merchant `shop` and reward `box` with `stockLeft` units (no configuration version item). */
function answerReads(stockLeft: () => number = () => 5) {
  dynamo.on(GetItemCommand).callsFake((input: { Key: Record<string, AttributeValue> }) => {
    const { pk } = unmarshall(input.Key);
    return pk === 'MEMBER#m1' ? { Item: marshall(MEMBER) } : {};
  });
  dynamo
    .on(BatchGetItemCommand)
    .callsFake((input: { RequestItems: Record<string, { Keys: Record<string, AttributeValue>[] }> }) => {
      const wanted = input.RequestItems[TABLE]!.Keys.map((key) => unmarshall(key));
      const items = wanted.flatMap(({ pk, sk }): Record<string, unknown>[] => {
        if (pk === 'MEMBER#m1' && sk === 'MEMBER') return [MEMBER];
        if (sk === 'MERCHANT#shop') return [MERCHANT];
        if (sk === 'REWARD#box') return [REWARD];
        if (pk === 'STOCK#box') return [{ pk, sk, total: 5, sold: 5 - stockLeft(), left: stockLeft() }];
        return [];
      });
      return { Responses: { [TABLE]: items.map((item) => marshall(item)) } };
    });
  dynamo.on(QueryCommand).callsFake((input: { ExpressionAttributeValues?: Record<string, AttributeValue> }) => {
    const prefix = input.ExpressionAttributeValues?.[':prefix']?.S;
    const items = [MERCHANT, REWARD].filter((item) => prefix !== undefined && item.sk.startsWith(prefix));
    return { Items: items.map((item) => marshall(item)) };
  });
}

function canceled(reasons: { Code: string; Item?: Record<string, AttributeValue> }[]) {
  return new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: reasons,
  });
}

function problemOf(response: APIGatewayProxyStructuredResultV2) {
  expect(response.headers?.['content-type']).toBe('application/problem+json');
  return JSON.parse(response.body!) as { type: string; status: number; code: string; detail: string };
}

/** Writes outside a transaction: a movement must never make one (each TransactWriteItems is all-or-nothing). */
function looseWrites() {
  return dynamo.commandCalls(UpdateItemCommand).length + dynamo.commandCalls(PutItemCommand).length;
}

describe('Handlers: AWS failure paths', () => {
  beforeEach(() => {
    dynamo.reset();
    answerReads();
  });

  describe('throttling', () => {
    it('answers a throttled transaction with 503 temporarily_unavailable and Retry-After, writing nothing else', async () => {
      dynamo
        .on(TransactWriteItemsCommand)
        .rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));

      const response = await earn(earnEvent(), context);

      expect(response.statusCode).toBe(503);
      expect(response.headers?.['retry-after']).toBe('1');
      expect(problemOf(response)).toMatchObject({
        status: 503,
        code: 'temporarily_unavailable',
        type: '/problems/temporarily_unavailable',
      });
      expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(1);
      expect(looseWrites()).toBe(0);
    });

    it('answers a throttled read with 503 before anything is written', async () => {
      dynamo
        .on(BatchGetItemCommand)
        .rejects(new ProvisionedThroughputExceededException({ message: 'Throughput exceeded', $metadata: {} }));

      const response = await earn(earnEvent(), context);

      expect(response.statusCode).toBe(503);
      expect(response.headers?.['retry-after']).toBe('1');
      expect(problemOf(response).code).toBe('temporarily_unavailable');
      expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(0);
      expect(looseWrites()).toBe(0);
    });

    it('answers a transaction cancelled for throttling (reason ThrottlingError) with 503', async () => {
      dynamo.on(TransactWriteItemsCommand).rejects(canceled([{ Code: 'None' }, { Code: 'ThrottlingError' }]));

      const response = await earn(earnEvent(), context);

      expect(response.statusCode).toBe(503);
      expect(problemOf(response).code).toBe('temporarily_unavailable');
      expect(looseWrites()).toBe(0);
    });

    it('says a write that timed out may have been made, and a throttled one was not', async () => {
      dynamo
        .on(TransactWriteItemsCommand)
        .rejects(Object.assign(new Error('Request timed out'), { name: 'TimeoutError' }));
      const timedOut = problemOf(await earn(earnEvent(), context));
      dynamo
        .on(TransactWriteItemsCommand)
        .rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));
      const throttled = problemOf(await earn(earnEvent(), context));

      expect(timedOut.code).toBe('temporarily_unavailable');
      expect(timedOut.detail).toMatch(/may or may not have been made.*same Idempotency-Key/);
      expect(throttled.detail).toMatch(/nothing was written/);
    });

    it('logs each 503 once, with the AWS error as its cause and the correlation id', async () => {
      dynamo
        .on(TransactWriteItemsCommand)
        .rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));
      const lines: string[] = [];
      const capture = (chunk: string | Uint8Array) => {
        lines.push(String(chunk));
        return true;
      };
      const spies = [
        vi.spyOn(process.stdout, 'write').mockImplementation(capture),
        vi.spyOn(process.stderr, 'write').mockImplementation(capture),
      ];
      try {
        await earn({ ...earnEvent(), headers: { ...earnEvent().headers, 'x-correlation-id': 'pos-503' } }, context);
      } finally {
        for (const spy of spies) spy.mockRestore();
      }

      const errors = lines.flatMap((chunk) => chunk.split('\n')).filter((line) => line.includes('"level":"ERROR"'));
      expect(errors).toHaveLength(1);
      const logged = JSON.parse(errors[0]!);
      expect(logged.correlation_id).toBe('pos-503');
      expect(logged.error.cause).toMatchObject({ name: 'ThrottlingException', message: 'Rate exceeded' });
    });

    it('answers a reset connection (ECONNRESET) with 503', async () => {
      dynamo.on(TransactWriteItemsCommand).rejects(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));

      const response = await earn(earnEvent(), context);

      expect(response.statusCode).toBe(503);
      expect(response.headers?.['retry-after']).toBe('1');
      expect(looseWrites()).toBe(0);
    });
  });

  describe('TransactionCanceledException reasons', () => {
    it('replays the stored answer when the entry already exists ([ConditionalCheckFailed + Item, None])', async () => {
      const stored = {
        transactionId: 'tx_original',
        memberId: 'm1',
        points: 20,
        balances: { points: 1_020, green: 0 },
      };
      const item = marshall({
        pk: 'TX#tx_original',
        sk: 'TX',
        rh: requestHash('POST /v1/earn', { params: {}, body: EARN }),
        st: 201,
        body: JSON.stringify(stored),
      });
      dynamo
        .on(TransactWriteItemsCommand)
        .rejects(canceled([{ Code: 'ConditionalCheckFailed', Item: item }, { Code: 'None' }]));

      const response = await earn(earnEvent(), context);

      expect(response.statusCode).toBe(201);
      expect(response.headers?.['idempotent-replayed']).toBe('true');
      expect(JSON.parse(response.body!)).toEqual(stored);
      expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(1);
    });

    it('answers 422 idempotency_key_reused when the existing entry was written for another body', async () => {
      const item = marshall({ pk: 'TX#tx_original', sk: 'TX', rh: 'another-hash', st: 201, body: '{}' });
      dynamo
        .on(TransactWriteItemsCommand)
        .rejects(canceled([{ Code: 'ConditionalCheckFailed', Item: item }, { Code: 'None' }]));

      const response = await earn(earnEvent(), context);

      expect(response.statusCode).toBe(422);
      expect(problemOf(response).code).toBe('idempotency_key_reused');
    });

    it('re-reads the member and retries when its guard failed ([None, ConditionalCheckFailed])', async () => {
      dynamo
        .on(TransactWriteItemsCommand)
        .rejectsOnce(canceled([{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }]))
        .resolves({});

      const response = await earn(earnEvent(), context);

      expect(response.statusCode).toBe(201);
      expect(response.headers?.['idempotent-replayed']).toBeUndefined();
      expect(JSON.parse(response.body!)).toMatchObject({ points: 20, balances: { points: 1_020 } });
      expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(2);
      const memberReads = dynamo
        .commandCalls(BatchGetItemCommand)
        .filter((call) =>
          call.args[0].input.RequestItems![TABLE]!.Keys!.some((key) => unmarshall(key).pk === 'MEMBER#m1'),
        );
      expect(memberReads).toHaveLength(2);
    });

    it('retries a TransactionConflict internally and then succeeds', async () => {
      dynamo
        .on(TransactWriteItemsCommand)
        .rejectsOnce(canceled([{ Code: 'None' }, { Code: 'TransactionConflict' }]))
        .rejectsOnce(canceled([{ Code: 'TransactionConflict' }, { Code: 'None' }]))
        .resolves({});

      const response = await earn(earnEvent(), context);

      expect(response.statusCode).toBe(201);
      expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(3);
    });

    it('gives up on a conflict that never settles with 503 and Retry-After, never a loose write', async () => {
      dynamo.on(TransactWriteItemsCommand).rejects(canceled([{ Code: 'None' }, { Code: 'TransactionConflict' }]));

      const response = await earn(earnEvent(), context);

      expect(response.statusCode).toBe(503);
      expect(response.headers?.['retry-after']).toBe('1');
      expect(problemOf(response).code).toBe('temporarily_unavailable');
      expect(dynamo.commandCalls(TransactWriteItemsCommand).length).toBeGreaterThan(1);
      expect(looseWrites()).toBe(0);
    });

    it('re-reads the stock when its guard failed and refuses out_of_stock if it is gone ([None, None, ConditionalCheckFailed])', async () => {
      let left = 1;
      dynamo.reset();
      answerReads(() => left);
      dynamo.on(TransactWriteItemsCommand).callsFake((input: { TransactItems: Record<string, unknown>[] }) => {
        // The refusal: its answer, guarded by checks that the member and the stock are as read.
        if (input.TransactItems.some((item) => 'ConditionCheck' in item)) return {};
        // The movement: another buyer took the last unit between our read and our commit.
        left = 0;
        throw canceled([{ Code: 'None' }, { Code: 'None' }, { Code: 'ConditionalCheckFailed' }]);
      });

      const response = await redeem(post('/v1/redemptions', { memberId: 'm1', rewardId: 'box', quantity: 1 }), context);

      expect(response.statusCode).toBe(409);
      expect(problemOf(response).code).toBe('out_of_stock');
      const [movement, refusal] = dynamo
        .commandCalls(TransactWriteItemsCommand)
        .map((call) => call.args[0].input.TransactItems!);
      expect(movement).toHaveLength(3);
      // The refusal is remembered under the key: one Put of the answer, and only condition checks besides.
      expect(refusal!.filter((item) => !item.ConditionCheck)).toHaveLength(1);
      expect(unmarshall(refusal![0]!.Put!.Item!)).toMatchObject({ pk: expect.stringMatching(/^TX#/), st: 409 });
      expect(refusal!.slice(1).map((item) => unmarshall(item.ConditionCheck!.Key!).pk)).toEqual([
        'MEMBER#m1',
        'STOCK#box',
      ]);
      expect(dynamo.commandCalls(PutItemCommand)).toHaveLength(0);
      expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
    });
  });

  describe('unexpected errors', () => {
    it('answers an unexpected SDK error with a bare 500 internal_error that leaks nothing', async () => {
      const secret = 'One or more parameter values were invalid: Missing the key pk in the item jifen-unit';
      const error = Object.assign(new Error(secret), { name: 'ValidationException', $fault: 'client', $metadata: {} });
      dynamo.on(TransactWriteItemsCommand).rejects(error);

      const response = await earn(earnEvent(), context);

      expect(response.statusCode).toBe(500);
      const body = problemOf(response);
      expect(body).toMatchObject({ status: 500, code: 'internal_error', type: '/problems/internal_error' });
      expect(response.body).not.toContain('ValidationException');
      expect(response.body).not.toContain('parameter values');
      expect(response.body).not.toContain(TABLE);
      expect(response.body).not.toMatch(/\bat .+:\d+:\d+/);
      expect(Object.keys(body).sort()).toEqual(['code', 'detail', 'status', 'title', 'type']);
      expect(errorLogs.lines().at(-1)).toMatchObject({
        message: 'Answered 500 internal_error',
        error: { name: 'ValidationException' },
      });
    });
  });
});
