import type { AuditRecord } from '../domain/audit.js';
import { ValidationError } from '../domain/errors.js';
import type { Badge, BadgeSet, Task } from '../domain/tasks.js';
import type { Upsert } from '../ports/config-store.js';
import { assertDisclosed } from './configure.js';
import type { Deps } from './deps.js';

type Undisclosed<T extends { conditions: string }> = Omit<T, 'conditions'> & { conditions?: string };

/** Saves a task; its conditions must be stated, like every reward's and promotion's. */
export async function putTask(deps: Deps, task: Undisclosed<Task>, audit?: AuditRecord): Promise<{ upsert: Upsert; saved: Task }> {
  const saved = { ...task, conditions: disclosed(task.conditions) };
  return { upsert: await deps.config.putTask(saved, audit), saved };
}

/** Saves a badge for a task that exists; the next completion awards it to whoever has done enough. */
export async function putBadge(deps: Deps, badge: Undisclosed<Badge>, audit?: AuditRecord): Promise<{ upsert: Upsert; saved: Badge }> {
  const saved = { ...badge, conditions: disclosed(badge.conditions) };
  const { tasks } = await deps.config.engagement();
  if (!tasks.has(badge.taskId)) throw new ValidationError([{ path: 'taskId', message: `there is no task ${badge.taskId}` }]);
  return { upsert: await deps.config.putBadge(saved, audit), saved };
}

/** Saves a set of badges that exist; completing it pays `prizePoints` once. */
export async function putBadgeSet(
  deps: Deps,
  set: Undisclosed<BadgeSet>,
  audit?: AuditRecord,
): Promise<{ upsert: Upsert; saved: BadgeSet }> {
  const saved = { ...set, conditions: disclosed(set.conditions) };
  const known = new Set((await deps.config.engagement()).badges.map((badge) => badge.badgeId));
  const unknown = set.badgeIds.flatMap((badgeId, i) => (known.has(badgeId) ? [] : [{ path: `badgeIds.${i}`, message: `there is no badge ${badgeId}` }]));
  if (unknown.length > 0) throw new ValidationError(unknown);
  return { upsert: await deps.config.putBadgeSet(saved, audit), saved };
}

function disclosed(conditions: string | undefined): string {
  assertDisclosed(conditions);
  return conditions;
}
