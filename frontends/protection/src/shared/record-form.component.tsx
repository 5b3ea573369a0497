import { FormProblems } from '@mpa/ui';
import { useEffect, useRef, type ReactNode } from 'react';
import { useProtectionMessages } from '../messages.js';

/**
 * A form that records something at the centre: the summary of its problems on top, the browser's
 * own validation off (the section's checks say more), one submit button that says while sending.
 */
export function RecordForm({ problems, failure, attempt, sending, onSubmit, submitLabel, cancel, children }: {
  problems: number;
  failure: string | null;
  attempt: number;
  sending: boolean;
  onSubmit: () => void;
  submitLabel: string;
  /** A link or button to leave the form. */
  cancel?: ReactNode;
  children: ReactNode;
}) {
  const t = useProtectionMessages();
  const summary = useRef<HTMLDivElement>(null);
  const shown = problems > 0 || failure !== null;
  // Focused on every failed attempt, so keyboard and screen reader users hear the summary first.
  useEffect(() => {
    if (shown) summary.current?.focus();
  }, [shown, attempt]);
  return (
    <>
      <FormProblems count={problems} failure={failure} summary={summary} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!sending) onSubmit();
        }}
      >
        {children}
        <p>
          <button type="submit" className="primary" aria-disabled={sending}>{sending ? t.sending : submitLabel}</button> {cancel}
        </p>
      </form>
    </>
  );
}
