import type { RefObject } from 'react';
import { useAwarenessMessages } from '../messages.js';

/** The top of a form: how many fields need fixing, or why the centre refused it; focused after a failed submit. */
export function FormSummary({ count, failure, summary }: { count: number; failure: string | null; summary: RefObject<HTMLDivElement | null> }) {
  const t = useAwarenessMessages();
  const shown = count > 0 || failure !== null;
  return (
    <div ref={summary} tabIndex={-1} role={shown ? 'alert' : undefined} className={shown ? 'alert' : undefined}>
      {count > 0 && <p>{t.formHasErrors(count)}</p>}
      {failure !== null && <p>{failure}</p>}
    </div>
  );
}
