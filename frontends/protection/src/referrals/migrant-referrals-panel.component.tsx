import { useQuery } from '@mpa/graphql';
import { EmptyState, ErrorState, Link, LoadingState, useCursorPages } from '@mpa/ui';
import { migrantReferralsQuery } from '../documents/referrals.documents.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { afterOf, ConnectionPager } from '../shared/connection-pager.component.js';
import { ReferralTable } from './referral-table.component.js';

export const migrantReferralsPageSize = 10;

/** A migrant's referrals to partners, newest first, with their next steps. */
export function MigrantReferralsPanel({ migrantId, site }: { migrantId: string; site: string }) {
  const t = useProtectionMessages();
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(migrantReferralsQuery, {
    variables: { id: migrantId, first: migrantReferralsPageSize, ...afterOf(paging) },
    errorPolicy: 'all',
  });
  const referrals = (data ?? (loading ? previousData : undefined))?.migrant?.referrals;
  return (
    <section aria-labelledby="mpa-protection-referrals">
      <h3 id="mpa-protection-referrals">{t.referrals.migrantHeading}</h3>
      {referrals === undefined || referrals === null ? (
        loading ? <LoadingState>{t.referrals.loading}</LoadingState> : <ErrorState error={error} onRetry={() => void refetch()}>{t.referrals.failed}</ErrorState>
      ) : referrals.edges.length === 0 ? (
        <EmptyState>{t.referrals.noneForMigrant}</EmptyState>
      ) : (
        <>
          <ReferralTable caption={t.referrals.migrantCaption} referrals={referrals.edges.map((e) => e.node)} site={site} busy={loading} showMigrant={false} />
          <ConnectionPager label={t.referrals.pages} pageInfo={referrals.pageInfo} paging={paging} loading={loading} />
        </>
      )}
      <p>
        <Link to={paths.requestReferral(migrantId)}>{t.referrals.requestFor}</Link>
      </p>
    </section>
  );
}
