import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { uiCatalogue, useMessages } from './use-messages.js';

/** What a field's control needs to be tied to its label, hint and message. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

/**
 * A labelled form field: the label names the control, the hint and the validation message
 * describe it, and an invalid control says so to screen readers (`aria-invalid`).
 */
export function FormField({ label, hint, error, required = false, children }: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const t = useMessages(uiCatalogue);
  const id = useId();
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="hint"> ({t.required})</span>}
      </label>
      {hint !== undefined && <span id={hintId} className="hint">{hint}</span>}
      {errorId !== undefined && <span id={errorId} className="field-error">{error}</span>}
      {children({
        id,
        ...(describedBy === undefined ? {} : { 'aria-describedby': describedBy }),
        ...(errorId === undefined ? {} : { 'aria-invalid': true as const }),
        required,
      })}
    </div>
  );
}

/** A one-line text field. */
export function TextField({ label, hint, error, required, ...input }: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'>) {
  return (
    <FormField label={label} hint={hint} error={error} required={required ?? false}>
      {(control) => <input {...input} {...control} />}
    </FormField>
  );
}

/** A text of several lines (a note, an outcome). */
export function TextAreaField({ label, hint, error, required, ...textarea }: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>) {
  return (
    <FormField label={label} hint={hint} error={error} required={required ?? false}>
      {(control) => <textarea rows={3} {...textarea} {...control} />}
    </FormField>
  );
}
