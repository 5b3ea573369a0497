import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { DataTable, DateInput, EmptyState, ErrorState, FormField, Link, LoadingState, Page, Pager, dateError, navigate, useCursorPages, useLanguage, type Column } from '@mpa/ui';
import { useEffect, useState } from 'react';
import type { AwarenessSessionFilter, AwarenessSessionsQuery } from '../__generated__/graphql.js';
import { useAwarenessMessages } from '../messages.js';
import { paths, topics, type HistoryFilters } from '../routes.js';
import { awarenessSessionsQuery } from './sessions.documents.js';

export const sessionsPageSize = 20;

type Session = NonNullable<NonNullable<AwarenessSessionsQuery['centre']>['awarenessSessions']>['edges'][number]['node'];

/** The API's filter of the address's filters (none when all are empty). */
export function sessionFilter(filters: HistoryFilters): AwarenessSessionFilter | undefined {
  const filter: AwarenessSessionFilter = {
    ...(filters.topic === '' ? {} : { topic: filters.topic }),
    ...(filters.from === '' ? {} : { from: filters.from }),
    ...(filters.to === '' ? {} : { to: filters.to }),
  };
  return Object.keys(filter).length === 0 ? undefined : filter;
}

/** A centre's session history, most recent first, paged, by topic and period. */
export function SessionHistory({ site, filters }: { site: string; filters: HistoryFilters }) {
  const t = useAwarenessMessages();
  return (
    <Page title={t.historyHeading} description={t.historyHint}>
      <p>
        <Link to={paths.record()}>{t.recordLink}</Link>
      </p>
      <HistoryFilterForm filters={filters} />
      {/* A new filter is a new list: its paging starts again at the first page. */}
      <SessionList key={paths.history(filters)} site={site} filters={filters} />
    </Page>
  );
}

function HistoryFilterForm({ filters }: { filters: HistoryFilters }) {
  const t = useAwarenessMessages();
  const [wanted, setWanted] = useState(filters);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  useEffect(() => setWanted(filters), [filters.topic, filters.from, filters.to]);
  return (
    <form
      noValidate
      aria-label={t.filters}
      onSubmit={(event) => {
        event.preventDefault();
        const problems: { from?: string; to?: string } = {};
        const from = dateError(wanted.from);
        const to = dateError(wanted.to);
        if (from !== null) problems.from = from;
        if (to !== null) problems.to = to;
        else if (from === null && wanted.from !== '' && wanted.to !== '' && wanted.to < wanted.from) problems.to = t.toBeforeFrom;
        setErrors(problems);
        if (Object.keys(problems).length === 0) navigate(paths.history(wanted));
      }}
    >
      <FormField label={t.topicFilter}>
        {(control) => (
          <select {...control} value={wanted.topic} onChange={(e) => setWanted({ ...wanted, topic: e.target.value as HistoryFilters['topic'] })}>
            <option value="">{t.anyTopic}</option>
            {topics.map((topic) => <option key={topic} value={topic}>{t.topic[topic]}</option>)}
          </select>
        )}
      </FormField>
      <DateInput label={t.from} value={wanted.from} error={errors.from ?? null} onChange={(from) => setWanted({ ...wanted, from })} />
      <DateInput label={t.to} value={wanted.to} error={errors.to ?? null} onChange={(to) => setWanted({ ...wanted, to })} />
      <p>
        <button type="submit">{t.show}</button>
      </p>
    </form>
  );
}

function SessionList({ site, filters }: { site: string; filters: HistoryFilters }) {
  const t = useAwarenessMessages();
  const language = useLanguage();
  const paging = useCursorPages();
  const filter = sessionFilter(filters);
  const { data, previousData, loading, error, refetch } = useQuery(awarenessSessionsQuery, {
    variables: { site, first: sessionsPageSize, ...(paging.after === null ? {} : { after: paging.after }), ...(filter === undefined ? {} : { filter }) },
    errorPolicy: 'all',
    // A session just recorded (here or at another desk) shows on coming back: the cached page first, then the centre's.
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? (loading ? previousData : undefined);
  const sessions = shown?.centre?.awarenessSessions;
  if (sessions === undefined || sessions === null) {
    if (loading) return <LoadingState>{t.loadingSessions}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{t.sessionsFailed}</ErrorState>;
  }
  const { endCursor, hasNextPage } = sessions.pageInfo;
  const pager = (
    <Pager
      label={t.sessionPages}
      summary={t.pageSummary(paging.index + 1)}
      hasPrevious={paging.hasPrevious}
      hasNext={hasNextPage && endCursor != null}
      loading={loading}
      onPrevious={paging.previous}
      onNext={() => endCursor != null && paging.next(endCursor)}
    />
  );
  if (sessions.edges.length === 0) {
    return (
      <>
        <EmptyState action={filter === undefined ? <Link to={paths.record()}>{t.recordLink}</Link> : undefined}>{filter === undefined ? t.noSessions : t.noMatchingSessions}</EmptyState>
        {paging.hasPrevious && pager}
      </>
    );
  }
  const c = t.columns;
  const counts = (group: Session['attendance']['female']) => (
    <>
      {group.total}
      <br />
      <span className="hint">{t.breakdown(group.age0To17, group.age18To29, group.age30To59, group.age60Plus)}</span>
    </>
  );
  const columns: Column<Session>[] = [
    { header: c.heldOn, cell: (s) => format.date(s.heldOn, language), rowHeader: true },
    { header: c.topic, cell: (s) => (s.topic === 'OTHER' && s.topicOther !== null ? t.otherTopic(s.topicOther) : t.topic[s.topic]) },
    { header: c.place, cell: (s) => s.place },
    { header: c.facilitator, cell: (s) => s.facilitator },
    { header: c.female, cell: (s) => counts(s.attendance.female), numeric: true },
    { header: c.male, cell: (s) => counts(s.attendance.male), numeric: true },
    { header: c.total, cell: (s) => s.attendance.total, numeric: true },
  ];
  return (
    <>
      <DataTable caption={t.sessionsCaption(shown?.centre?.name ?? site)} columns={columns} rows={sessions.edges.map((edge) => edge.node)} rowKey={(s) => s.id} busy={loading} />
      {pager}
    </>
  );
}
