import { useQuery } from '@mpa/graphql';
import { afterOf, ConnectionPager, DataTable, ErrorState, LoadingState, useCursorPages, type Column } from '@mpa/ui';
import type { ReactNode } from 'react';
import type { AwarenessSessionFilter, AwarenessSessionsQuery } from '../__generated__/graphql.js';
import { useAwarenessMessages } from '../messages.js';
import { awarenessSessionsQuery } from './sessions.documents.js';

export const sessionsPageSize = 20;

export type Session = NonNullable<NonNullable<AwarenessSessionsQuery['centre']>['awarenessSessions']>['edges'][number]['node'];

/** A centre's sessions matching a filter, a page at a time: loading, error and empty states, the table, the pager. */
export function SessionPages({ site, filter, caption, columns, empty, label }: {
  site: string;
  filter: AwarenessSessionFilter;
  caption: (centre: string) => string;
  columns: readonly Column<Session>[];
  empty: ReactNode;
  /** The pager's name. */
  label: string;
}) {
  const t = useAwarenessMessages();
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(awarenessSessionsQuery, {
    variables: { site, first: sessionsPageSize, filter, ...afterOf(paging) },
    errorPolicy: 'all',
    // A session recorded or planned (here or at another desk) shows on coming back: the cached page first, then the centre's.
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? (loading ? previousData : undefined);
  const sessions = shown?.centre?.awarenessSessions;
  if (sessions === undefined || sessions === null) {
    if (loading) return <LoadingState>{t.loadingSessions}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{t.sessionsFailed}</ErrorState>;
  }
  const pager = <ConnectionPager label={label} paging={paging} pageInfo={sessions.pageInfo} loading={loading} />;
  if (sessions.edges.length === 0) {
    return (
      <>
        {empty}
        {paging.hasPrevious && pager}
      </>
    );
  }
  return (
    <>
      <DataTable caption={caption(shown?.centre?.name ?? site)} columns={columns} rows={sessions.edges.map((edge) => edge.node)} rowKey={(s) => s.id} busy={loading} />
      {pager}
    </>
  );
}

