import { format } from '@mpa/i18n';
import { Link, StatusBadge, useLanguage } from '@mpa/ui';
import type { AvrCaseCardFragment } from './__generated__/graphql.js';
import { useReturnsMessages } from './messages.js';
import { paths } from './routes.js';

/** Who returns: the centre's migrant or the returnee of a return to Somalia; null when the user may not see names. */
export function returneeName(avrCase: Pick<AvrCaseCardFragment, 'returnee'> & { migrant?: { fullName: string } | null }): string | null {
  return avrCase.migrant?.fullName ?? avrCase.returnee?.fullName ?? null;
}

/** Where a return starts: the referring centre, or the host country and mission abroad. */
export function originOf(avrCase: Pick<AvrCaseCardFragment, 'centre' | 'hostCountry' | 'referringMission'>): string {
  if (avrCase.centre != null) return avrCase.centre.name;
  return [avrCase.hostCountry, avrCase.referringMission].filter((part) => part != null && part !== '').join(', ');
}

/** One case on the board: number (the link to the file), who, which way, where to. */
export function CaseCard({ avrCase }: { avrCase: AvrCaseCardFragment }) {
  const t = useReturnsMessages();
  const language = useLanguage();
  const name = returneeName(avrCase);
  return (
    <article className="mpa-returns-card" aria-label={avrCase.caseNumber}>
      <p>
        <Link to={paths.case(avrCase.id)}>{avrCase.caseNumber}</Link>
      </p>
      <p>{name ?? <span className="hint">{t.board.nameHidden}</span>}</p>
      <p className="hint">
        {t.direction[avrCase.direction]} · {t.board.from(originOf(avrCase))} · {t.board.to(avrCase.destinationCountry)}
      </p>
      <p className="hint">
        <time dateTime={avrCase.openedAt}>{format.date(avrCase.openedAt.slice(0, 10), language)}</time>
      </p>
      {avrCase.isUnaccompaniedChild && <StatusBadge tone="danger">{t.board.unaccompanied}</StatusBadge>}
    </article>
  );
}
