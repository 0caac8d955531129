import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import type { Deps } from '../../shared/application/deps.js';
import { observability } from '../middleware/observability.js';
import { problemResponses } from '../middleware/problem-responses.js';
import type { RouteDeclaration } from './route.js';

/** A public route that reads no input but its headers and no table: nothing to authenticate, validate or store. */
export function isStatic(route: RouteDeclaration): boolean {
  return (
    route.access === 'public' &&
    route.table === 'none' &&
    !route.params &&
    !route.query &&
    !route.body &&
    !route.idempotent
  );
}

/**
 * The handler of a static route (the OpenAPI document): no authentication,
 * validation or store in its bundle.
 */
export function staticHandler(route: RouteDeclaration) {
  if (!isStatic(route)) throw new Error(`${route.name} reads input or the table: use lambdaHandler`);
  const noDeps = new Proxy({} as Deps, {
    get: () => {
      throw new Error(`${route.name} declares no table access`);
    },
  });
  return middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(observability(route.name, route.pointsMetric))
    .use(problemResponses())
    .handler((event) => {
      const header = (name: string) =>
        Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
      return route.run({
        deps: noDeps,
        caller: { kind: 'system' },
        body: undefined,
        params: undefined,
        query: undefined,
        idempotency: { key: '', requestHash: '' },
        header,
      });
    });
}
