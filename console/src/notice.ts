/** One change waiting for its date, as `Schemas['Deferral']` has it; written out so this file imports nothing (its unit test runs outside the console's build). */
interface Change {
  effectiveAt: string;
  path: string;
  from: number | null;
  to: number | null;
}

/**
 * A configuration object as the operator wants it: each change waiting for its
 * notice date at its new value, without the list. Saved again unchanged, it
 * keeps those changes and their dates; a value put back withdraws its change.
 */
export function asWanted<T extends { upcoming?: Change[] }>(document: T): Omit<T, 'upcoming'> {
  const { upcoming = [], ...rest } = document;
  const wanted: Record<string, unknown> = { ...rest };
  for (const change of upcoming) wanted[change.path.slice(change.path.lastIndexOf('.') + 1)] = change.to;
  return wanted as Omit<T, 'upcoming'>;
}

/** What the operator is told after a save: when a change that needs notice applies, if one does. */
export function savedMessage(saved: string, answer: object): string {
  return 'effectiveAt' in answer
    ? `${saved} Changes that hurt members apply from ${String(answer.effectiveAt)}; until then the old values apply.`
    : saved;
}

/** The changes waiting for their date, one line each. */
export function waitingChanges(upcoming: Change[] | undefined): string {
  if (!upcoming || upcoming.length === 0) return 'none';
  return upcoming
    .map((change) => `${change.path}: ${change.from ?? 'never'} → ${change.to ?? 'never'} from ${change.effectiveAt}`)
    .join('; ');
}
