import { useState } from 'preact/hooks';
import { type Loaded, useLoad } from './use-load';

const PAGE_SIZE = 20;

/** The query of one page: the API's cursor, 20 rows at a time. */
export function pageQuery(cursor: string | null): { limit: number; cursor?: string } {
  return cursor === null ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, cursor };
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Paged<T> = Loaded<Page<T>> & {
  reload: () => void;
  pageNumber: number;
  next: (() => void) | null;
  previous: (() => void) | null;
};

/** A cursor-paged list: the cursors seen so far make "Previous page" possible without the API going backwards. */
export function usePaged<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>, key: string): Paged<T> {
  // The cursors belong to the list they were read from: a new key starts again at its first page.
  const [seen, setSeen] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = seen.key === key ? seen.cursors : [null];
  const setCursors = (next: (string | null)[]) => setSeen({ key, cursors: next });
  const cursor = cursors[cursors.length - 1] ?? null;
  const loaded = useLoad(() => fetchPage(cursor), `${key}|${cursor ?? ''}`);
  const nextCursor = loaded.state === 'done' ? loaded.data.nextCursor : null;
  return {
    ...loaded,
    pageNumber: cursors.length,
    next: nextCursor ? () => setCursors([...cursors, nextCursor]) : null,
    previous: cursors.length > 1 ? () => setCursors(cursors.slice(0, -1)) : null,
  };
}

export function Pager({ paged, label }: { paged: Paged<unknown>; label: string }) {
  if (!paged.next && !paged.previous) return null;
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={paged.previous ?? undefined} disabled={!paged.previous}>
        Previous page
      </button>
      <span>Page {paged.pageNumber}</span>
      <button type="button" onClick={paged.next ?? undefined} disabled={!paged.next}>
        Next page
      </button>
    </nav>
  );
}
