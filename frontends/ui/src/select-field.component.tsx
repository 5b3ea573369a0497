import type { ReactNode } from 'react';
import type { Choice } from './choice-group.component.js';
import { FormField } from './form-field.component.js';

/** A fixed list's labels (an enum's values in the user's words) as choices, in the list's order. */
export function choicesOf<V extends string>(labels: Readonly<Record<V, string>>): Choice<V>[] {
  return (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));
}

/**
 * One choice from a list: a labelled `<select>`. With a `placeholder`, a first entry of value ''
 * stands for "nothing chosen yet" (or "any", in a filter).
 */
export function SelectField<V extends string>({ label, hint, error, required = false, placeholder, options, value, onChange }: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  placeholder?: string;
  options: readonly Choice<V>[];
  /** '' while nothing is chosen. */
  value: V | '';
  onChange: (value: V | '') => void;
}) {
  return (
    <FormField label={label} hint={hint} error={error} required={required}>
      {(control) => (
        // The value is always one of the options (or the placeholder's ''), so the cast holds.
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as V | '')}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
        </select>
      )}
    </FormField>
  );
}
