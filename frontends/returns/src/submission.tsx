import { graphQLErrorsOf, useApolloClient } from '@mpa/graphql';
import { FormProblems } from '@mpa/ui';
import { useRef, useState } from 'react';
import { useReturnsMessages } from './messages.js';
import { refusalOf } from './refusals.js';

export type FieldErrors = Record<string, string>;

/**
 * One form's sending: the form's own problems first (nothing is sent while there are any), then
 * the server's refusal in place — its message above the form, a refused field next to its
 * control. A stale version (CONFLICT) reloads what is on screen so the user sees the other change.
 */
export function useSubmission(argument = 'input') {
  const t = useReturnsMessages();
  const client = useApolloClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  /** Sends unless the form has problems; what `send` answered, or null when nothing went through. */
  async function submit<T>(problems: FieldErrors, send: () => Promise<T>): Promise<{ answer: T } | null> {
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return null;
    }
    if (busy) return null;
    setBusy(true);
    try {
      return { answer: await send() };
    } catch (error) {
      const refusal = refusalOf(error, t, argument);
      // A conflict's message says the record has been reloaded: reload first, then say so.
      if (graphQLErrorsOf(error).some((e) => e.extensions?.['code'] === 'CONFLICT')) await client.refetchQueries({ include: 'active' });
      setErrors(refusal.fields);
      setFailure(refusal.message);
      requestAnimationFrame(() => summary.current?.focus());
      return null;
    } finally {
      setBusy(false);
    }
  }

  // A refusal says what is wrong itself: the count is for the form's own checks.
  const problems = <FormProblems count={failure === null ? Object.keys(errors).length : 0} failure={failure} summary={summary} />;
  return { errors, errorOf: (field: string) => errors[field] ?? null, failure, busy, submit, problems };
}
