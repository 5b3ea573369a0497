// Choosing from the API's fixed lists (enums), with each choice in the user's words. @mpa/ui has
// text and date fields; these two are the select and checkbox-group counterparts.
import { FormField } from '@mpa/ui';

/** One choice from a list: a labelled `<select>`, with a first "choose…" entry when nothing is chosen yet. */
export function SelectField<V extends string>({ label, value, choices, onChange, error, required = false, placeholder }: {
  label: string;
  value: V | '';
  choices: Record<V, string>;
  onChange: (value: V | '') => void;
  error?: string | null;
  required?: boolean;
  placeholder?: string;
}) {
  return (
    <FormField label={label} error={error} required={required}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as V | '')}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {(Object.entries(choices) as [V, string][]).map(([choice, text]) => (
            <option key={choice} value={choice}>{text}</option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** Any number of choices from a list: a fieldset of checkboxes named by its legend. */
export function CheckboxGroup<V extends string>({ legend, values, choices, onChange, error }: {
  legend: string;
  values: readonly V[];
  choices: Record<V, string>;
  onChange: (values: V[]) => void;
  error?: string | null;
}) {
  return (
    <fieldset className="field" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {error ? <span className="field-error" role="alert">{error}</span> : null}
      {(Object.entries(choices) as [V, string][]).map(([choice, text]) => (
        <label key={choice}>
          <input
            type="checkbox"
            checked={values.includes(choice)}
            onChange={(event) => onChange(event.target.checked ? [...values, choice] : values.filter((v) => v !== choice))}
          />{' '}
          {text}
        </label>
      ))}
    </fieldset>
  );
}
