// What to tell the user when the centre refused a change or it could not be sent: the refused
// fields to show in place (BAD_USER_INPUT `extensions.fields`), or one sentence for the form.
import { fieldErrorsOf, graphQLErrorsOf } from '@mpa/graphql';
import type { Messages } from '../messages/en.js';

export interface Refusal {
  /** The centre's message per refused field, keyed by the field's path below `input`. */
  fields: Record<string, string>;
  /** The sentence for the whole form, or null when the fields say it all. */
  message: string | null;
  /** The error's `extensions.code`, or null for a failure to send. */
  code: string | null;
}

export function refusalOf(error: unknown, t: Messages): Refusal {
  const fields = Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([field, message]) => [field, t.refusals.field(message)]));
  const first = graphQLErrorsOf(error)[0];
  const code = typeof first?.extensions?.['code'] === 'string' ? first.extensions['code'] : null;
  if (Object.keys(fields).length > 0) return { fields, message: null, code };
  const message =
    code === 'CONSENT_REQUIRED' ? t.refusals.consentRequired
    : code === 'INVALID_TRANSITION' ? t.refusals.invalidTransition
    : code === 'CONFLICT' ? t.refusals.conflict(first?.message ?? '')
    : code === 'FORBIDDEN' ? t.refusals.forbidden
    : code === null ? t.refusals.notSent
    : t.refusals.refused(first?.message ?? '');
  return { fields, message, code };
}
