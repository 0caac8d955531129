import type { AuditRecord } from '../domain/audit.js';
import { MemberNotFoundError } from '../domain/errors.js';
import { admitMovement } from '../domain/movement-rules.js';
import type { BalanceName } from '../domain/program.js';
import type { Deps, Outcome } from './deps.js';
import { transactionIdFor } from './idempotency.js';
import { keptConfig } from './kept-config.js';
import { buildMovement } from './movement.js';
import { guardMember, postIdempotently } from './post-movement.js';
import { readMember } from './member-now.js';

export interface AdjustRequest {
  idempotencyKey: string;
  requestHash: string;
  memberId: string;
  points: number;
  balance: BalanceName;
  reason: string;
  /** The operator's audit line, committed with the entry: a replay finds the entry and writes no second line. */
  audit?: AuditRecord;
}

/**
 * The operator's correction: adds or removes points with a stated reason, once
 * per key. It works on frozen accounts too (that is when corrections are needed)
 * but never takes a balance below zero.
 */
export async function adjustPoints(deps: Deps, request: AdjustRequest): Promise<Outcome> {
  const transactionId = transactionIdFor('admin', request.idempotencyKey);
  return postIdempotently(deps, { transactionId, requestHash: request.requestHash }, async (guards) => {
    // No rule prices an adjustment; it records the version in force, as this container keeps it.
    const [member, { version }] = await Promise.all([readMember(deps, request.memberId), keptConfig(deps)]);
    guardMember(guards, request.memberId, member);
    if (!member) throw new MemberNotFoundError(request.memberId);
    admitMovement('adjustment', member, request.balance, request.points);
    return buildMovement({
      transactionId,
      requestHash: request.requestHash,
      type: 'adjustment',
      member,
      merchantId: null,
      owner: 'admin',
      balanceName: request.balance,
      credit: Math.max(request.points, 0),
      debit: Math.max(-request.points, 0),
      reference: null,
      createdAt: deps.clock.now().toISOString(),
      rulesVersion: version,
      details: { reason: request.reason },
      ...(request.audit && { audit: request.audit }),
      respond: ({ balances }) => ({
        transactionId,
        memberId: member.memberId,
        type: 'adjustment',
        balanceName: request.balance,
        points: Math.abs(request.points),
        delta: request.points,
        balances,
      }),
    });
  });
}
