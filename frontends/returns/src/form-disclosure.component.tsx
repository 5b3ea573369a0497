import type { ReactNode } from 'react';

/**
 * A form folded under its title until wanted, so the case file reads as a page rather than a
 * stack of forms; open from the start when it is the next thing to do.
 */
export function FormDisclosure({ title, open = false, children }: { title: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="mpa-returns-disclosure" open={open}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}
