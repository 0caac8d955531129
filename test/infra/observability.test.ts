import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observability, recordJobRun } from '../../functions/middleware/observability.js';
import { routeNamed } from '../helpers/routes.js';

const context = { functionName: 'jifen-earn', awsRequestId: 'req-ctx' } as Context;

function event(headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /v1/earn',
    rawPath: '/v1/earn',
    rawQueryString: '',
    headers,
    isBase64Encoded: false,
    requestContext: { requestId: 'apigw-request-1' },
  } as unknown as APIGatewayProxyEventV2;
}

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return async (): Promise<APIGatewayProxyStructuredResultV2> => ({
    statusCode: status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The EMF documents written to stdout during `run`. */
async function emitted(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return lines
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const metricNames = (docs: Record<string, unknown>[]) =>
  docs.flatMap((doc) =>
    (doc._aws as { CloudWatchMetrics: { Metrics: { Name: string }[] }[] }).CloudWatchMetrics.flatMap((m) =>
      m.Metrics.map((metric) => metric.Name),
    ),
  );

describe('Middleware: observability', () => {
  const saved = process.env.POWERTOOLS_METRICS_DISABLED;
  beforeEach(() => {
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.POWERTOOLS_METRICS_DISABLED;
    else process.env.POWERTOOLS_METRICS_DISABLED = saved;
  });

  it('echoes a given x-correlation-id, else the API Gateway request id', async () => {
    const handler = middy(answer(200, {})).use(observability('get-member'));

    const given = (await handler(
      event({ 'x-correlation-id': 'pos-42' }),
      context,
    )) as APIGatewayProxyStructuredResultV2;
    const generated = (await handler(event(), context)) as APIGatewayProxyStructuredResultV2;
    const malformed = (await handler(
      event({ 'x-correlation-id': 'a b' }),
      context,
    )) as APIGatewayProxyStructuredResultV2;

    expect(given.headers?.['x-correlation-id']).toBe('pos-42');
    expect(generated.headers?.['x-correlation-id']).toBe('apigw-request-1');
    expect(malformed.headers?.['x-correlation-id']).toBe('apigw-request-1');
  });

  it('counts the points of a 201 earn as PointsEarned', async () => {
    const handler = middy(answer(201, { points: 1500 })).use(observability('earn', routeNamed('earn').pointsMetric));

    const docs = await emitted(() => handler(event(), context));

    const earned = docs.find((doc) => 'PointsEarned' in doc);
    expect(earned?.PointsEarned).toBe(1500);
    expect(earned?.service).toBe('jifen');
  });

  it('counts a replay as IdempotentReplays, not as points moved', async () => {
    const handler = middy(answer(201, { points: 1500 }, { 'Idempotent-Replayed': 'true' })).use(
      observability('redeem', routeNamed('redeem').pointsMetric),
    );

    const names = metricNames(await emitted(() => handler(event(), context)));

    expect(names).toContain('IdempotentReplays');
    expect(names).not.toContain('PointsRedeemed');
  });

  it('counts a problem+json answer as DomainErrors with its code', async () => {
    const handler = middy(
      answer(409, { code: 'insufficient_points', status: 409 }, { 'content-type': 'application/problem+json' }),
    ).use(observability('redeem', routeNamed('redeem').pointsMetric));

    const docs = await emitted(() => handler(event(), context));

    const error = docs.find((doc) => 'DomainErrors' in doc);
    expect(error).toMatchObject({ DomainErrors: 1, code: 'insufficient_points' });
  });

  it('adds the header to an answer an inner error handler made', async () => {
    const handler = middy(async () => {
      throw new Error('boom');
    })
      .use(observability('earn', routeNamed('earn').pointsMetric))
      .use({
        onError: (request) => {
          request.response = {
            statusCode: 500,
            headers: { 'content-type': 'application/problem+json' },
            body: JSON.stringify({ code: 'internal_error', status: 500 }),
          };
        },
      });

    const docs = await emitted(async () => {
      const response = (await handler(
        event({ 'x-correlation-id': 'c-1' }),
        context,
      )) as APIGatewayProxyStructuredResultV2;
      expect(response.headers?.['x-correlation-id']).toBe('c-1');
    });

    expect(docs.find((doc) => 'DomainErrors' in doc)).toMatchObject({ code: 'internal_error' });
  });

  it('records job runs with the job as dimension', async () => {
    const docs = await emitted(async () => recordJobRun('expiry', 10, 3));

    expect(docs[0]).toMatchObject({ job: 'expiry', JobRuns: 1, JobItemsProcessed: 10, JobItemsChanged: 3 });
  });

  it('writes nothing outside Lambda unless metrics are enabled explicitly', async () => {
    delete process.env.POWERTOOLS_METRICS_DISABLED;
    const handler = middy(answer(201, { points: 5 })).use(observability('earn', routeNamed('earn').pointsMetric));

    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await handler(event(), context);
      recordJobRun('tiers', 1, 0);
    } finally {
      spy.mockRestore();
    }

    expect(lines).toEqual([]);
  });
});
