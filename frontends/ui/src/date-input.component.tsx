import type { ReactNode } from 'react';
import { FormField } from './form-field.component.js';
import { uiCatalogue } from './use-messages.js';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (match === null) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * The validation message for a date field, or null when the value is acceptable. Dates compare
 * as `YYYY-MM-DD` strings: no time zone can move them.
 */
export function dateError(value: string, { required = false, min, max, label = '' }: { required?: boolean; min?: string; max?: string; label?: string } = {}): string | null {
  const t = uiCatalogue.messages();
  if (value === '') return required ? t.fieldRequired(label) : null;
  if (!isCalendarDate(value)) return t.dateInvalid;
  if (min !== undefined && value < min) return t.dateTooEarly(min);
  if (max !== undefined && value > max) return t.dateTooLate(max);
  return null;
}

/** A calendar date field (the browser's date picker), `YYYY-MM-DD` in and out. */
export function DateInput({ label, value, onChange, min, max, hint, error, required = false, name }: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  min?: string;
  max?: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  name?: string;
}) {
  return (
    <FormField label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <input type="date" {...control} name={name} value={value} min={min} max={max} onChange={(event) => onChange(event.target.value)} />
      )}
    </FormField>
  );
}
