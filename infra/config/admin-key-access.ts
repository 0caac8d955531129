import type { Access } from '../../shared/application/access.js';

/**
 * Which functions may read the operator key's secret: those whose route looks at
 * a caller's key. Every route but a public one does (the operator key is accepted
 * on operator and merchant routes, and recognised, to be refused with 403, on
 * merchant-only ones); a public route never authenticates, and a route without
 * the table has no key store to check a key against.
 */
export function readsAdminKey(route: { access: Access; table: string }): boolean {
  return route.access !== 'public' && route.table !== 'none';
}
