import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { MethodNotAllowedError, RouteNotFoundError } from '../middleware/http-errors.js';
import { observability } from '../middleware/observability.js';
import { problemResponses } from '../middleware/problem-responses.js';
import { matchRoute, type RoutePattern } from './match-route.js';

/** Whatever no route matched is a 404, or a 405 with `Allow` when the path exists with other methods. */
export function fallbackHandler(routes: readonly RoutePattern[]) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(observability('fallback'))
    .use(problemResponses())
    .handler(async (event) => {
      const method = event.requestContext.http.method;
      const match = matchRoute(routes, method, event.rawPath);
      if (match.kind === 'wrong-method') throw new MethodNotAllowedError(method, match.allow);
      throw new RouteNotFoundError(event.rawPath);
    });
}

/** `GET /v1/a PUT /v1/b/{id}` → the patterns; the stack sets ROUTE_KEYS from the route table. */
export function parseRouteKeys(text: string | undefined): RoutePattern[] {
  const words = (text ?? '').split(/\s+/).filter(Boolean);
  const patterns: RoutePattern[] = [];
  for (let i = 0; i + 1 < words.length; i += 2)
    patterns.push({ method: words[i] as RoutePattern['method'], path: words[i + 1]! });
  return patterns;
}

/** API Gateway's `$default` route. */
export const handler = fallbackHandler(parseRouteKeys(process.env.ROUTE_KEYS));
