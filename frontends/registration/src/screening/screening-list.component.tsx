import { format } from '@mpa/i18n';
import { DataTable, StatusBadge, useLanguage } from '@mpa/ui';
import type { MigrantCaseQuery } from '../__generated__/graphql.js';
import { useRegistrationMessages } from '../messages.js';

type Screening = NonNullable<NonNullable<MigrantCaseQuery['migrant']>['screenings']>['edges'][number]['node'];

/** The migrant's screenings, newest first: what was found, the assessment and the needs. */
export function ScreeningList({ screenings, more }: { screenings: readonly Screening[]; more: boolean }) {
  const t = useRegistrationMessages();
  const language = useLanguage();
  if (screenings.length === 0) return <p>{t.screening.none}</p>;
  const factors = (screening: Screening, kind: 'RISK' | 'PROTECTIVE') =>
    screening.factors.filter((f) => f.kind === kind).map((f) => t.screening.factor[f.factor]);
  return (
    <>
      <DataTable
        caption={t.screening.caption}
        rowKey={(screening) => screening.id}
        rows={screenings}
        columns={[
          { header: t.screening.fields.screenedOn, cell: (s) => format.date(s.screenedOn, language), rowHeader: true },
          {
            header: t.screening.fields.assessment,
            cell: (s) => <StatusBadge tone={s.assessment === 'HIGH' ? 'danger' : s.assessment === 'MEDIUM' ? 'warning' : 'neutral'}>{t.riskLevel[s.assessment]}</StatusBadge>,
          },
          { header: t.screening.risks, cell: (s) => t.listOf(factors(s, 'RISK')) },
          { header: t.screening.protective, cell: (s) => t.listOf(factors(s, 'PROTECTIVE')) },
          { header: t.screening.fields.needs, cell: (s) => t.listOf(s.needs.map((need) => t.need[need])) },
          { header: t.screening.fields.note, cell: (s) => s.note ?? '' },
        ]}
      />
      {more && <p className="hint">{t.latestOnly}</p>}
    </>
  );
}
