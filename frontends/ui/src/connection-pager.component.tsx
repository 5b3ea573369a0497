// A list read page by page from a GraphQL connection (edges and pageInfo), with the cursors kept
// by useCursorPages: the pager alone, or the pager with the list's loading, error and empty states.
import type { ReactNode } from 'react';
import { Pager, type useCursorPages } from './data-table.component.js';
import { EmptyState, ErrorState, LoadingState } from './states.component.js';
import { uiCatalogue, useMessages } from './use-messages.js';

type CursorPages = ReturnType<typeof useCursorPages>;

/** A page of a GraphQL connection as a list reads it. */
export interface Connection<Node> {
  edges: readonly { node: Node }[];
  pageInfo: PageInfo;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** The `after` variable of a page's query: absent for the first page. */
export const afterOf = (paging: CursorPages) => (paging.after === null ? {} : { after: paging.after });

/** The Pager driven by a connection's pageInfo: "next" only while there is a cursor to go on from. */
export function ConnectionPager({ label, summary, paging, pageInfo, loading }: {
  label: string;
  /** What the pager says of the page shown (1 for the first); "Page 1" unless given. */
  summary?: (page: number) => string;
  paging: CursorPages;
  pageInfo: PageInfo;
  loading: boolean;
}) {
  const t = useMessages(uiCatalogue);
  const { hasNextPage, endCursor } = pageInfo;
  return (
    <Pager
      label={label}
      summary={(summary ?? t.pageNumber)(paging.index + 1)}
      hasPrevious={paging.hasPrevious}
      hasNext={hasNextPage && endCursor != null}
      loading={loading}
      onPrevious={paging.previous}
      onNext={() => endCursor != null && paging.next(endCursor)}
    />
  );
}

/**
 * A paged list with its states: loading, could not load (with a retry, naming an unreachable
 * centre), nothing there, or the rows (`children`, told whether a newer page is on its way) with
 * the pager under them. An empty page after the first keeps its pager, to go back.
 */
export function PagedConnection<Node>({ connection, loading, error, onRetry, paging, words, summary, children }: {
  /** undefined or null: no page arrived (loading, or `error` says why). */
  connection: Connection<Node> | null | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  paging: CursorPages;
  /** The list's own words: its states, and the pager's name (`pages`). */
  words: { loading: string; failed: string; empty: string; pages: string };
  summary?: (page: number) => string;
  children: (nodes: Node[], busy: boolean) => ReactNode;
}) {
  if (connection === undefined || connection === null) {
    if (loading) return <LoadingState>{words.loading}</LoadingState>;
    return <ErrorState error={error} onRetry={onRetry}>{words.failed}</ErrorState>;
  }
  const pager = <ConnectionPager label={words.pages} paging={paging} pageInfo={connection.pageInfo} loading={loading} {...(summary === undefined ? {} : { summary })} />;
  if (connection.edges.length === 0) {
    return (
      <>
        <EmptyState>{words.empty}</EmptyState>
        {paging.hasPrevious && pager}
      </>
    );
  }
  return (
    <>
      {children(connection.edges.map((edge) => edge.node), loading)}
      {pager}
    </>
  );
}
