import type { HttpMethod } from './route.js';

/** What matching needs of a route. */
export interface RoutePattern {
  method: HttpMethod;
  path: string;
}

export type RouteMatch<R extends RoutePattern> =
  | { kind: 'matched'; route: R; params: Record<string, string> }
  | { kind: 'wrong-method'; allow: string[] }
  | { kind: 'none' };

function matchPath(pattern: string, path: string): Record<string, string> | null {
  const patternParts = pattern.split('/');
  const pathParts = path.split('/');
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < patternParts.length; i++) {
    const expected = patternParts[i]!;
    const actual = pathParts[i]!;
    if (expected.startsWith('{') && expected.endsWith('}')) {
      if (actual === '') return null;
      try {
        params[expected.slice(1, -1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

/** Finds the route for a request the way API Gateway does, and tells 404 from 405. */
export function matchRoute<R extends RoutePattern>(routes: readonly R[], method: string, path: string): RouteMatch<R> {
  const allow: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.method === method) return { kind: 'matched', route, params };
    allow.push(route.method);
  }
  return allow.length > 0 ? { kind: 'wrong-method', allow } : { kind: 'none' };
}
