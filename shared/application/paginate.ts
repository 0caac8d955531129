import { ValidationError } from '../domain/errors.js';
import type { Page } from '../ports/member-store.js';

/** Pages a small, already sorted configuration list; the cursor is an opaque offset. */
export function paginate<T>(items: T[], page: { limit: number; cursor: string | null }): Page<T> {
  const offset = page.cursor === null ? 0 : Number.parseInt(Buffer.from(page.cursor, 'base64url').toString(), 10);
  if (!Number.isInteger(offset) || offset < 0)
    throw new ValidationError([{ path: 'cursor', message: 'is not a cursor this list issued' }]);
  const end = offset + page.limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? Buffer.from(String(end)).toString('base64url') : null,
  };
}
