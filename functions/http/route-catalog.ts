/**
 * The route table is the set of files in `functions/http/routes/`: each exports
 * its declaration (`route`) and its Lambda entry point (`handler`). The CDK app,
 * the OpenAPI generator, the local server and the tests all read the table
 * from here, so a new route is one new file. (Lambda itself never lists the
 * routes: API Gateway routes each request to its route's own function.)
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { routeKey, type HttpMethod, type RouteDeclaration } from './route.js';

export const ROUTES_DIRECTORY = fileURLToPath(new URL('./routes', import.meta.url));

/** A declaration and the file that declares it (the function's entry). */
export interface CatalogedRoute {
  route: RouteDeclaration;
  entry: string;
}

const METHOD_ORDER: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE'];

/** Path, then method: the order of the OpenAPI document. */
function byPathThenMethod(a: CatalogedRoute, b: CatalogedRoute): number {
  if (a.route.path !== b.route.path) return a.route.path < b.route.path ? -1 : 1;
  return METHOD_ORDER.indexOf(a.route.method) - METHOD_ORDER.indexOf(b.route.method);
}

/**
 * Refuses a table whose names or method + path pairs collide, whose file and
 * route names differ, or in which an operator write does not declare its audit line.
 */
export function checkRouteTable(table: readonly CatalogedRoute[]): void {
  const names = new Set<string>();
  const keys = new Set<string>();
  for (const { route, entry } of table) {
    const fileName = basename(entry).replace(/\.ts$/, '');
    if (fileName !== route.name)
      throw new Error(`${entry} declares route "${route.name}"; name it after its file ("${fileName}")`);
    if (names.has(route.name)) throw new Error(`two routes are named "${route.name}"`);
    if (keys.has(routeKey(route))) throw new Error(`two routes serve ${routeKey(route)}`);
    const operatorWrite = route.access === 'admin' && route.table === 'readWrite';
    if (operatorWrite !== (route.audit !== undefined)) {
      throw new Error(
        `${entry}: operator routes that write, and only they, declare \`audit\` (every operator write is in the audit trail)`,
      );
    }
    names.add(route.name);
    keys.add(routeKey(route));
  }
}

/** Every route declared in `directory`, checked and in document order. */
export async function loadRoutes(directory = ROUTES_DIRECTORY): Promise<CatalogedRoute[]> {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const table = await Promise.all(
    files.map(async (file) => {
      const entry = join(directory, file);
      const module = (await import(/* @vite-ignore */ pathToFileURL(entry).href)) as { route?: RouteDeclaration };
      if (!module.route) throw new Error(`${entry} exports no route declaration`);
      return { route: module.route, entry };
    }),
  );
  checkRouteTable(table);
  return table.sort(byPathThenMethod);
}
