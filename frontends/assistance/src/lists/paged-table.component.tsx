import { DataTable, EmptyState, ErrorState, LoadingState, Pager, type Column, type useCursorPages } from '@mpa/ui';
import { useAssistanceMessages } from '../messages.js';

/** A page of a connection as the screens show it: loading, refused or failed, empty, or the rows. */
export interface PagedRows<Row> {
  /** The rows of the page; undefined while loading, or when the site answered nothing (then `error` says why). */
  rows: readonly Row[] | undefined;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * One paged list: its loading, error and empty states, the table, and the pager under it
 * (`useCursorPages` keeps the cursors, so "previous" needs no backward paging from the API).
 */
export function PagedTable<Row>({ page, paging, caption, columns, rowKey, texts }: {
  page: PagedRows<Row>;
  paging: ReturnType<typeof useCursorPages>;
  caption: string;
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  texts: { loading: string; failed: string; empty: string };
}) {
  const t = useAssistanceMessages();
  const { rows, loading, error, endCursor } = page;
  if (rows === undefined) {
    if (loading) return <LoadingState>{texts.loading}</LoadingState>;
    return <ErrorState error={error} onRetry={page.retry}>{texts.failed}</ErrorState>;
  }
  const pager = (
    <Pager
      label={t.pages(caption)}
      summary={t.pageSummary(paging.index + 1)}
      hasPrevious={paging.hasPrevious}
      hasNext={page.hasNextPage && endCursor != null}
      loading={loading}
      onPrevious={paging.previous}
      onNext={() => endCursor != null && paging.next(endCursor)}
    />
  );
  if (rows.length === 0) {
    return (
      <>
        <EmptyState>{texts.empty}</EmptyState>
        {paging.hasPrevious && pager}
      </>
    );
  }
  return (
    <>
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} busy={loading} />
      {pager}
    </>
  );
}

/** What `PagedTable` needs from a query's result and the connection it shows (null or undefined: none arrived). */
export function pagedRows<Node>(
  result: { loading: boolean; error?: unknown; refetch: () => unknown },
  connection: { edges: readonly { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | null | undefined,
): PagedRows<Node> {
  return {
    rows: connection?.edges.map((edge) => edge.node),
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    endCursor: connection?.pageInfo.endCursor,
    loading: result.loading,
    error: result.error,
    retry: () => void result.refetch(),
  };
}
