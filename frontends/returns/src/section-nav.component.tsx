import { routeClick } from '@mpa/ui';
import { useReturnsMessages } from './messages.js';
import { paths } from './routes.js';
import type { ReturnsViewer } from './viewer.js';

/** The section's pages; opening a case is offered to those who may. */
export function SectionNav({ current, viewer }: { current: 'board' | 'movements' | 'open' | null; viewer: ReturnsViewer }) {
  const t = useReturnsMessages();
  const item = (page: 'board' | 'movements' | 'open', to: string) => (
    <li>
      {/* A Link that also says which page is open. */}
      <a href={to} aria-current={current === page ? 'page' : undefined} onClick={(event) => routeClick(event, to)}>
        {t.nav[page]}
      </a>
    </li>
  );
  return (
    <nav className="mpa-returns-nav" aria-label={t.sectionNav}>
      <ul>
        {item('board', paths.board())}
        {item('movements', paths.movements())}
        {viewer.canWrite && item('open', paths.open())}
      </ul>
      {!viewer.canWrite && <p className="hint">{t.readOnly}</p>}
    </nav>
  );
}
