import { unavailableReason, useQuery } from '@mpa/graphql';
import { EmptyState, ErrorState, LoadingState, Page, StatusBadge } from '@mpa/ui';
import { migrantSummaryQuery } from '../documents/migrants.documents.js';
import { useProtectionMessages } from '../messages.js';
import { MhpssSessionsPanel } from '../psychosocial/mhpss-sessions-panel.component.js';
import { ConsentsPanel } from '../referrals/consents-panel.component.js';
import { MigrantReferralsPanel } from '../referrals/migrant-referrals-panel.component.js';
import { TransferCase } from '../referrals/transfer-case.component.js';
import type { Access } from '../shared/access.js';
import { ConfidentialNotice } from '../shared/confidential-notice.component.js';
import { ProtectionCasesPanel } from './protection-cases-panel.component.js';
import { freshRecords } from '../shared/fresh-records.js';

/** The centre a record belongs to: its ID's prefix (`bossaso:…`); changes go to that centre. */
const siteOf = (id: string) => id.slice(0, Math.max(0, id.indexOf(':')));

/**
 * One migrant's protection file: only the parts the user's scopes open are asked for at all;
 * the others are named, with why they are not shown.
 */
export function MigrantFile({ id, access }: { id: string; access: Access }) {
  const t = useProtectionMessages();
  const { data, loading, error, refetch } = useQuery(migrantSummaryQuery, { variables: { id }, ...freshRecords });
  if (data === undefined) {
    if (loading) return <LoadingState>{t.file.loading}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{t.file.failed}</ErrorState>;
  }
  const migrant = data.migrant;
  if (migrant === null) {
    if (error !== undefined && unavailableReason(error, ['migrant']) === 'not-visible') return <p role="alert" className="alert">{t.file.notVisible}</p>;
    if (error !== undefined) return <ErrorState error={error} onRetry={() => void refetch()}>{t.file.failed}</ErrorState>;
    return <EmptyState>{t.file.notFound}</EmptyState>;
  }
  const site = siteOf(migrant.id);
  const hidden = [!access.protection && t.scopes.protection, !access.mhpss && t.scopes.mhpss, !access.referrals && t.scopes.referrals].filter((reason): reason is string => reason !== false);
  return (
    <Page title={t.file.heading(migrant.fullName)} description={t.file.summary(migrant.registrationNumber, t.sex[migrant.sex], migrant.age)} focusOnMount>
      {(access.protection || access.mhpss) && <ConfidentialNotice />}
      <p>
        <StatusBadge tone={migrant.caseStatus === 'OPEN' ? 'info' : 'neutral'}>{t.caseStatus[migrant.caseStatus]}</StatusBadge>{' '}
        {access.protection && migrant.isUnaccompaniedChild && <StatusBadge tone="danger">{t.file.unaccompaniedChild}</StatusBadge>}{' '}
        {access.protection && migrant.hasTraffickingIndicators && <StatusBadge tone="danger">{t.file.traffickingIndicators}</StatusBadge>}
      </p>
      {access.protection && <ProtectionCasesPanel migrantId={migrant.id} site={site} canWrite={access.protectionWrite} />}
      {access.mhpss && <MhpssSessionsPanel migrantId={migrant.id} site={site} canWrite={access.mhpssWrite} />}
      {access.referrals && (
        <>
          <ConsentsPanel migrantId={migrant.id} site={site} />
          <MigrantReferralsPanel migrantId={migrant.id} site={site} />
          {migrant.caseStatus === 'OPEN' && <TransferCase migrant={migrant} site={site} canOverride={access.consentOverride} />}
        </>
      )}
      {hidden.length > 0 && (
        <aside aria-label={t.file.notShown}>
          <h3>{t.file.notShown}</h3>
          <ul>
            {hidden.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </aside>
      )}
    </Page>
  );
}
