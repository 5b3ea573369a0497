import { useQuery } from '@mpa/graphql';
import { EmptyState, ErrorState, Link, LoadingState, navigate, Page, useCursorPages } from '@mpa/ui';
import type { ReferralStatus } from '../__generated__/graphql.js';
import { centreReferralsQuery } from '../documents/referrals.documents.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { SelectField } from '../shared/choice-fields.component.js';
import { afterOf, ConnectionPager } from '../shared/connection-pager.component.js';
import { ReferralTable } from './referral-table.component.js';

export const referralsPageSize = 20;

/** The centre's referrals to partners, newest first, narrowed by status (kept in the address). */
export function CentreReferrals({ site, status }: { site: string; status: ReferralStatus | null }) {
  const t = useProtectionMessages();
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(centreReferralsQuery, {
    variables: { site, first: referralsPageSize, ...(status === null ? {} : { filter: { status } }), ...afterOf(paging) },
    errorPolicy: 'all',
  });
  const shown = data ?? (loading ? previousData : undefined);
  const referrals = shown?.centre?.referrals;
  const list = () => {
    if (referrals === undefined || referrals === null) {
      if (loading) return <LoadingState>{t.referrals.loading}</LoadingState>;
      return <ErrorState error={error} onRetry={() => void refetch()}>{t.referrals.failed}</ErrorState>;
    }
    if (referrals.edges.length === 0) return <EmptyState>{status === null ? t.referrals.none : t.referrals.noneWith(t.referralStatus[status])}</EmptyState>;
    return (
      <>
        <ReferralTable caption={t.referrals.caption(shown?.centre?.name ?? site)} referrals={referrals.edges.map((e) => e.node)} site={site} busy={loading} showMigrant />
        <ConnectionPager label={t.referrals.pages} pageInfo={referrals.pageInfo} paging={paging} loading={loading} />
      </>
    );
  };
  return (
    <Page title={t.referrals.heading} description={t.referrals.hint} focusOnMount>
      <p>
        <Link to={paths.requestReferral()}>{t.referrals.request}</Link>
        {' · '}
        <Link to={paths.partners()}>{t.nav.partners}</Link>
      </p>
      <SelectField label={t.fields.status} value={status ?? ''} choices={t.referralStatus} placeholder={t.referrals.allStatuses} onChange={(value) => navigate(paths.referrals(value === '' ? undefined : value))} />
      {list()}
    </Page>
  );
}
