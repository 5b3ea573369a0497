import type { RefObject } from 'react';
import { useAssistanceMessages } from '../messages.js';

/**
 * The top of a form: how many fields need fixing, or why the centre refused it. Focused after a
 * failed submit (its ref), so keyboard and screen reader users hear it first.
 */
export function FormProblems({ count, failure, summary }: { count: number; failure: string | null; summary: RefObject<HTMLDivElement | null> }) {
  const t = useAssistanceMessages();
  const shown = count > 0 || failure !== null;
  return (
    <div ref={summary} tabIndex={-1} role={shown ? 'alert' : undefined} className={shown ? 'alert' : undefined}>
      {count > 0 && <p>{t.formHasErrors(count)}</p>}
      {failure !== null && <p>{failure}</p>}
    </div>
  );
}
