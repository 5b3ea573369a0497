import { fieldErrorsOf, graphQLErrorsOf } from '@mpa/graphql';
import { useRef, useState } from 'react';
import type { Messages } from '../messages/en.js';

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A whole number typed in a field, or null when it is not one. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * The site's field messages of a BAD_USER_INPUT refusal, in the form's own field names
 * (`fields` maps the API's path to the form's field), and whether any was left over.
 */
export function serverFieldErrors<F extends string>(error: unknown, fields: Record<string, F>, t: Messages): { errors: Partial<Record<F, string>>; unplaced: string[] } {
  const errors: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const field = fields[path];
    if (field === undefined) unplaced.push(`${path}: ${message}`);
    else errors[field] ??= t.serverField(message);
  }
  return { errors, unplaced };
}

/**
 * The form's idempotency key: one per thing recorded, so a retry after a lost answer never
 * records it twice; renewed once it is saved, for the next one.
 */
export function useIdempotencyKey(newKey: () => string) {
  const [key, setKey] = useState(newKey);
  const make = useRef(newKey);
  return { key, renew: () => setKey(make.current()) };
}

/**
 * What a form says when the centre refused it or it could not be sent: the form's own words for
 * the codes it expects (FORBIDDEN, CONSENT_REQUIRED…), the site's message for any other refusal,
 * and "nothing was saved" when no answer came.
 */
export function refusalMessage(error: unknown, t: Messages, expected: Partial<Record<string, string>> = {}): string {
  const refusal = graphQLErrorsOf(error)[0];
  if (refusal === undefined) return t.notSent;
  const code = refusal.extensions?.['code'];
  return (typeof code === 'string' ? expected[code] : undefined) ?? t.refused(refusal.message);
}
