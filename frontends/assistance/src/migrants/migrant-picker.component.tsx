import { useQuery } from '@mpa/graphql';
import { afterOf, type Column, Link, navigate, Page, SearchForm, useCursorPages } from '@mpa/ui';
import type { AssistanceFindMigrantQuery } from '../__generated__/graphql.js';
import { PagedTable, pagedRows } from '../lists/paged-table.component.js';
import { useAssistanceMessages } from '../messages.js';
import { paths } from '../routes.js';
import { findMigrantQuery } from './migrants.documents.js';

export const resultsPageSize = 20;

type Result = NonNullable<NonNullable<AssistanceFindMigrantQuery['centre']>['searchMigrants']>['edges'][number]['node'];

/**
 * Finds the migrant to serve with the site's own search (fuzzy name, registration number, ID);
 * choosing one opens their assistance. The search is in the address (`?q=`), so back returns to it.
 */
export function MigrantPicker({ site, query }: { site: string; query: string }) {
  const t = useAssistanceMessages();
  return (
    <Page title={t.findHeading} description={t.findHint}>
      <SearchForm label={t.searchLabel} submitLabel={t.search} requiredMessage={t.searchRequired} query={query} onSearch={(wanted) => navigate(paths.find(wanted))} />
      {query !== '' && <PickerResults key={query} site={site} query={query} />}
    </Page>
  );
}

function PickerResults({ site, query }: { site: string; query: string }) {
  const t = useAssistanceMessages();
  const paging = useCursorPages();
  const result = useQuery(findMigrantQuery, {
    variables: { site, query, first: resultsPageSize, ...afterOf(paging) },
    errorPolicy: 'all',
  });
  const shown = result.data ?? (result.loading ? result.previousData : undefined);
  const c = t.resultColumns;
  const columns: Column<Result>[] = [
    { header: c.fullName, cell: (m) => <Link to={paths.migrant(m.id)}>{m.fullName}</Link>, rowHeader: true },
    { header: c.registrationNumber, cell: (m) => m.registrationNumber },
    { header: c.sex, cell: (m) => t.sex[m.sex] },
    { header: c.age, cell: (m) => m.age ?? t.unknown, numeric: true },
    { header: c.nationality, cell: (m) => m.nationality },
  ];
  return (
    <PagedTable
      page={pagedRows(result, shown?.centre?.searchMigrants)}
      paging={paging}
      caption={t.resultsCaption(query)}
      columns={columns}
      rowKey={(m) => m.id}
      texts={{ loading: t.searching, failed: t.searchFailed, empty: t.noResults(query) }}
    />
  );
}
