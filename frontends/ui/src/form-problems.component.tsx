import type { RefObject } from 'react';
import { uiCatalogue, useMessages } from './use-messages.js';

/**
 * The top of a form: how many fields need fixing, and any problem no field owns (why the centre
 * refused it). The form focuses it (`summary`) after a failed submit, so keyboard and screen
 * reader users hear it first; while there is nothing to say it is an empty, silent box.
 */
export function FormProblems({ count, failure, summary }: { count: number; failure: string | null; summary: RefObject<HTMLDivElement | null> }) {
  const t = useMessages(uiCatalogue);
  const shown = count > 0 || failure !== null;
  return (
    <div ref={summary} tabIndex={-1} role={shown ? 'alert' : undefined} className={shown ? 'alert' : undefined}>
      {count > 0 && <p>{t.formHasErrors(count)}</p>}
      {failure !== null && <p>{failure}</p>}
    </div>
  );
}
