import { useEffect, useId, useRef, type ReactNode } from 'react';
import { injectStyles } from './styles.js';

/**
 * A micro-frontend's page: the style guide's scope and one heading naming the page. With
 * `focusOnMount`, keyboard and screen reader users land on the heading of what they opened.
 */
export function Page({ title, description, children, level = 2, focusOnMount = false }: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  level?: 2 | 3;
  focusOnMount?: boolean;
}) {
  injectStyles();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="mpa-ui" aria-labelledby={id}>
      <Heading id={id} ref={heading} tabIndex={-1}>{title}</Heading>
      {description !== undefined && <p className="hint">{description}</p>}
      {children}
    </section>
  );
}
