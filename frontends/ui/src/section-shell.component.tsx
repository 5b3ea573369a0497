import { StrictMode, type ReactNode } from 'react';
import { injectStyles } from './styles.js';
import { ToastProvider } from './toasts.component.js';

/** What every section of the portal stands in: the style guide (and its scope), toasts, React's strict checks. */
export function SectionShell({ children }: { children: ReactNode }) {
  injectStyles();
  return (
    <StrictMode>
      <ToastProvider>
        <div className="mpa-ui">{children}</div>
      </ToastProvider>
    </StrictMode>
  );
}
