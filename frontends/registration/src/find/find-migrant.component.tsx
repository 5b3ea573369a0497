import { skipToken, useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { afterOf, type Column, ConnectionPager, DataTable, EmptyState, ErrorState, Link, LoadingState, navigate, Page, SearchForm, StatusBadge, useCursorPages, useLanguage } from '@mpa/ui';
import type { SearchMigrantsQuery } from '../__generated__/graphql.js';
import { useRegistrationMessages } from '../messages.js';
import { searchMigrantsQuery } from '../registration.documents.js';
import { paths } from '../routes.js';

export const resultsPageSize = 20;

type Result = NonNullable<NonNullable<SearchMigrantsQuery['centre']>['searchMigrants']>['edges'][number];

/** Search before create: find a migrant by name (fuzzy), registration number or ID at the user's centre. */
export function FindMigrant({ site, query }: { site: string; query: string }) {
  const t = useRegistrationMessages();
  const language = useLanguage();

  return (
    <Page title={t.findHeading} description={t.findHint}>
      <SearchForm label={t.searchLabel} submitLabel={t.search} requiredMessage={t.searchRequired} query={query} onSearch={(wanted) => navigate(paths.find(wanted))} />
      {query !== '' && <SearchResults key={query} site={site} query={query} language={language} />}
      <p>
        <Link to={paths.register()}>{t.registerNew}</Link>
      </p>
    </Page>
  );
}

function SearchResults({ site, query, language }: { site: string; query: string; language: string }) {
  const t = useRegistrationMessages();
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(
    searchMigrantsQuery,
    query === '' ? skipToken : { variables: { site, query, first: resultsPageSize, ...afterOf(paging) }, errorPolicy: 'all' },
  );
  const shown = data ?? (loading ? previousData : undefined);
  const results = shown?.centre?.searchMigrants;
  if (results === undefined || results === null) {
    if (loading) return <LoadingState>{t.searching}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{t.searchFailed}</ErrorState>;
  }
  if (results.edges.length === 0) return <EmptyState>{t.noResults(query)}</EmptyState>;

  const c = t.resultColumns;
  const columns: Column<Result>[] = [
    { header: c.registrationNumber, cell: ({ node }) => <Link to={paths.case(node.id)}>{node.registrationNumber}</Link>, rowHeader: true },
    { header: c.fullName, cell: ({ node }) => node.fullName },
    { header: c.sex, cell: ({ node }) => t.sex[node.sex] },
    { header: c.age, cell: ({ node }) => node.age ?? t.unknown, numeric: true },
    { header: c.nationality, cell: ({ node }) => node.nationality },
    { header: c.arrivalDate, cell: ({ node }) => format.date(node.arrivalDate, language) },
    { header: c.caseStatus, cell: ({ node }) => <StatusBadge tone={node.caseStatus === 'OPEN' ? 'info' : 'neutral'}>{t.caseStatus[node.caseStatus]}</StatusBadge> },
  ];
  return (
    <>
      <DataTable caption={t.resultsCaption(query, shown?.centre?.name ?? site)} columns={columns} rows={results.edges} rowKey={(r) => r.node.id} busy={loading} />
      <ConnectionPager label={t.resultPages} summary={t.resultSummary} paging={paging} pageInfo={results.pageInfo} loading={loading} />
    </>
  );
}
