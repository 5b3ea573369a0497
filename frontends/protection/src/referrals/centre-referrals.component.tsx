import { useQuery } from '@mpa/graphql';
import { afterOf, choicesOf, Link, navigate, Page, PagedConnection, SelectField, useCursorPages } from '@mpa/ui';
import type { ReferralStatus } from '../__generated__/graphql.js';
import { centreReferralsQuery } from '../documents/referrals.documents.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { ReferralTable } from './referral-table.component.js';
import { freshRecords } from '../shared/fresh-records.js';

export const referralsPageSize = 20;

/** The centre's referrals to partners, newest first, narrowed by status (kept in the address). */
export function CentreReferrals({ site, status }: { site: string; status: ReferralStatus | null }) {
  const t = useProtectionMessages();
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(centreReferralsQuery, {
    variables: { site, first: referralsPageSize, ...(status === null ? {} : { filter: { status } }), ...afterOf(paging) },
    ...freshRecords,
  });
  const shown = data ?? (loading ? previousData : undefined);
  return (
    <Page title={t.referrals.heading} description={t.referrals.hint} focusOnMount>
      <p>
        <Link to={paths.requestReferral()}>{t.referrals.request}</Link>
        {' · '}
        <Link to={paths.partners()}>{t.nav.partners}</Link>
      </p>
      <SelectField label={t.fields.status} value={status ?? ''} options={choicesOf(t.referralStatus)} placeholder={t.referrals.allStatuses} onChange={(value) => navigate(paths.referrals(value === '' ? undefined : value))} />
      <PagedConnection
        connection={shown?.centre?.referrals}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        paging={paging}
        words={{ loading: t.referrals.loading, failed: t.referrals.failed, empty: status === null ? t.referrals.none : t.referrals.noneWith(t.referralStatus[status]), pages: t.referrals.pages }}
      >
        {(referrals, busy) => <ReferralTable caption={t.referrals.caption(shown?.centre?.name ?? site)} referrals={referrals} site={site} busy={busy} showMigrant />}
      </PagedConnection>
    </Page>
  );
}
