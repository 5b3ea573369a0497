import { unavailableReason, useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { EmptyState, ErrorState, LoadingState, Page, StatusBadge, useLanguage } from '@mpa/ui';
import type { ReactNode } from 'react';
import { RecordConsent } from '../consent/consent-form.component.js';
import { consentPurposes } from '../consent/consent-form.helpers.js';
import { ConsentList } from '../consent/consent-list.component.js';
import { CounsellingList } from '../counselling/counselling-list.component.js';
import { RecordCounselling } from '../counselling/counselling-form.component.js';
import { RecordPanel } from '../forms/record-panel.component.js';
import { useRegistrationMessages } from '../messages.js';
import { migrantCaseQuery } from '../registration.documents.js';
import { RecordScreening } from '../screening/screening-form.component.js';
import { ScreeningList } from '../screening/screening-list.component.js';

/**
 * A migrant's case: profile, status, risk and flags; consents, screenings and counselling, each
 * with its form in place; and the latest changes to the file.
 */
export function CaseView({ id }: { id: string }) {
  const t = useRegistrationMessages();
  const language = useLanguage();
  const { data, loading, error, refetch } = useQuery(migrantCaseQuery, { variables: { id }, errorPolicy: 'all' });

  if (data === undefined) {
    if (loading) return <LoadingState>{t.loadingCase}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{t.caseFailed}</ErrorState>;
  }
  const migrant = data.migrant;
  if (migrant === null) {
    // Another centre's migrant, or one the user's scopes do not cover, is refused, not missing.
    const refused = error !== undefined && unavailableReason(error, ['migrant']) === 'not-visible';
    if (refused) return <p role="alert" className="alert">{t.caseNotVisible}</p>;
    if (error !== undefined) return <ErrorState error={error} onRetry={() => void refetch()}>{t.caseFailed}</ErrorState>;
    return <EmptyState>{t.caseNotFound}</EmptyState>;
  }

  const openFlags = migrant.flags.filter((flag) => flag.resolvedAt === null);
  const consents = migrant.consents?.edges.map((edge) => edge.node) ?? null;
  const inForce = (consents ?? []).filter((consent) => consent.active).map((consent) => consent.purpose);
  const child = migrant.isUnaccompaniedChild || (migrant.age !== null && migrant.age < 18);
  const history = migrant.history?.edges ?? null;
  const row = (label: string, value: ReactNode) => (
    <div key={label}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const riskTone = migrant.riskLevel === 'HIGH' ? 'danger' : migrant.riskLevel === 'MEDIUM' ? 'warning' : 'neutral';
  return (
    <Page title={t.caseHeading(migrant.fullName)} focusOnMount>
      <p>
        <StatusBadge tone={migrant.caseStatus === 'OPEN' ? 'info' : 'neutral'}>{`${t.caseStatusLabel}: ${t.caseStatus[migrant.caseStatus]}`}</StatusBadge>{' '}
        {migrant.riskLevel !== null && <StatusBadge tone={riskTone}>{`${t.riskLevelLabel}: ${t.riskLevel[migrant.riskLevel]}`}</StatusBadge>}{' '}
        {migrant.isUnaccompaniedChild && <StatusBadge tone="danger">{t.unaccompaniedChild}</StatusBadge>}{' '}
        {migrant.hasTraffickingIndicators && <StatusBadge tone="danger">{t.traffickingIndicators}</StatusBadge>}
      </p>
      <h3>{t.profile}</h3>
      <dl className="mpa-registration-profile">
        {row(t.registrationNumber, migrant.registrationNumber)}
        {row(t.fields.sex, t.sex[migrant.sex])}
        {row(t.fields.dateOfBirth, migrant.dateOfBirth === null ? t.unknown : `${format.date(migrant.dateOfBirth, language)}${migrant.dateOfBirthEstimated ? ` ${t.estimated}` : ''}`)}
        {row(t.age, migrant.age ?? t.unknown)}
        {row(t.fields.nationality, migrant.nationality)}
        {row(t.fields.hasDocuments, migrant.hasDocuments ? t.yes : t.no)}
        {row(t.fields.arrivalDate, format.date(migrant.arrivalDate, language))}
      </dl>
      <h3>{t.flagsHeading}</h3>
      {openFlags.length === 0 ? <p>{t.noFlags}</p> : <ul>{openFlags.map((flag) => <li key={flag.id}>{flag.message}</li>)}</ul>}
      <h3>{t.consent.heading}</h3>
      {consents === null ? <p className="hint">{t.notVisible}</p> : <ConsentList migrantId={migrant.id} consents={consents} />}
      {consents !== null && inForce.length < consentPurposes.length && (
        <RecordPanel label={t.consent.formHeading}>{(close) => <RecordConsent migrantId={migrant.id} child={child} inForce={inForce} onDone={close} />}</RecordPanel>
      )}
      <h3>{t.screening.heading}</h3>
      {migrant.screenings === null ? (
        <p className="hint">{t.notVisible}</p>
      ) : (
        <ScreeningList screenings={migrant.screenings.edges.map((edge) => edge.node)} more={migrant.screenings.pageInfo.hasNextPage} />
      )}
      <RecordPanel label={t.screening.formHeading}>{(close) => <RecordScreening migrantId={migrant.id} onDone={close} />}</RecordPanel>
      <h3>{t.counselling.heading}</h3>
      {migrant.counsellingSessions === null ? (
        <p className="hint">{t.notVisible}</p>
      ) : (
        <CounsellingList sessions={migrant.counsellingSessions.edges.map((edge) => edge.node)} more={migrant.counsellingSessions.pageInfo.hasNextPage} />
      )}
      <RecordPanel label={t.counselling.formHeading}>{(close) => <RecordCounselling migrantId={migrant.id} onDone={close} />}</RecordPanel>
      <h3>{t.historyHeading}</h3>
      {history === null ? (
        <p className="hint">{t.historyNotVisible}</p>
      ) : history.length === 0 ? (
        <p>{t.noHistory}</p>
      ) : (
        <ol>
          {history.map(({ node }) => (
            <li key={node.id}>
              <time dateTime={node.at}>{format.date(node.at.slice(0, 10), language)}</time>{' '}
              {t.historyEntry(node.actorName, node.action, (node.changes ?? []).map((change) => change.field))}
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}
