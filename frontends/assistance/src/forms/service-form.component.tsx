import { FormProblems } from '@mpa/ui';
import { useRef, useState, type ReactNode } from 'react';
import { useAssistanceMessages } from '../messages.js';
import { refusalMessage, serverFieldErrors } from './form.helpers.js';

type Problems<F extends string> = Partial<Record<F, string>>;

/**
 * One assistance form's sending: checked here first (nothing is sent with a problem), then by the
 * centre, whose refusals land next to their fields (`fieldPaths`: the API's path → the form's
 * field) or, for the codes the form expects (`expected`), in its own words at the top.
 */
export function useServiceForm<F extends string>({ validate, send, fieldPaths, expected = {}, explain }: {
  validate: () => Problems<F>;
  send: () => Promise<void>;
  fieldPaths: Record<string, F> | (() => Record<string, F>);
  expected?: Partial<Record<string, string>>;
  /** A refusal the form explains itself (e.g. which item is short), or null for the usual handling. */
  explain?: (error: unknown) => { errors: Problems<F>; failure: string } | null;
}) {
  const t = useAssistanceMessages();
  const [errors, setErrors] = useState<Problems<F>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = () => requestAnimationFrame(() => summary.current?.focus());

  async function submit() {
    if (sending) return;
    const problems = validate();
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return focusSummary();
    setSending(true);
    try {
      await send();
    } catch (error) {
      const own = explain?.(error) ?? null;
      if (own !== null) {
        setErrors(own.errors);
        setFailure(own.failure);
      } else {
        const placed = serverFieldErrors(error, typeof fieldPaths === 'function' ? fieldPaths() : fieldPaths, t);
        setErrors(placed.errors);
        setFailure(Object.keys(placed.errors).length > 0 && placed.unplaced.length === 0 ? null : refusalMessage(error, t, expected));
      }
      focusSummary();
    } finally {
      setSending(false);
    }
  }
  return { errors, errorOf: (field: F) => errors[field] ?? null, failure, summary, sending, submit };
}

/** An assistance form: its heading (the form's name), hint, problems, fields and submit button. */
export function ServiceForm<F extends string>({ id, title, hint, form, submitLabel, sendingLabel, level = 4, children }: {
  id: string;
  title: string;
  hint?: string;
  form: ReturnType<typeof useServiceForm<F>>;
  submitLabel: string;
  sendingLabel: string;
  level?: 3 | 4;
  children: ReactNode;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <form
      noValidate
      aria-labelledby={id}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <Heading id={id}>{title}</Heading>
      {hint !== undefined && <p className="hint">{hint}</p>}
      <FormProblems count={Object.keys(form.errors).length} failure={form.failure} summary={form.summary} />
      {children}
      <p>
        <button type="submit" className="primary" aria-disabled={form.sending}>{form.sending ? sendingLabel : submitLabel}</button>
      </p>
    </form>
  );
}
