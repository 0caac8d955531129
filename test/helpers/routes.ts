import { loadRoutes } from '../../functions/http/route-catalog.js';
import type { RouteDeclaration } from '../../functions/http/route.js';

/** The project's route table, as the stack, the OpenAPI generator and the local server load it. */
export const ROUTE_TABLE = await loadRoutes();
export const routes: readonly RouteDeclaration[] = ROUTE_TABLE.map(({ route }) => route);

export function routeNamed(name: string): RouteDeclaration {
  const found = routes.find((route) => route.name === name);
  if (!found) throw new Error(`no route named ${name}`);
  return found;
}
