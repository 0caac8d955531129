import { type Column, DataTable } from './data-table';
import { ErrorAlert, Working } from './feedback';
import { type Page, Pager, usePaged } from './paged';

/** A cursor-paged list from the API as a table: working while a page loads, the API's refusal if it fails. */
export function PagedTable<T>({
  fetchPage,
  listKey,
  caption,
  columns,
  rowKey,
  empty,
}: {
  fetchPage: (cursor: string | null) => Promise<Page<T>>;
  /** Changes when the list must be read again from its first page (after a save, say). */
  listKey: string;
  caption: string;
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  empty: string;
}) {
  const paged = usePaged(fetchPage, listKey);
  return (
    <>
      {paged.state === 'loading' && <Working what={`Loading ${caption.toLowerCase()}…`} />}
      {paged.state === 'failed' && <ErrorAlert error={paged.error} />}
      {paged.state === 'done' && (
        <DataTable caption={caption} columns={columns} rows={paged.data.items} rowKey={rowKey} empty={empty} />
      )}
      <Pager paged={paged} label={caption} />
    </>
  );
}
