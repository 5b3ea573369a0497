import { useEffect, useRef } from 'react';
import { useProtectionMessages } from '../messages.js';

/**
 * The top of a form: how many fields need attention and why the centre refused it, announced and
 * focused when it appears so keyboard and screen reader users hear it.
 */
export function FormProblems({ count, failure, attempt }: { count: number; failure: string | null; attempt: number }) {
  const t = useProtectionMessages();
  const box = useRef<HTMLDivElement>(null);
  const shown = count > 0 || failure !== null;
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown, attempt]);
  return (
    <div ref={box} tabIndex={-1} role={shown ? 'alert' : undefined} className={shown ? 'alert' : undefined}>
      {count > 0 && <p>{t.formHasErrors(count)}</p>}
      {failure !== null && <p>{failure}</p>}
    </div>
  );
}
