import { useEffect, useState } from 'react';
import { TextField } from './form-field.component.js';

/**
 * A page's search (a migrant by name, registration number or ID): one labelled field and a
 * button in a `search` landmark. An empty search says `requiredMessage` instead of searching.
 * The search lives in the address (`?q=`): `query` is what it holds, shown again on back.
 */
export function SearchForm({ label, submitLabel, requiredMessage, query, onSearch }: {
  label: string;
  submitLabel: string;
  requiredMessage: string;
  query: string;
  /** Called with the trimmed, non-empty search. */
  onSearch: (wanted: string) => void;
}) {
  const [text, setText] = useState(query);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setText(query), [query]);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const wanted = text.trim();
        setProblem(wanted === '' ? requiredMessage : null);
        if (wanted !== '') onSearch(wanted);
      }}
    >
      <TextField label={label} name="q" value={text} error={problem} onChange={(event) => setText(event.target.value)} />
      <p>
        <button type="submit" className="primary">{submitLabel}</button>
      </p>
    </form>
  );
}
