import type { ReactNode } from 'react';
import { routeClick } from './routing.js';

/** A link inside the portal: a real `<a href>`, routed in place on a plain click. */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a href={to} className={className} onClick={(event) => routeClick(event, to)}>
      {children}
    </a>
  );
}
