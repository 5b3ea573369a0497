import { useQuery } from '@mpa/graphql';
import { ErrorState, Link, LoadingState } from '@mpa/ui';
import { TraffickingCasePanel } from '../cases/trafficking-case-panel.component.js';
import { UamCasePanel } from '../cases/uam-case-panel.component.js';
import { migrantProtectionCasesQuery } from '../documents/protection-cases.documents.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { freshRecords } from '../shared/fresh-records.js';

/** A migrant's UAM and trafficking cases (protection:read), or a way to open them. */
export function ProtectionCasesPanel({ migrantId, site, canWrite }: { migrantId: string; site: string; canWrite: boolean }) {
  const t = useProtectionMessages();
  const { data, loading, error, refetch } = useQuery(migrantProtectionCasesQuery, { variables: { id: migrantId }, ...freshRecords });
  if (data === undefined) {
    if (loading) return <LoadingState>{t.cases.loadingFile}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{t.cases.fileFailed}</ErrorState>;
  }
  const uamCase = data.migrant?.uamCase ?? null;
  const traffickingCase = data.migrant?.traffickingCase ?? null;
  if (error !== undefined && uamCase === null && traffickingCase === null) {
    return <ErrorState error={error} onRetry={() => void refetch()}>{t.cases.fileFailed}</ErrorState>;
  }
  return (
    <>
      {uamCase !== null ? (
        <UamCasePanel uamCase={uamCase} site={site} canWrite={canWrite} />
      ) : (
        <section aria-label={t.uam.caseHeading}>
          <h3>{t.uam.caseHeading}</h3>
          <p>{t.uam.none}</p>
          {canWrite && <Link to={paths.openCase('UAM', migrantId)}>{t.cases.openUam}</Link>}
        </section>
      )}
      {traffickingCase !== null ? (
        <TraffickingCasePanel traffickingCase={traffickingCase} site={site} canWrite={canWrite} />
      ) : (
        <section aria-label={t.vot.caseHeading}>
          <h3>{t.vot.caseHeading}</h3>
          <p>{t.vot.none}</p>
          {canWrite && <Link to={paths.openCase('VOT', migrantId)}>{t.cases.openVot}</Link>}
        </section>
      )}
    </>
  );
}
