import type { ReactNode } from 'react';
import { useProtectionMessages } from '../messages.js';
import { FormProblems } from './form-problems.component.js';

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
  return (
    <>
      <FormProblems count={problems} failure={failure} attempt={attempt} />
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
