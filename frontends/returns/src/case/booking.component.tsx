import { useMutation, useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { ErrorState, FormField, Link, LoadingState, useLanguage, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { AvrCaseFileQuery } from '../__generated__/graphql.js';
import { useReturnsMessages } from '../messages.js';
import { paths } from '../routes.js';
import { useSubmission, type FieldErrors } from '../submission.js';
import { assignCaseToMovementMutation, plannedMovementsQuery, removeCaseFromMovementMutation } from './case.documents.js';

type CaseFile = NonNullable<AvrCaseFileQuery['avrCase']>;

/**
 * The movement a case travels with. A fit-to-travel case is booked on a planned movement to its
 * destination (that is what moves it to "travel booked"); a booked one can be taken off again.
 */
export function BookingPart({ avrCase, canWrite }: { avrCase: CaseFile; canWrite: boolean }) {
  const t = useReturnsMessages();
  const language = useLanguage();
  const b = t.booking;
  const movement = avrCase.movement;
  const bookable = canWrite && avrCase.allowedTransitions.includes('TRAVEL_BOOKED') && movement == null;
  const removable = canWrite && movement != null && movement.status === 'PLANNED' && avrCase.status === 'TRAVEL_BOOKED';
  return (
    <section className="mpa-returns-part" aria-labelledby="mpa-returns-booking">
      <h3 id="mpa-returns-booking">{b.heading}</h3>
      {movement == null ? (
        <p>{b.none}</p>
      ) : (
        <p>
          <Link to={paths.movement(movement.id)}>{b.bookedOn(movement.reference, format.date(movement.departureDate, language), movement.route)}</Link>{' '}
          ({t.movements.statuses[movement.status]})
        </p>
      )}
      {bookable && <BookOnMovement avrCase={avrCase} />}
      {removable && <TakeOffMovement avrCase={avrCase} />}
    </section>
  );
}

function BookOnMovement({ avrCase }: { avrCase: CaseFile }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const language = useLanguage();
  const b = t.booking;
  const [chosen, setChosen] = useState('');
  const { data, loading, error, refetch } = useQuery(plannedMovementsQuery, { variables: { destinationCountry: avrCase.destinationCountry } });
  const { submit, problems, errorOf, busy } = useSubmission('movementId');
  const [assign] = useMutation(assignCaseToMovementMutation, { refetchQueries: ['AvrCaseFile'] });

  if (data === undefined) {
    if (loading) return <LoadingState>{b.loading}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{b.failed}</ErrorState>;
  }
  const planned = data.movements.edges.map((edge) => edge.node);
  if (planned.length === 0) {
    return (
      <p>
        {b.noMovements(avrCase.destinationCountry)} <Link to={paths.planMovement()}>{t.movements.plan}</Link>
      </p>
    );
  }
  return (
    <form
      noValidate
      aria-label={b.book}
      onSubmit={async (event) => {
        event.preventDefault();
        const reference = planned.find((m) => m.id === chosen)?.reference ?? '';
        const problemsFound: FieldErrors = chosen === '' ? { movementId: b.chooseRequired } : {};
        if (await submit(problemsFound, () => assign({ variables: { movementId: chosen, caseId: avrCase.id, expectedVersion: avrCase.version } }))) toast.show(b.booked(reference));
      }}
    >
      {problems}
      <FormField label={b.choose} required error={errorOf('movementId')}>
        {(control) => (
          <select {...control} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t.choose}</option>
            {planned.map((m) => (
              <option key={m.id} value={m.id}>{`${m.reference} — ${format.date(m.departureDate, language)} — ${m.route}`}</option>
            ))}
          </select>
        )}
      </FormField>
      <p>
        <button type="submit" className="primary" aria-disabled={busy}>{busy ? b.booking : b.book}</button>
      </p>
    </form>
  );
}

function TakeOffMovement({ avrCase }: { avrCase: CaseFile }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const { submit, problems, busy } = useSubmission();
  const [remove] = useMutation(removeCaseFromMovementMutation, { refetchQueries: ['AvrCaseFile'] });
  return (
    <div>
      {problems}
      <button
        type="button"
        aria-disabled={busy}
        onClick={async () => {
          if (await submit({}, () => remove({ variables: { caseId: avrCase.id, expectedVersion: avrCase.version } }))) toast.show(t.booking.removed);
        }}
      >
        {busy ? t.saving : t.booking.remove}
      </button>
    </div>
  );
}
