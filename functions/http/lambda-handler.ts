import type { RulesVersionsFactory } from '../../shared/adapters/dynamodb/rules-versions.js';
import { productionDeps } from '../composition-root.js';
import { httpHandler } from './http-handler.js';
import type { RouteDeclaration } from './route.js';

/**
 * A route's Lambda entry point: its declaration with the production
 * dependencies; a route that writes the configuration or answers past rules
 * passes `rulesVersions`, so only its bundle carries them.
 */
export function lambdaHandler(route: RouteDeclaration, rulesVersions?: RulesVersionsFactory) {
  return httpHandler(route, () => productionDeps(rulesVersions));
}
