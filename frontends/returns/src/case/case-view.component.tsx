import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { EmptyState, ErrorState, Link, LoadingState, Page, StatusBadge, useLanguage } from '@mpa/ui';
import type { ReactNode } from 'react';
import type { AvrStatus } from '../__generated__/graphql.js';
import { originOf, returneeName } from '../case-card.component.js';
import { useReturnsMessages } from '../messages.js';
import { ReintegrationPlanPart } from '../reintegration/reintegration-plan.component.js';
import { paths } from '../routes.js';
import { SurveysPart } from '../sustainability/surveys.component.js';
import type { ReturnsViewer } from '../viewer.js';
import { BookingPart } from './booking.component.js';
import { avrCaseFileQuery } from './case.documents.js';
import { ChildSafeguardsPart } from './child-safeguards.component.js';
import { NextSteps } from './next-steps.component.js';
import { SupportPart } from './support.component.js';
import { TravelDocumentPart } from './travel-document.component.js';

const finished: readonly AvrStatus[] = ['CLOSED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'];
/** From here on a case has passed its pre-departure checks. */
const fitOrLater: readonly AvrStatus[] = ['FIT_TO_TRAVEL', 'TRAVEL_BOOKED', 'DEPARTED', 'ARRIVED', 'REINTEGRATION', 'CLOSED'];
const statusTone = (status: AvrStatus) => (finished.includes(status) ? (status === 'CLOSED' ? 'success' : 'neutral') : 'info');

/** A return case file: who, which way, where to; its next steps; documents, fit to travel, movement, reintegration, surveys; its history. */
export function CaseView({ id, viewer, today = new Date().toISOString().slice(0, 10) }: { id: string; viewer: ReturnsViewer; today?: string }) {
  const t = useReturnsMessages();
  const language = useLanguage();
  const c = t.caseFile;
  const { data, loading, error, refetch } = useQuery(avrCaseFileQuery, { variables: { id, withNames: viewer.withNames, withSafeguards: viewer.withSafeguards }, errorPolicy: 'all' });

  if (data === undefined) {
    if (loading) return <LoadingState>{c.loading}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{c.failed}</ErrorState>;
  }
  const avrCase = data.avrCase;
  if (avrCase == null) {
    if (error !== undefined) return <ErrorState error={error} onRetry={() => void refetch()}>{c.failed}</ErrorState>;
    return <EmptyState action={<Link to={paths.board()}>{c.back}</Link>}>{c.notFound}</EmptyState>;
  }

  const editable = viewer.canWrite && !finished.includes(avrCase.status);
  const name = returneeName(avrCase);
  const returnee = avrCase.returnee;
  const migrant = avrCase.migrant;
  const row = (label: string, value: ReactNode) => [<dt key={`${label}-label`}>{label}</dt>, <dd key={label}>{value}</dd>];
  const destination = [avrCase.destinationCommunity, avrCase.destinationRegion, avrCase.destinationCountry].filter((part) => part != null && part !== '').join(', ');
  const sexAge = returnee != null ? [returnee.sex == null ? null : t.sex[returnee.sex], returnee.dateOfBirth == null ? null : format.date(returnee.dateOfBirth, language)] : [migrant?.sex == null ? null : t.sex[migrant.sex], migrant?.age == null ? null : String(migrant.age)];
  return (
    <Page title={c.heading(avrCase.caseNumber)} focusOnMount>
      <p>
        <Link to={paths.board()}>{c.back}</Link>
      </p>
      <p>
        <StatusBadge tone={statusTone(avrCase.status)}>{t.status[avrCase.status]}</StatusBadge> <StatusBadge>{t.direction[avrCase.direction]}</StatusBadge>{' '}
        {avrCase.isUnaccompaniedChild && <StatusBadge tone="danger">{t.board.unaccompanied}</StatusBadge>}
      </p>
      <h3>{c.details}</h3>
      <dl className="mpa-returns-facts">
        {row(c.returnee, name ?? <span className="hint">{t.board.nameHidden}</span>)}
        {avrCase.migrant != null && row(c.registrationNumber, avrCase.migrant.registrationNumber)}
        {sexAge.some((part) => part !== null) && row(c.sexAge, sexAge.filter((part) => part !== null).join(', '))}
        {avrCase.centre != null ? row(c.centre, avrCase.centre.name) : row(c.referredFrom, originOf(avrCase))}
        {row(c.destination, destination)}
        {row(c.opened, format.date(avrCase.openedAt.slice(0, 10), language))}
      </dl>

      <section className="mpa-returns-part" aria-labelledby="mpa-returns-next-steps">
        <h3 id="mpa-returns-next-steps">{c.nextSteps}</h3>
        <NextSteps key={avrCase.version} avrCase={avrCase} canWrite={viewer.canWrite} />
      </section>

      {avrCase.isUnaccompaniedChild && <ChildSafeguardsPart key={`safeguards-${avrCase.version}`} avrCase={avrCase} canEdit={editable} visible={viewer.withSafeguards} />}

      <TravelDocumentPart avrCase={avrCase} canEdit={editable && !fitOrLater.includes(avrCase.status)} today={today} />

      <section className="mpa-returns-part" aria-labelledby="mpa-returns-fit">
        <h3 id="mpa-returns-fit">{c.fitToTravel}</h3>
        <p>{fitOrLater.includes(avrCase.status) ? c.fitToTravelDone : c.fitToTravelNotYet}</p>
        <p className="hint">{c.fitToTravelHint}</p>
      </section>

      <SupportPart avrCase={avrCase} canEdit={editable} today={today} />
      <BookingPart avrCase={avrCase} canWrite={viewer.canWrite} />
      <ReintegrationPlanPart caseId={avrCase.id} status={avrCase.status} canWrite={viewer.canWrite} withNames={viewer.withNames} />
      <SurveysPart caseId={avrCase.id} status={avrCase.status} canWrite={viewer.canWrite} today={today} />

      <section className="mpa-returns-part" aria-labelledby="mpa-returns-history">
        <h3 id="mpa-returns-history">{c.history}</h3>
        <ol>
          {avrCase.transitions.map((step) => (
            <li key={`${step.at}-${step.to}`}>
              <time dateTime={step.at}>{format.date(step.at.slice(0, 10), language)}</time> {c.historyEntry(step.actorName, t.status[step.to], step.from == null ? null : t.status[step.from])}
              {step.note != null && step.note !== '' && <span className="hint">{` — ${step.note}`}</span>}
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
