import { unavailableReason, useQuery } from '@mpa/graphql';
import { EmptyState, ErrorState, Link, LoadingState, Page } from '@mpa/ui';
import { Consultations } from '../consultations/consultations.component.js';
import { Distributions } from '../distributions/distributions.component.js';
import { useAssistanceMessages } from '../messages.js';
import { Referrals } from '../referrals/referrals.component.js';
import { paths } from '../routes.js';
import { assistedMigrantQuery } from './migrants.documents.js';

/** Everything the centre gives one migrant: relief items, medical consultations, shelter and health referrals. */
export function MigrantAssistance({ site, id }: { site: string; id: string }) {
  const t = useAssistanceMessages();
  const { data, loading, error, refetch } = useQuery(assistedMigrantQuery, { variables: { id }, errorPolicy: 'all' });
  if (data === undefined) {
    if (loading) return <LoadingState>{t.loadingMigrant}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{t.migrantFailed}</ErrorState>;
  }
  const migrant = data.migrant;
  if (migrant === null) {
    // Another centre's migrant is refused, not missing.
    if (error !== undefined && unavailableReason(error, ['migrant']) === 'not-visible') return <p role="alert" className="alert">{t.migrantNotVisible}</p>;
    if (error !== undefined) return <ErrorState error={error} onRetry={() => void refetch()}>{t.migrantFailed}</ErrorState>;
    return <EmptyState action={<Link to={paths.find()}>{t.backToSearch}</Link>}>{t.migrantNotFound}</EmptyState>;
  }
  return (
    <Page
      title={t.migrantHeading(migrant.fullName)}
      description={t.migrantSummary(migrant.registrationNumber, t.sex[migrant.sex], migrant.age === null ? t.unknown : t.ageYears(migrant.age), migrant.nationality)}
      focusOnMount
    >
      <p>
        <Link to={paths.find()}>{t.backToSearch}</Link>
      </p>
      <Distributions site={site} migrantId={migrant.id} />
      <Consultations migrantId={migrant.id} />
      <Referrals site={site} migrantId={migrant.id} />
    </Page>
  );
}
