import { useMutation, useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { DataTable, EmptyState, ErrorState, Link, LoadingState, Page, StatusBadge, TextField, useLanguage, useToast, type Column } from '@mpa/ui';
import { useState } from 'react';
import type { MovementQuery } from '../__generated__/graphql.js';
import { returneeName } from '../case-card.component.js';
import { removeCaseFromMovementMutation } from '../case/case.documents.js';
import { useReturnsMessages } from '../messages.js';
import { paths } from '../routes.js';
import { useSubmission } from '../submission.js';
import type { ReturnsViewer } from '../viewer.js';
import { FitToTravelCases } from './fit-to-travel-cases.component.js';
import { movementTone } from './movement-list.component.js';
import { arriveMovementMutation, cancelMovementMutation, departMovementMutation, movementQuery } from './movements.documents.js';

type Movement = NonNullable<MovementQuery['movement']>;
type ManifestCase = Movement['cases'][number];
// Read again after a change (not awaited: a failed re-read must not look like a failed change).
const refetchQueries = ['Movement', 'FitToTravelCases'];

/** A movement: route, date, escorts, its manifest; booking fit-to-travel cases on it, its departure and arrival. */
export function MovementView({ id, viewer }: { id: string; viewer: ReturnsViewer }) {
  const t = useReturnsMessages();
  const language = useLanguage();
  const m = t.movement;
  const { data, loading, error, refetch } = useQuery(movementQuery, { variables: { id, withNames: viewer.withNames }, errorPolicy: 'all' });
  if (data === undefined) {
    if (loading) return <LoadingState>{m.loading}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{m.failed}</ErrorState>;
  }
  const movement = data.movement;
  if (movement == null) {
    if (error !== undefined) return <ErrorState error={error} onRetry={() => void refetch()}>{m.failed}</ErrorState>;
    return <EmptyState action={<Link to={paths.movements()}>{m.back}</Link>}>{m.notFound}</EmptyState>;
  }
  const planned = movement.status === 'PLANNED';
  const columns: Column<ManifestCase>[] = [
    { header: m.columns.caseNumber, cell: (c) => <Link to={paths.case(c.id)}>{c.caseNumber}</Link>, rowHeader: true },
    { header: m.columns.returnee, cell: (c) => returneeName(c) ?? t.board.nameHidden },
    { header: m.columns.status, cell: (c) => t.status[c.status] },
    { header: m.columns.child, cell: (c) => (c.isUnaccompaniedChild ? <StatusBadge tone="danger">{t.board.unaccompanied}</StatusBadge> : t.no) },
    ...(viewer.canWrite && planned ? [{ header: t.plan.columns.actions, cell: (c: ManifestCase) => <TakeOff avrCase={c} /> }] : []),
  ];
  return (
    <Page title={m.heading(movement.reference)} focusOnMount>
      <p>
        <Link to={paths.movements()}>{m.back}</Link>
      </p>
      <p>
        <StatusBadge tone={movementTone(movement.status)}>{t.movements.statuses[movement.status]}</StatusBadge> {t.movements.modes[movement.mode]}
      </p>
      <dl className="mpa-returns-facts">
        <dt>{t.movements.columns.route}</dt>
        <dd>{movement.route}</dd>
        <dt>{t.movements.columns.departureDate}</dt>
        <dd>{format.date(movement.departureDate, language)}</dd>
        <dt>{t.movements.columns.destination}</dt>
        <dd>{movement.destinationCountry}</dd>
        <dt>{m.escorts}</dt>
        <dd>{movement.escorts.length === 0 ? m.noEscorts : movement.escorts.join(', ')}</dd>
        {movement.departedAt != null && [<dt key="d">{m.departedAt}</dt>, <dd key="dv">{format.date(movement.departedAt.slice(0, 10), language)}</dd>]}
        {movement.arrivedAt != null && [<dt key="a">{m.arrivedAt}</dt>, <dd key="av">{format.date(movement.arrivedAt.slice(0, 10), language)}</dd>]}
      </dl>
      {viewer.canWrite && <MovementActions movement={movement} />}
      <h3>{m.manifest(movement.cases.length)}</h3>
      {movement.cases.length === 0 ? <p>{m.manifestEmpty}</p> : <DataTable caption={m.manifestCaption} columns={columns} rows={movement.cases} rowKey={(c) => c.id} />}
      {viewer.canWrite && planned && <FitToTravelCases movement={movement} withNames={viewer.withNames} />}
    </Page>
  );
}

function TakeOff({ avrCase }: { avrCase: ManifestCase }) {
  const t = useReturnsMessages();
  const { submit, problems, busy } = useSubmission();
  const [remove] = useMutation(removeCaseFromMovementMutation, { refetchQueries });
  return (
    <>
      {problems}
      <button type="button" aria-disabled={busy} onClick={() => void submit({}, () => remove({ variables: { caseId: avrCase.id, expectedVersion: avrCase.version } }))}>
        {busy ? t.saving : t.movement.remove}
      </button>
    </>
  );
}

/** Departure, arrival and cancellation: each moves every returnee on the manifest, so it says so while it runs. */
function MovementActions({ movement }: { movement: Movement }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const m = t.movement;
  const [reason, setReason] = useState('');
  const [cancelling, setCancelling] = useState(false);
  const { submit, problems, errorOf, busy } = useSubmission('reason');
  const [running, setRunning] = useState<string | null>(null);
  const [depart] = useMutation(departMovementMutation, { refetchQueries });
  const [arrive] = useMutation(arriveMovementMutation, { refetchQueries });
  const [cancel] = useMutation(cancelMovementMutation, { refetchQueries });
  const variables = { id: movement.id, expectedVersion: movement.version };
  const count = movement.cases.length;

  async function run(progress: string, send: () => Promise<unknown>, done: string, problemsFound = {}) {
    setRunning(progress);
    const sent = await submit(problemsFound, send);
    setRunning(null);
    if (sent !== null) toast.show(done);
    return sent !== null;
  }

  return (
    <div>
      {problems}
      {running !== null && <p role="status">{running}</p>}
      <p className="mpa-returns-steps">
        {movement.status === 'PLANNED' && (
          <>
            <button type="button" className="primary" aria-disabled={busy} onClick={() => !busy && void run(m.departing, () => depart({ variables }), m.departed(count))}>{m.depart}</button>
            <button type="button" aria-disabled={busy} onClick={() => setCancelling(!cancelling)}>{m.cancel}</button>
          </>
        )}
        {movement.status === 'DEPARTED' && (
          <button type="button" className="primary" aria-disabled={busy} onClick={() => !busy && void run(m.arriving, () => arrive({ variables }), m.arrived(count))}>{m.arrive}</button>
        )}
      </p>
      {cancelling && movement.status === 'PLANNED' && (
        <form
          noValidate
          aria-label={m.cancel}
          onSubmit={async (event) => {
            event.preventDefault();
            const why = reason.trim();
            const invalid = why === '' ? { reason: t.required(m.cancelReason) } : why.length > 1000 ? { reason: t.tooLong(1000) } : {};
            if (await run(t.saving, () => cancel({ variables: { ...variables, reason: why } }), m.cancelled, invalid)) setCancelling(false);
          }}
        >
          <TextField label={m.cancelReason} required value={reason} error={errorOf('reason')} onChange={(e) => setReason(e.target.value)} />
          <p>
            <button type="submit" aria-disabled={busy}>{m.confirmCancel}</button>
          </p>
        </form>
      )}
    </div>
  );
}
