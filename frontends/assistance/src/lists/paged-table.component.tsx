import { DataTable, PagedConnection, type Column, type Connection, type useCursorPages } from '@mpa/ui';
import { useAssistanceMessages } from '../messages.js';

/** A page of a connection as the screens show it, with the query's state. */
export interface PagedRows<Row> {
  /** undefined or null while loading, or when the site answered nothing (then `error` says why). */
  connection: Connection<Row> | null | undefined;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/** One paged table of the section: @mpa/ui's paged list (states and pager) over a DataTable named by its caption. */
export function PagedTable<Row>({ page, paging, caption, columns, rowKey, texts }: {
  page: PagedRows<Row>;
  paging: ReturnType<typeof useCursorPages>;
  caption: string;
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  texts: { loading: string; failed: string; empty: string };
}) {
  const t = useAssistanceMessages();
  return (
    <PagedConnection connection={page.connection} loading={page.loading} error={page.error} onRetry={page.retry} paging={paging} words={{ ...texts, pages: t.pages(caption) }}>
      {(rows, busy) => <DataTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} busy={busy} />}
    </PagedConnection>
  );
}

/** What `PagedTable` needs from a query's result and the connection it shows. */
export function pagedRows<Node>(result: { loading: boolean; error?: unknown; refetch: () => unknown }, connection: Connection<Node> | null | undefined): PagedRows<Node> {
  return { connection, loading: result.loading, error: result.error, retry: () => void result.refetch() };
}
