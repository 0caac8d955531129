import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { MethodNotAllowedError, RouteNotFoundError } from '../middleware/http-errors.js';
import { observability } from '../middleware/observability.js';
import { problemResponses } from '../middleware/problem-responses.js';
import { matchRoute } from './match-route.js';

/** API Gateway's `$default` route: whatever no route matched is a 404 or a 405 with `Allow`. */
export const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
  .use(observability('fallback'))
  .use(problemResponses())
  .handler(async (event) => {
    const method = event.requestContext.http.method;
    const match = matchRoute(method, event.rawPath);
    if (match.kind === 'wrong-method') throw new MethodNotAllowedError(method, match.allow);
    throw new RouteNotFoundError(event.rawPath);
  });
