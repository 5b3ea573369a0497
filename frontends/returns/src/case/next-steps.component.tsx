import { useMutation } from '@mpa/graphql';
import { FormField, Link, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { AvrCaseFileQuery, AvrStatus } from '../__generated__/graphql.js';
import { useReturnsMessages } from '../messages.js';
import { paths } from '../routes.js';
import { useSubmission } from '../submission.js';
import { transitionAvrCaseMutation } from './case.documents.js';

type CaseFile = NonNullable<AvrCaseFileQuery['avrCase']>;

/** Steps the case's movement records for every returnee on it at once. */
const movementSteps: readonly AvrStatus[] = ['DEPARTED', 'ARRIVED'];

/**
 * The case's next steps, only those the state machine allows (`allowedTransitions`). Booking is
 * done on a movement (the booking part below), departure and arrival with the movement; a
 * refused step says in place why (the wrong step, or what is still missing).
 */
export function NextSteps({ avrCase, canWrite }: { avrCase: CaseFile; canWrite: boolean }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const [note, setNote] = useState('');
  const [moving, setMoving] = useState<AvrStatus | null>(null);
  const { submit, problems, errorOf } = useSubmission('note');
  const [transition] = useMutation(transitionAvrCaseMutation, { refetchQueries: ['AvrCaseFile'] });
  const allowed = avrCase.allowedTransitions;

  if (allowed.length === 0) return <p>{t.caseFile.noNextSteps}</p>;
  if (!canWrite) return <p>{t.caseFile.readOnlySteps(allowed.map((s) => t.status[s]).join(', '))}</p>;

  async function move(to: AvrStatus) {
    setMoving(to);
    const done = await submit({}, () => transition({ variables: { id: avrCase.id, expectedVersion: avrCase.version, to, ...(note.trim() === '' ? {} : { note: note.trim() }) } }));
    setMoving(null);
    if (done !== null) {
      setNote('');
      toast.show(t.caseFile.moved(t.status[to]));
    }
  }

  const step = (to: AvrStatus) => {
    if (to === 'TRAVEL_BOOKED') return null;
    if (movementSteps.includes(to) && avrCase.movement != null) {
      return (
        <li key={to}>
          {t.caseFile.byMovement(t.status[to])} <Link to={paths.movement(avrCase.movement.id)}>{t.caseFile.openMovement(avrCase.movement.reference)}</Link>
        </li>
      );
    }
    return (
      <li key={to}>
        <button type="button" className={to === allowed[0] ? 'primary' : undefined} aria-disabled={moving !== null} onClick={() => moving === null && void move(to)}>
          {moving === to ? t.caseFile.moving : t.caseFile.moveTo(t.status[to])}
        </button>
      </li>
    );
  };

  return (
    <div>
      {problems}
      <FormField label={t.caseFile.noteLabel} error={errorOf('note')}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <ul className="mpa-returns-steps" aria-label={t.caseFile.nextSteps}>{allowed.map(step)}</ul>
    </div>
  );
}
