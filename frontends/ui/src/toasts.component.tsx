import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { injectStyles } from './styles.js';
import { uiCatalogue, useMessages } from './use-messages.js';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'danger';
}

interface Toasts {
  /** Shows a short message (saved, registered…) that goes by itself; returns its id. */
  show: (message: string, tone?: Toast['tone']) => number;
  dismiss: (id: number) => void;
}

const ToastContext = createContext<Toasts | null>(null);

/**
 * Holds a micro-frontend's toasts. They are read out by screen readers (a live region that is
 * on the page before any toast arrives), stay for `durationMs` and can be dismissed at once.
 */
export function ToastProvider({ children, durationMs = 6000 }: { children: ReactNode; durationMs?: number }) {
  injectStyles();
  const t = useMessages(uiCatalogue);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((shown) => shown.filter((toast) => toast.id !== id));
  }, []);
  const show = useCallback(
    (message: string, tone: Toast['tone'] = 'info') => {
      const id = nextId.current++;
      setToasts((shown) => [...shown, { id, message, tone }]);
      timers.current.set(id, setTimeout(() => dismiss(id), durationMs));
      return id;
    },
    [dismiss, durationMs],
  );
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  const value = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <ToastContext value={value}>
      {children}
      <ul className="mpa-toasts" aria-live="polite" aria-label={t.notifications}>
        {toasts.map((toast) => (
          <li key={toast.id} className={toast.tone} role={toast.tone === 'danger' ? 'alert' : undefined}>
            <span>{toast.message}</span>
            <button type="button" onClick={() => dismiss(toast.id)}>{t.dismiss}</button>
          </li>
        ))}
      </ul>
    </ToastContext>
  );
}

/** The toasts of the nearest ToastProvider. */
export function useToast(): Toasts {
  const toasts = useContext(ToastContext);
  if (toasts === null) throw new Error('useToast needs a ToastProvider around the micro-frontend');
  return toasts;
}
