// What the AVRR subgraph said when it refused a change, in the user's words: the wrong next
// step (INVALID_TRANSITION, with the allowed ones), what is missing (PRECONDITION_FAILED), a
// stale version (CONFLICT), a refused field (BAD_USER_INPUT, shown next to its control).
import { fieldErrorsOf, graphQLErrorsOf } from '@mpa/graphql';
import type { AvrStatus } from './__generated__/graphql.js';
import type { Messages } from './messages/en.js';

export interface Refusal {
  /** The sentence shown in place of the action. */
  message: string;
  /** The site's message per refused field (BAD_USER_INPUT), keyed by the field below `input`. */
  fields: Record<string, string>;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

const missingName = (t: Messages) => (item: string): string => (Object.hasOwn(t.missing, item) ? t.missing[item as keyof Messages['missing']] : item);

/** The refusal of a failed mutation, or the "not sent" sentence when no answer came. */
export function refusalOf(error: unknown, t: Messages, argument = 'input'): Refusal {
  const errors = graphQLErrorsOf(error);
  const fields = fieldErrorsOf(error, argument);
  const first = errors[0];
  if (first === undefined) return { message: t.refusal.notSent, fields };
  const extensions = first.extensions ?? {};
  switch (extensions['code']) {
    case 'INVALID_TRANSITION': {
      const allowed = list(extensions['allowed']) as AvrStatus[];
      const from = extensions['from'] as AvrStatus;
      const to = extensions['to'] as AvrStatus;
      return { message: t.refusal.invalidTransition(t.status[from] ?? from, t.status[to] ?? to, allowed.map((s) => t.status[s] ?? s)), fields };
    }
    case 'PRECONDITION_FAILED': {
      // A case names the fields it lacks; a movement names its cases that hold it back
      // (`AVR-2026-000042: handOver, escortName`).
      const named = list(extensions['missing']).map((item) => {
        const [subject, fieldsOf] = item.includes(': ') ? item.split(': ', 2) : [null, item];
        const words = (fieldsOf ?? '').split(', ').map(missingName(t)).join(', ');
        return subject === null ? words : `${subject}: ${words}`;
      });
      return { message: t.refusal.preconditionFailed(first.message, named), fields };
    }
    case 'CONFLICT':
      return { message: t.refusal.conflict, fields };
    case 'FORBIDDEN':
      return { message: t.refusal.forbidden, fields };
    case 'BAD_USER_INPUT':
      return { message: Object.keys(fields).length > 0 ? t.refusal.fieldsRefused : t.refusal.refused(first.message), fields };
    default:
      return { message: t.refusal.refused(first.message), fields };
  }
}
