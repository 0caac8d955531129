import { productionDeps } from '../composition-root.js';
import { httpHandler } from './http-handler.js';
import type { RouteDeclaration } from './route.js';

/** A route's Lambda entry point: its declaration with the production dependencies. */
export function lambdaHandler(route: RouteDeclaration) {
  return httpHandler(route, productionDeps);
}
