import { can } from '@mpa/auth';
import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { afterOf, type Column, useCursorPages, useLanguage } from '@mpa/ui';
import type { MigrantConsultationsQuery } from '../__generated__/graphql.js';
import { PagedTable, pagedRows } from '../lists/paged-table.component.js';
import { useAssistanceMessages } from '../messages.js';
import { RecordConsultation } from './record-consultation.component.js';
import { migrantConsultationsQuery } from './consultations.documents.js';

export const consultationsPageSize = 10;

type Consultation = NonNullable<NonNullable<NonNullable<MigrantConsultationsQuery['migrant']>['medicalConsultations']>['edges'][number]['node']>;

/**
 * A migrant's medical consultations and the form to record one: medical staff only. Anyone else
 * is told so plainly, and nothing medical is asked of the API on their behalf.
 */
export function Consultations({ migrantId }: { migrantId: string }) {
  const t = useAssistanceMessages();
  return (
    <section aria-labelledby="mpa-assistance-consultations">
      <h3 id="mpa-assistance-consultations">{t.consultationsHeading}</h3>
      {can('medical:read') ? (
        <>
          <ConsultationList migrantId={migrantId} />
          {can('medical:write') && <RecordConsultation migrantId={migrantId} />}
        </>
      ) : (
        <p className="alert" role="note">{t.consultationsNeedMedicalRole}</p>
      )}
    </section>
  );
}

function ConsultationList({ migrantId }: { migrantId: string }) {
  const t = useAssistanceMessages();
  const language = useLanguage();
  const paging = useCursorPages();
  const result = useQuery(migrantConsultationsQuery, {
    variables: { id: migrantId, first: consultationsPageSize, ...afterOf(paging) },
    errorPolicy: 'all',
  });
  const shown = result.data ?? (result.loading ? result.previousData : undefined);
  const c = t.consultationColumns;
  const columns: Column<Consultation>[] = [
    { header: c.consultedOn, cell: (x) => format.date(x.consultedOn, language), rowHeader: true },
    { header: c.complaint, cell: (x) => x.presentingComplaint },
    { header: c.treatment, cell: (x) => [x.treatmentGiven, x.medication].filter(Boolean).join(' · ') || t.none },
    { header: c.referral, cell: (x) => (x.referral === null ? t.none : t.referralTo(x.referral.facility, t.urgencyShort[x.referral.urgency])) },
    { header: c.followUp, cell: (x) => (x.followUpOn === null ? t.none : format.date(x.followUpOn, language)) },
    { header: c.by, cell: (x) => x.deliveredBy.name },
  ];
  return (
    <PagedTable
      page={pagedRows(result, shown?.migrant?.medicalConsultations)}
      paging={paging}
      caption={t.consultationsCaption}
      columns={columns}
      rowKey={(x) => x.id}
      texts={{ loading: t.loadingConsultations, failed: t.consultationsFailed, empty: t.noConsultations }}
    />
  );
}
