import { skipToken, useQuery } from '@mpa/graphql';
import { afterOf, ConnectionPager, EmptyState, ErrorState, LoadingState, SelectField, TextField, useCursorPages } from '@mpa/ui';
import { useState } from 'react';
import type { FindCentreMigrantsQuery } from '../__generated__/graphql.js';
import { useReturnsMessages } from '../messages.js';
import { centresQuery, findCentreMigrantsQuery } from './open-case.documents.js';

export type FoundMigrant = NonNullable<NonNullable<FindCentreMigrantsQuery['centre']>['searchMigrants']>['edges'][number]['node'];

/** Finds the migrant who asked to return at their centre (fuzzy name, registration number or ID) and hands the choice back. */
export function FindMigrant({ onChoose, error }: { onChoose: (migrant: FoundMigrant) => void; error: string | null }) {
  const t = useReturnsMessages();
  const o = t.open;
  const centres = useQuery(centresQuery);
  const [centre, setCentre] = useState('');
  const [text, setText] = useState('');
  const [query, setQuery] = useState<{ centre: string; text: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Not a <form>: it sits inside the case form, and forms do not nest.
  const find = () => {
    const wanted = text.trim();
    const missing = wanted === '' ? o.searchRequired : centre === '' ? t.required(o.centre) : null;
    setProblem(missing);
    if (missing === null) setQuery({ centre, text: wanted });
  };
  return (
    <div role="search" aria-label={o.chooseMigrant}>
      <SelectField
        label={o.centre}
        required
        error={problem !== null && centre === '' ? t.required(o.centre) : null}
        placeholder={t.choose}
        options={(centres.data?.centres ?? []).map((c) => ({ value: c.code, label: c.name }))}
        value={centre}
        onChange={setCentre}
      />
      <TextField
        label={o.search}
        value={text}
        error={problem ?? error}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            find();
          }
        }}
      />
      <p>
        <button type="button" onClick={find}>{o.find}</button>
      </p>
      {query !== null && <Matches key={`${query.centre}|${query.text}`} centre={query.centre} query={query.text} onChoose={onChoose} />}
    </div>
  );
}

function Matches({ centre, query, onChoose }: { centre: string; query: string; onChoose: (migrant: FoundMigrant) => void }) {
  const t = useReturnsMessages();
  const o = t.open;
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(findCentreMigrantsQuery, query === '' ? skipToken : { variables: { centre, query, ...afterOf(paging) }, errorPolicy: 'all' });
  const results = (data ?? (loading ? previousData : undefined))?.centre?.searchMigrants;
  if (results == null) {
    if (loading) return <LoadingState>{o.searching}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{o.searchFailed}</ErrorState>;
  }
  if (results.edges.length === 0) return <EmptyState>{o.noMatches(query)}</EmptyState>;
  return (
    <>
      <ul aria-label={o.matches(query)} aria-busy={loading}>
        {results.edges.map(({ node }) => (
          <li key={node.id}>
            {`${node.registrationNumber} — ${node.fullName} (${node.nationality}) `}
            {node.avrCase != null ? (
              <span className="hint">{o.hasCase(node.avrCase.caseNumber)}</span>
            ) : (
              <button type="button" aria-label={`${o.choose} ${node.fullName}`} onClick={() => onChoose(node)}>{o.choose}</button>
            )}
          </li>
        ))}
      </ul>
      <ConnectionPager label={o.matchPages} summary={o.matchPage} paging={paging} pageInfo={results.pageInfo} loading={loading} />
    </>
  );
}
