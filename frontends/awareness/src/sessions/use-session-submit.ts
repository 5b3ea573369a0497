import { useRef, useState } from 'react';
import { useAwarenessMessages } from '../messages.js';
import { placeRefusal, type SessionErrors } from './session-form.helpers.js';

/**
 * A session form's sending: nothing is sent while the form's own checks find a problem; the
 * centre's refusal lands next to its fields or at the top, which takes the focus either way.
 */
export function useSessionSubmit() {
  const t = useAwarenessMessages();
  const [errors, setErrors] = useState<SessionErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  async function submit(problems: SessionErrors, send: () => Promise<void>) {
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length === 0) {
      try {
        await send();
        return;
      } catch (error) {
        const refusal = placeRefusal(error, t);
        setErrors(refusal.errors);
        setFailure(refusal.failure);
      }
    }
    requestAnimationFrame(() => summary.current?.focus());
  }
  return { errors, failure, summary, submit };
}
