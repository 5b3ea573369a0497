import { useQuery } from '@mpa/graphql';
import { afterOf, type Column, Link, navigate, Page, TextField, useCursorPages } from '@mpa/ui';
import { useEffect, useState } from 'react';
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
  const [text, setText] = useState(query);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setText(query), [query]);
  return (
    <Page title={t.findHeading} description={t.findHint}>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const wanted = text.trim();
          setProblem(wanted === '' ? t.searchRequired : null);
          if (wanted !== '') navigate(paths.find(wanted));
        }}
      >
        <TextField label={t.searchLabel} name="q" value={text} error={problem} onChange={(event) => setText(event.target.value)} />
        <p>
          <button type="submit" className="primary">{t.search}</button>
        </p>
      </form>
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
