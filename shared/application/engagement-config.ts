import type { AuditRecord } from '../domain/audit.js';
import { ValidationError } from '../domain/errors.js';
import type { Badge, BadgeSet, Task } from '../domain/tasks.js';
import type { Upsert } from '../ports/config-store.js';
import { assertDisclosed } from './configure.js';
import type { Deps } from './deps.js';

type Undisclosed<T extends { conditions: string }> = Omit<T, 'conditions'> & { conditions?: string };

/** Saves a task; its conditions must be stated, like every reward's and promotion's. */
export async function putTask(
  deps: Deps,
  task: Undisclosed<Task>,
  audit?: AuditRecord,
): Promise<{ upsert: Upsert; saved: Task }> {
  const saved = { ...task, conditions: disclosed(task.conditions) };
  return { upsert: await deps.config.putTask(saved, audit), saved };
}

/** Saves a badge for a task that exists; the next completion awards it to whoever has done enough. */
export async function putBadge(
  deps: Deps,
  badge: BadgeRequest,
  audit?: AuditRecord,
): Promise<{ upsert: Upsert; saved: Badge }> {
  const disclosure = { badgeId: badge.badgeId, name: badge.name, conditions: disclosed(badge.conditions) };
  if (badge.earns) {
    const saved: Badge = { ...disclosure, earns: badge.earns };
    return { upsert: await deps.config.putBadge(saved, audit), saved };
  }
  const taskId = badge.taskId!;
  const { tasks } = await deps.config.engagement();
  if (!tasks.has(taskId)) throw new ValidationError([{ path: 'taskId', message: `there is no task ${taskId}` }]);
  const saved: Badge = { ...disclosure, taskId, completions: badge.completions ?? 1 };
  return { upsert: await deps.config.putBadge(saved, audit), saved };
}

/** A badge as the operator sends it: exactly one of `taskId` (with `completions`) and `earns`, as the schema checks. */
export interface BadgeRequest {
  badgeId: string;
  name: string;
  conditions?: string;
  taskId?: string;
  completions?: number;
  earns?: { category: string; count: number };
}

/** Saves a set of badges that exist; completing it pays `prizePoints` once. */
export async function putBadgeSet(
  deps: Deps,
  set: Undisclosed<BadgeSet>,
  audit?: AuditRecord,
): Promise<{ upsert: Upsert; saved: BadgeSet }> {
  const saved = { ...set, conditions: disclosed(set.conditions) };
  const known = new Set((await deps.config.engagement()).badges.map((badge) => badge.badgeId));
  const unknown = set.badgeIds.flatMap((badgeId, i) =>
    known.has(badgeId) ? [] : [{ path: `badgeIds.${i}`, message: `there is no badge ${badgeId}` }],
  );
  if (unknown.length > 0) throw new ValidationError(unknown);
  return { upsert: await deps.config.putBadgeSet(saved, audit), saved };
}

function disclosed(conditions: string | undefined): string {
  assertDisclosed(conditions);
  return conditions;
}
