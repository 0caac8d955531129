import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { httpHandler } from '../../../functions/http/http-handler.js';
import { jsonResponse } from '../../../functions/http/responses.js';
import { defineRoute } from '../../../functions/http/route.js';
import { hashSecret, newMerchantKey } from '../../../shared/application/authenticate.js';
import type { Deps } from '../../../shared/application/deps.js';

/** A key whose merchant the container knows, in a key store that counts its reads. */
function knownKey() {
  const key = newMerchantKey();
  const reads: string[] = [];
  const deps = {
    keys: {
      knownMerchant: () => 'fruit-shop',
      get: async (keyId: string) => {
        reads.push(keyId);
        return {
          keyId,
          merchantId: 'fruit-shop',
          secretHash: hashSecret(key.secret),
          createdAt: '2027-01-01T00:00:00.000Z',
          expiresAt: null,
        };
      },
    },
    clock: { now: () => new Date('2027-03-15T10:00:00.000Z') },
  } as unknown as Deps;
  return { key, deps, reads };
}

function post(apiKey: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /v1/test',
    rawPath: '/v1/test',
    rawQueryString: '',
    headers: { authorization: `Bearer ${apiKey}` },
    requestContext: {
      http: { method: 'POST', path: '/v1/test' },
      requestId: 'r1',
    } as APIGatewayProxyEventV2['requestContext'],
    isBase64Encoded: false,
  };
}

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
const context = { functionName: 'jifen-test', awsRequestId: 'r1' } as Context;

const declaring = (run: Parameters<typeof defineRoute>[0]['run']) =>
  defineRoute({
    name: 'test',
    method: 'POST',
    path: '/v1/test',
    access: 'merchant',
    table: 'read',
    checksKeyItself: true,
    summary: 'A route whose use case checks the key itself',
    responses: [{ status: 200, description: 'ok' }],
    run,
  });

describe('Function: httpHandler (a key left to the use case)', () => {
  it('hands the route the key still to be checked, and reads it no other way', async () => {
    // Arrange
    const { key, deps, reads } = knownKey();
    const handler = httpHandler(
      declaring(async ({ keyCheck }) => {
        keyCheck!.confirm(await deps.keys.get(keyCheck!.keyId));
        return jsonResponse(200, { ok: true });
      }),
      () => deps,
    ) as unknown as Handler;

    // Act
    const response = await handler(post(key.apiKey), context);

    // Assert
    expect(response.statusCode).toBe(200);
    expect(reads).toHaveLength(1);
  });

  it('fails a request its route answered without checking the key, so a forgotten hand-over shows', async () => {
    // Arrange
    const { key, deps } = knownKey();
    const handler = httpHandler(
      declaring(async () => jsonResponse(200, { ok: true })),
      () => deps,
    ) as unknown as Handler;
    const quiet = [
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true),
      vi.spyOn(process.stderr, 'write').mockImplementation(() => true),
    ];

    // Act
    const response = await handler(post(key.apiKey), context).finally(() => {
      for (const spy of quiet) spy.mockRestore();
    });

    // Assert
    expect(response.statusCode).toBe(500);
  });
});
