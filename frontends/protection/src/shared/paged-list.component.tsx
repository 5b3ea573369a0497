import { EmptyState, ErrorState, LoadingState, Pager, type useCursorPages } from '@mpa/ui';
import type { ReactNode } from 'react';
import { useProtectionMessages } from '../messages.js';

type CursorPages = ReturnType<typeof useCursorPages>;

/** A page of a GraphQL connection as the section reads it. */
export interface Connection<Node> {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The `after` variable of a page: absent for the first one. */
export const afterOf = (paging: CursorPages) => (paging.after === null ? {} : { after: paging.after });

/**
 * A list read page by page from a connection, with its states: loading, could not load (with a
 * retry, naming an unreachable centre), nothing yet, or the rows and a pager under them.
 */
export function PagedList<Node>({ connection, loading, error, onRetry, paging, words, children }: {
  connection: Connection<Node> | null | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  paging: CursorPages;
  words: { loading: string; failed: string; empty: string; pages: string };
  children: (nodes: Node[], busy: boolean) => ReactNode;
}) {
  const t = useProtectionMessages();
  if (connection === undefined || connection === null) {
    if (loading) return <LoadingState>{words.loading}</LoadingState>;
    return <ErrorState error={error} onRetry={onRetry}>{words.failed}</ErrorState>;
  }
  if (connection.edges.length === 0) return <EmptyState>{words.empty}</EmptyState>;
  const { endCursor, hasNextPage } = connection.pageInfo;
  return (
    <>
      {children(connection.edges.map((edge) => edge.node), loading)}
      <Pager
        label={words.pages}
        summary={t.pageSummary(paging.index + 1)}
        hasPrevious={paging.hasPrevious}
        hasNext={hasNextPage && endCursor != null}
        loading={loading}
        onPrevious={paging.previous}
        onNext={() => endCursor != null && paging.next(endCursor)}
      />
    </>
  );
}
