import { useState } from 'react';
import { useProtectionMessages } from '../messages.js';
import { refusalOf } from './refusal.js';

/** A form's problems by field, keyed like the API's input (`guardian.name`), so the centre's own land in place. */
export type FormErrors = Record<string, string>;

/**
 * Sending a form: check it first (nothing is sent while a field is wrong), then show what the
 * centre refused next to each field, or one sentence for the form.
 */
export function useSubmission<F>(validate: (form: F) => FormErrors, send: (form: F) => Promise<void>) {
  const t = useProtectionMessages();
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  // Why the centre refused the last attempt (`CONSENT_REQUIRED`…), for forms that offer a way out.
  const [code, setCode] = useState<string | null>(null);
  // Each attempt moves focus to the summary again, even when the problems are the same.
  const [attempt, setAttempt] = useState(0);
  const submit = async (form: F) => {
    const problems = validate(form);
    setErrors(problems);
    setFailure(null);
    setCode(null);
    setAttempt((n) => n + 1);
    if (Object.keys(problems).length > 0) return;
    try {
      await send(form);
    } catch (error) {
      const refusal = refusalOf(error, t);
      setErrors(refusal.fields);
      setFailure(refusal.message);
      setCode(refusal.code);
    }
  };
  const errorOf = (field: string): string | null => errors[field] ?? null;
  return { errors, errorOf, failure, code, attempt, submit, problemCount: Object.keys(errors).length };
}

/** What a RecordForm shows of a submission. */
export const formState = (submission: { problemCount: number; failure: string | null; attempt: number }) => ({
  problems: submission.problemCount,
  failure: submission.failure,
  attempt: submission.attempt,
});
