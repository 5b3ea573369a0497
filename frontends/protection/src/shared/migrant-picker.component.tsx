import { useQuery } from '@mpa/graphql';
import { afterOf, PagedConnection, useCursorPages } from '@mpa/ui';
import { useId, useState } from 'react';
import type { FindMigrantForProtectionQuery } from '../__generated__/graphql.js';
import { findMigrantQuery } from '../documents/migrants.documents.js';
import { useProtectionMessages } from '../messages.js';
import { freshRecords } from './fresh-records.js';

export type ChosenMigrant = NonNullable<NonNullable<FindMigrantForProtectionQuery['centre']>['searchMigrants']>['edges'][number]['node'];

export const pickerPageSize = 5;

/**
 * Chooses the migrant a record is about with the centre's own search (fuzzy name, registration
 * number or ID). Lives inside other forms, so it searches on Enter or its button, never by
 * submitting the form around it.
 */
export function MigrantPicker({ site, label, chosen, onChoose, error }: {
  site: string;
  label: string;
  chosen: ChosenMigrant | null;
  onChoose: (migrant: ChosenMigrant | null) => void;
  error?: string | null;
}) {
  const t = useProtectionMessages();
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [blank, setBlank] = useState(false);
  const search = () => {
    const wanted = text.trim();
    setBlank(wanted === '');
    setQuery(wanted);
  };
  const problem = blank ? t.picker.searchRequired : (error ?? null);

  return (
    <fieldset className="field">
      <legend>{label}</legend>
      {problem !== null && <span id={`${id}-error`} className="field-error">{problem}</span>}
      {chosen !== null ? (
        <p>
          <span>{t.picker.chosen(chosen.fullName, chosen.registrationNumber)}</span>{' '}
          <button type="button" onClick={() => onChoose(null)}>{t.picker.change}</button>
        </p>
      ) : (
        <>
          <label htmlFor={id}>{t.picker.searchLabel}</label>
          <input
            id={id}
            type="search"
            value={text}
            aria-invalid={problem !== null ? true : undefined}
            aria-describedby={problem !== null ? `${id}-error` : undefined}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                search();
              }
            }}
          />
          <p>
            <button type="button" onClick={search}>{t.picker.search}</button>
          </p>
          {query !== '' && <PickerResults key={query} site={site} query={query} onChoose={onChoose} />}
        </>
      )}
    </fieldset>
  );
}

function PickerResults({ site, query, onChoose }: { site: string; query: string; onChoose: (migrant: ChosenMigrant) => void }) {
  const t = useProtectionMessages();
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(
    findMigrantQuery,
    { variables: { site, query, first: pickerPageSize, ...afterOf(paging) }, ...freshRecords },
  );
  return (
    <PagedConnection
      connection={(data ?? (loading ? previousData : undefined))?.centre?.searchMigrants}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      paging={paging}
      words={{ loading: t.picker.searching, failed: t.picker.failed, empty: t.picker.none(query), pages: t.picker.pages }}
    >
      {(migrants, busy) => (
        <ul aria-label={t.picker.resultsLabel(query)} aria-busy={busy}>
          {migrants.map((migrant) => (
            <li key={migrant.id}>
              <button type="button" onClick={() => onChoose(migrant)}>{t.picker.choose(migrant.fullName, migrant.registrationNumber)}</button>{' '}
              <span className="hint">{t.picker.details(t.sex[migrant.sex], migrant.age)}</span>
            </li>
          ))}
        </ul>
      )}
    </PagedConnection>
  );
}
