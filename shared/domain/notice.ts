/**
 * Notice before a change that hurts members (docs/api.md "Notice before a
 * change that hurts members"): with the program's `noticeDays` above 0, a
 * change that makes members worse off waits `noticeDays` days in the
 * document's `upcoming` list while the old value stays in force.
 */

import { addDays } from './time.js';

/** One change waiting for its date: `path` names the field (`program.expiryMonths`, `rewards.<rewardId>.costPoints`). */
export interface ScheduledChange {
  effectiveAt: string;
  path: string;
  from: number | null;
  to: number | null;
}

/** A configuration document that may carry changes waiting for their date. */
export interface WithUpcoming {
  upcoming?: ScheduledChange[];
}

type Value = number | null;

/** A field members must be told of before it changes against them, and when a change does so. */
interface NoticeableField {
  field: string;
  hurts: (from: Value, to: Value) => boolean;
}

const rises = (from: Value, to: Value) => from !== null && to !== null && to > from;
/** Null never expires, so any number replacing it is shorter. */
const shortens = (from: Value, to: Value) => to !== null && (from === null || to < from);

interface NoticeableKindRule {
  fields: NoticeableField[];
  /** Whether members hold this document's promise at all (a reward no longer or not yet on offer promises nothing). */
  promised: (stored: Record<string, unknown>, wanted: Record<string, unknown>) => boolean;
}

/** What needs notice, by kind of document: a row per field, not an `if`. */
export const NOTICEABLE = {
  program: {
    fields: [
      { field: 'paymentPointsPerUnit', hurts: rises },
      { field: 'expiryMonths', hurts: shortens },
    ],
    promised: () => true,
  },
  reward: {
    fields: [{ field: 'costPoints', hurts: rises }],
    promised: (stored, wanted) => stored.active === true && wanted.active === true,
  },
} satisfies Record<string, NoticeableKindRule>;

export type NoticeableKind = keyof typeof NOTICEABLE;

const fieldOf = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** The document without an `upcoming` list when none is left, as a document that never had one is stored. */
function withUpcoming<T extends WithUpcoming>(document: T, upcoming: ScheduledChange[]): T {
  const { upcoming: _previous, ...rest } = document;
  return (upcoming.length === 0 ? rest : { ...rest, upcoming }) as T;
}

/**
 * The document as it stands at `at`: each change whose date has come applies
 * (its field takes `to`) and leaves `upcoming`; those still ahead stay. The
 * same document when nothing has come due; never changes its argument.
 */
export function inForce<T extends WithUpcoming>(document: T, at: Date): T {
  const upcoming = document.upcoming;
  if (!upcoming || upcoming.length === 0) return document;
  const due = upcoming.filter((change) => Date.parse(change.effectiveAt) <= at.getTime());
  if (due.length === 0) return document;
  const applied: Record<string, unknown> = { ...(document as object) };
  // Oldest first, so of two due changes to one field the later one wins.
  for (const change of [...due].sort((a, b) => a.effectiveAt.localeCompare(b.effectiveAt))) {
    applied[fieldOf(change.path)] = change.to;
  }
  return withUpcoming(
    applied as T,
    upcoming.filter((change) => !due.includes(change)),
  );
}

/** When the earliest change still ahead of a document comes due; null when none is. */
export function nextChangeAt(document: WithUpcoming): number | null {
  const dates = (document.upcoming ?? []).map((change) => Date.parse(change.effectiveAt));
  return dates.length === 0 ? null : Math.min(...dates);
}

export interface NoticeDecision<T> {
  /** What to save: hurting changes keep the value in force, and wait in `upcoming`. */
  document: T;
  /** The changes of this write that wait for their date (a retried write's too, with their first date). */
  deferred: ScheduledChange[];
}

/**
 * Decides a write of a noticeable document. `stored` is the document as saved
 * (null: new), `wanted` the body written, `prefix` the path of the document
 * (`program`, `rewards.<rewardId>`), `noticeDays` the notice in force before
 * this write (0: none). Where members hold the document's promise (a reward
 * on offer before and after the write), for each noticeable field a change
 * that hurts waits `noticeDays` days; a change for the field already waiting
 * with the same `to` keeps its date (a retried PUT does not push it back).
 * Anything else applies at once and withdraws what was waiting for that field:
 * a change superseded or reverted before its date never applies. The saved
 * `upcoming` is exactly the deferred changes: every waiting change is one of
 * the document's own noticeable fields, and each such field is decided here.
 */
export function deferHurtingChanges<T extends WithUpcoming>(
  kind: NoticeableKind,
  prefix: string,
  stored: WithUpcoming | null,
  wanted: T,
  noticeDays: number,
  now: Date,
): NoticeDecision<T> {
  const current = stored === null ? null : inForce(stored, now);
  const waiting = current?.upcoming ?? [];
  const effectiveAt = addDays(now, noticeDays).toISOString();
  const document: Record<string, unknown> = { ...(wanted as object) };
  const deferred: ScheduledChange[] = [];
  const rule: NoticeableKindRule = NOTICEABLE[kind];
  const before = current as Record<string, unknown> | null;
  const after = wanted as Record<string, unknown>;
  const noticed = before !== null && noticeDays > 0 && rule.promised(before, after);
  for (const { field, hurts } of rule.fields) {
    const path = `${prefix}.${field}`;
    const to = after[field] as Value;
    const from = before === null ? null : (before[field] as Value);
    if (!noticed || !hurts(from, to)) continue;
    const change = waiting.find((kept) => kept.path === path && kept.to === to) ?? { effectiveAt, path, from, to };
    document[field] = from;
    deferred.push(change);
  }
  return {
    document: withUpcoming(document as T, deferred.sort(byDateThenPath)),
    deferred,
  };
}

/** The order changes are listed in: soonest first, then by path. */
export function byDateThenPath(a: ScheduledChange, b: ScheduledChange): number {
  return a.effectiveAt.localeCompare(b.effectiveAt) || a.path.localeCompare(b.path);
}
