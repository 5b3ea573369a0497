import { unavailableReason, useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { DataTable, EmptyState, ErrorState, LoadingState, Page, Pager, useCursorPages, useLanguage, type Column } from '@mpa/ui';
import { useEffect } from 'react';
import type { CentreMigrantsQuery } from '../__generated__/graphql.js';
import { useCentresMessages } from '../messages.js';
import type { SelectedCentre } from './centre-list.component.js';
import { centreMigrantsQuery } from './centres.queries.js';

export const pageSize = 20;

type Migrant = NonNullable<NonNullable<CentreMigrantsQuery['centre']>['migrants']>['edges'][number]['node'];

/** One page of a centre's migrants, newest registration first, with cursor paging. */
export function CentreMigrants({ centre }: { centre: SelectedCentre }) {
  const t = useCentresMessages();
  const language = useLanguage();
  const paging = useCursorPages();
  const { after } = paging;
  const { data, previousData, loading, error, refetch } = useQuery(centreMigrantsQuery, {
    variables: after === null ? { code: centre.code, first: pageSize } : { code: centre.code, first: pageSize, after },
    errorPolicy: 'all',
  });
  useEffect(() => {
    if (error !== undefined) console.warn(error);
  }, [error]);

  // While the next page loads, keep the current one on screen rather than flashing empty.
  const shown = data ?? (loading ? previousData : undefined);
  const migrants = shown?.centre?.migrants;
  const columns: Column<Migrant>[] = [
    { header: t.migrantColumns.registrationNumber, cell: (m) => m.registrationNumber, rowHeader: true },
    { header: t.migrantColumns.fullName, cell: (m) => m.fullName },
    { header: t.migrantColumns.sex, cell: (m) => t.sex[m.sex] },
    { header: t.migrantColumns.age, cell: (m) => m.age ?? t.unknownAge, numeric: true },
    { header: t.migrantColumns.nationality, cell: (m) => m.nationality },
    { header: t.migrantColumns.arrivalDate, cell: (m) => format.date(m.arrivalDate, language) },
    { header: t.migrantColumns.caseStatus, cell: (m) => t.caseStatus[m.caseStatus] },
  ];

  let body;
  if (shown === undefined) {
    body = loading ? (
      <LoadingState>{t.loadingMigrants}</LoadingState>
    ) : (
      <ErrorState error={error} onRetry={() => void refetch()}>{t.migrantsFailed(centre.name)}</ErrorState>
    );
  } else if (shown.centre === null) {
    body = <p role="alert" className="alert">{t.centreNotFound(centre.name)}</p>;
  } else if (migrants === null || migrants === undefined) {
    // The centre is in the registry (avrr answered) but its own site did not, or refused.
    const reason = unavailableReason(error, ['centre', 'migrants']);
    body = (
      <div className="alert" role="alert">
        <p className="unreachable">{t.unavailable[reason](shown.centre.name)}</p>
        {reason === 'unreachable' && <button type="button" onClick={() => void refetch()}>{t.tryAgain}</button>}
      </div>
    );
  } else if (migrants.totalCount === 0) {
    body = <EmptyState>{t.noMigrants}</EmptyState>;
  } else {
    const first = paging.index * pageSize + 1;
    const last = first + migrants.edges.length - 1;
    const { endCursor, hasNextPage } = migrants.pageInfo;
    body = (
      <>
        <DataTable
          caption={t.migrantsCaption(shown.centre.name)}
          columns={columns}
          rows={migrants.edges.map((edge) => edge.node)}
          rowKey={(m) => m.id}
          busy={loading}
        />
        <Pager
          label={t.pagination}
          summary={t.pageSummary(format.number(first, language), format.number(last, language), format.number(migrants.totalCount, language))}
          hasPrevious={paging.hasPrevious}
          hasNext={hasNextPage && endCursor != null}
          loading={loading}
          onPrevious={paging.previous}
          onNext={() => endCursor != null && paging.next(endCursor)}
        />
      </>
    );
  }

  // Keyboard and screen reader users land on the list they asked for.
  return (
    <Page title={t.migrantsHeading(centre.name)} level={3} focusOnMount>
      {body}
    </Page>
  );
}
