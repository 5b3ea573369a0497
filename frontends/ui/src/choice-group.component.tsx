import { useId, type ReactNode } from 'react';
import { uiCatalogue, useMessages } from './use-messages.js';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly hint?: string;
}

interface GroupProps {
  /** The question the choices answer; names the group for screen readers. */
  legend: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
}

/** The fieldset every group of choices sits in: legend, hint and message tied to the group. */
function ChoiceFieldset({ legend, hint, error, required = false, children }: GroupProps & { children: ReactNode }) {
  const t = useMessages(uiCatalogue);
  const id = useId();
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={errorId === undefined ? 'field choices' : 'field choices invalid'} aria-describedby={describedBy}>
      <legend>
        {legend}
        {required && <span className="hint"> ({t.required})</span>}
      </legend>
      {hint !== undefined && <span id={hintId} className="hint">{hint}</span>}
      {errorId !== undefined && <span id={errorId} className="field-error">{error}</span>}
      {children}
    </fieldset>
  );
}

function ChoiceControl({ type, name, choice, checked, onChange }: {
  type: 'checkbox' | 'radio';
  name: string;
  choice: Choice<string>;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="choice">
      <input type={type} id={id} name={name} value={choice.value} checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={choice.hint === undefined ? undefined : `${id}-hint`} />
      <label htmlFor={id}>{choice.label}</label>
      {choice.hint !== undefined && <span id={`${id}-hint`} className="hint">{choice.hint}</span>}
    </div>
  );
}

/** Any number of choices (topics, needs): one checkbox each, in a labelled group. */
export function CheckboxGroup<V extends string>({ options, value, onChange, ...group }: GroupProps & {
  options: readonly Choice<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
}) {
  const name = useId();
  return (
    <ChoiceFieldset {...group}>
      {options.map((choice) => (
        <ChoiceControl
          key={choice.value}
          type="checkbox"
          name={name}
          choice={choice}
          checked={value.includes(choice.value)}
          // Kept in the options' order, whatever order they were ticked in.
          onChange={(checked) => onChange(options.map((o) => o.value).filter((v) => (v === choice.value ? checked : value.includes(v))))}
        />
      ))}
    </ChoiceFieldset>
  );
}

/** One of a few choices (a risk level, who gave consent): radio buttons in a labelled group. */
export function RadioGroup<V extends string>({ options, value, onChange, ...group }: GroupProps & {
  options: readonly Choice<V>[];
  /** '' while nothing is chosen. */
  value: V | '';
  onChange: (value: V) => void;
}) {
  const name = useId();
  return (
    <ChoiceFieldset {...group}>
      {options.map((choice) => (
        <ChoiceControl key={choice.value} type="radio" name={name} choice={choice} checked={value === choice.value} onChange={(checked) => checked && onChange(choice.value)} />
      ))}
    </ChoiceFieldset>
  );
}
