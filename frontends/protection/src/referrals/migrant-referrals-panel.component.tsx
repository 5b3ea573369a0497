import { useQuery } from '@mpa/graphql';
import { afterOf, Link, PagedConnection, useCursorPages } from '@mpa/ui';
import { migrantReferralsQuery } from '../documents/referrals.documents.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { ReferralTable } from './referral-table.component.js';
import { freshRecords } from '../shared/fresh-records.js';

export const migrantReferralsPageSize = 10;

/** A migrant's referrals to partners, newest first, with their next steps. */
export function MigrantReferralsPanel({ migrantId, site }: { migrantId: string; site: string }) {
  const t = useProtectionMessages();
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(migrantReferralsQuery, {
    variables: { id: migrantId, first: migrantReferralsPageSize, ...afterOf(paging) },
    ...freshRecords,
  });
  return (
    <section aria-labelledby="mpa-protection-referrals">
      <h3 id="mpa-protection-referrals">{t.referrals.migrantHeading}</h3>
      <PagedConnection
        connection={(data ?? (loading ? previousData : undefined))?.migrant?.referrals}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        paging={paging}
        words={{ loading: t.referrals.loading, failed: t.referrals.failed, empty: t.referrals.noneForMigrant, pages: t.referrals.pages }}
      >
        {(referrals, busy) => <ReferralTable caption={t.referrals.migrantCaption} referrals={referrals} site={site} busy={busy} showMigrant={false} />}
      </PagedConnection>
      <p>
        <Link to={paths.requestReferral(migrantId)}>{t.referrals.requestFor}</Link>
      </p>
    </section>
  );
}
