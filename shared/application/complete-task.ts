import { MemberNotFoundError, TaskNotFoundError } from '../domain/errors.js';
import { checkMemberState } from '../domain/movement-rules.js';
import { admitCompletion, badgesAwarded, setsCompleted } from '../domain/tasks.js';
import type { Deps, MovementRequest, Outcome } from './deps.js';
import { ownerOf } from './deps.js';
import { transactionIdFor } from './idempotency.js';
import { buildMovement } from './movement.js';
import { keptConfig, keptEngagement } from './kept-config.js';
import { once } from './once.js';
import { guardMember, postIdempotently } from './post-movement.js';
import { postingParty } from './posting-party.js';
import { readMember } from './member-now.js';

export interface CompletionRequest extends MovementRequest {
  taskId: string;
  memberId: string;
  reference: string;
}

/**
 * Credits a task's points once per Idempotency-Key, within the task's window and
 * limit, and in the same transaction awards the badges the completion earns and
 * pays the prize of every badge set it completes. Concurrent completions are
 * decided one at a time (each write is conditional on the count it read), so
 * none passes the limit and no badge or set is awarded twice.
 */
export async function completeTask(deps: Deps, request: CompletionRequest): Promise<Outcome> {
  const owner = ownerOf(request.caller);
  const transactionId = transactionIdFor(owner, request.idempotencyKey);
  const bonusId = transactionIdFor(owner, `${request.idempotencyKey}\nbadge set prize`);
  const loadConfig = once(() => keptEngagement(deps));
  const loadPosting = once(() => keptConfig(deps));
  return postIdempotently(deps, { transactionId, requestHash: request.requestHash }, async (guards) => {
    const now = deps.clock.now();
    const [config, posting, member, engagement] = await Promise.all([
      loadConfig(),
      loadPosting(),
      readMember(deps, request.memberId),
      deps.members.engagementOf(request.memberId),
    ]);
    guardMember(guards, request.memberId, member);
    const task = config.tasks.get(request.taskId);
    if (!task) throw new TaskNotFoundError(request.taskId);
    if (!member) throw new MemberNotFoundError(request.memberId);
    checkMemberState('task', member);
    const before = engagement.taskCounts.get(task.taskId) ?? null;
    const after = admitCompletion(task, before, now);

    const held = new Set(engagement.badges.keys());
    const badges = badgesAwarded(config.badges, task.taskId, after.ever, held);
    const sets = setsCompleted(config.sets, held, badges, new Set(engagement.sets.keys()));
    const prize = sets.reduce((sum, set) => sum + set.prizePoints, 0);
    const createdAt = now.toISOString();
    const party = postingParty(posting, request.caller);

    const movement = buildMovement({
      transactionId,
      requestHash: request.requestHash,
      type: 'task',
      member,
      merchantId: request.caller.kind === 'merchant' ? request.caller.merchantId : null,
      owner,
      balanceName: task.balance,
      credit: task.points,
      debit: 0,
      reference: request.reference,
      createdAt,
      rulesVersion: posting.version,
      details: {
        taskId: task.taskId,
        ...(task.co2eGrams !== null && { co2eGrams: task.co2eGrams }),
        ...(task.methodology !== null && { methodology: task.methodology }),
      },
      settles: { issuer: party, honourer: null },
      ...(prize > 0 && {
        prize: { transactionId: bonusId, setIds: sets.map((set) => set.setId), points: prize, issuer: party },
      }),
      respond: ({ balances }) => ({
        transactionId,
        memberId: member.memberId,
        taskId: task.taskId,
        points: task.points,
        balanceName: task.balance,
        badgesAwarded: badges.map((badge) => badge.badgeId),
        setsCompleted: sets.map((set) => ({ setId: set.setId, prizePoints: set.prizePoints })),
        balances,
      }),
    });
    movement.engagement = {
      memberId: member.memberId,
      count: { of: 'task', id: task.taskId, before, after },
      badges: badges.map((badge) => ({ badgeId: badge.badgeId, awardedAt: createdAt })),
      sets: sets.map((set) => ({ setId: set.setId, completedAt: createdAt })),
    };
    return movement;
  });
}
