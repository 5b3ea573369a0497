import { can } from '@mpa/auth';
import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { afterOf, type Column, StatusBadge, type Tone, useCursorPages, useLanguage } from '@mpa/ui';
import type { MigrantReferralsQuery, ReferralStatus } from '../__generated__/graphql.js';
import { PagedTable, pagedRows } from '../lists/paged-table.component.js';
import { useAssistanceMessages } from '../messages.js';
import { RequestReferral } from './request-referral.component.js';
import { migrantReferralsQuery } from './referrals.documents.js';
import { isAssistanceService } from './referral-services.js';

export const referralsPageSize = 20;

type Referral = NonNullable<NonNullable<MigrantReferralsQuery['migrant']>['referrals']>['edges'][number]['node'];

const tones: Record<ReferralStatus, Tone> = { REQUESTED: 'info', ACCEPTED: 'info', COMPLETED: 'success', REJECTED: 'danger', REVOKED: 'neutral' };

/** The migrant's shelter and health referrals, and requesting one (caseworkers). */
export function Referrals({ site, migrantId }: { site: string; migrantId: string }) {
  const t = useAssistanceMessages();
  return (
    <section aria-labelledby="mpa-assistance-referrals">
      <h3 id="mpa-assistance-referrals">{t.referralsHeading}</h3>
      <p className="hint">{t.referralsHint}</p>
      <ReferralList migrantId={migrantId} />
      {can('cases:write') ? <RequestReferral site={site} migrantId={migrantId} /> : <p className="hint">{t.referralNeedsRole}</p>}
    </section>
  );
}

function ReferralList({ migrantId }: { migrantId: string }) {
  const t = useAssistanceMessages();
  const language = useLanguage();
  const paging = useCursorPages();
  const result = useQuery(migrantReferralsQuery, {
    variables: { id: migrantId, first: referralsPageSize, ...afterOf(paging) },
    errorPolicy: 'all',
  });
  const connection = (result.data ?? (result.loading ? result.previousData : undefined))?.migrant?.referrals;
  // The API pages all of a migrant's referrals; this section shows the shelter and health ones of each page.
  const page = pagedRows(result, connection === null || connection === undefined ? connection : { ...connection, edges: connection.edges.filter((e) => isAssistanceService(e.node.service)) });
  const c = t.referralColumns;
  const columns: Column<Referral>[] = [
    { header: c.requestedAt, cell: (r) => format.date(r.requestedAt.slice(0, 10), language), rowHeader: true },
    { header: c.service, cell: (r) => (isAssistanceService(r.service) ? t.service[r.service] : t.otherService) },
    { header: c.partner, cell: (r) => r.partner.name },
    { header: c.status, cell: (r) => <StatusBadge tone={tones[r.status]}>{t.referralStatus[r.status]}</StatusBadge> },
    { header: c.note, cell: (r) => r.statusReason ?? r.note ?? t.none },
  ];
  return (
    <PagedTable page={page} paging={paging} caption={t.referralsCaption} columns={columns} rowKey={(r) => r.id} texts={{ loading: t.loadingReferrals, failed: t.referralsFailed, empty: t.noReferrals }} />
  );
}
