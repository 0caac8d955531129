import { randomUUID } from 'node:crypto';
import type { Deps } from '../../shared/application/deps.js';
import type { AuditRecord } from '../../shared/domain/audit.js';
import { routeKey, type RouteDeclaration } from './route.js';

/**
 * The audit line of an operator write, from its declaration and validated
 * input: when, which route, on which id, and the body's `reason` where it has
 * one. Nothing else of the body is recorded, so no secret can be.
 */
export function auditRecord(
  route: RouteDeclaration,
  input: { deps: Deps; params: unknown; body: unknown },
): AuditRecord {
  const reason = (input.body as { reason?: unknown } | undefined)?.reason;
  return {
    auditId: randomUUID(),
    at: input.deps.clock.now().toISOString(),
    action: routeKey(route),
    target: route.audit!.target(input),
    reason: typeof reason === 'string' ? reason : null,
  };
}
