import { useSiteMutation } from '@mpa/graphql';
import { DateInput, FormField, FormProblems, useToast } from '@mpa/ui';
import { useState } from 'react';
import { useAwarenessMessages } from '../messages.js';
import { AttendanceFields } from './attendance-fields.component.js';
import { attendanceInput, dayError, noCounts, validateAttendance } from './session-form.helpers.js';
import { holdAwarenessSessionMutation } from './sessions.documents.js';
import { useSessionSubmit } from './use-session-submit.js';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A planned session has been held: its attendance (and the day, if it moved) is recorded; it becomes HELD. */
export function HoldSession({ session, onDone, today = new Date() }: {
  session: { id: string; version: number; heldOn: string; place: string };
  onDone: () => void;
  today?: Date;
}) {
  const t = useAwarenessMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [heldOn, setHeldOn] = useState(session.heldOn <= day ? session.heldOn : day);
  const [counts, setCounts] = useState(noCounts);
  const [notes, setNotes] = useState('');
  const sending = useSessionSubmit();
  const { errors } = sending;
  const [hold, { loading }] = useSiteMutation(holdAwarenessSessionMutation, { refetchQueries: ['AwarenessSessions'] });

  function submit() {
    const problems = validateAttendance(counts, t);
    const date = dayError('record', heldOn, day, t);
    if (date !== null) problems.heldOn = date;
    if (notes.trim().length > 4000) problems.notes = t.errors.tooLong(4000);
    return sending.submit(problems, async () => {
      const input = { heldOn, attendance: attendanceInput(counts), ...(notes.trim() === '' ? {} : { notes: notes.trim() }) };
      const { data } = await hold({ variables: { id: session.id, expectedVersion: session.version, input } });
      toast.show(t.recorded(data?.site.holdAwarenessSession.session.attendance.total ?? 0));
      onDone();
    });
  }

  return (
    <form
      noValidate
      aria-labelledby="mpa-awareness-hold"
      onSubmit={(event) => {
        event.preventDefault();
        if (!loading) void submit();
      }}
    >
      <h4 id="mpa-awareness-hold">{t.holdHeading(session.place)}</h4>
      <FormProblems count={Object.keys(errors).length} failure={sending.failure} summary={sending.summary} />
      <DateInput label={t.fields.heldOn} required value={heldOn} max={day} error={errors.heldOn ?? null} onChange={setHeldOn} />
      <AttendanceFields counts={counts} errors={errors} onChange={setCounts} />
      <FormField label={t.fields.notes} error={errors.notes ?? null}>
        {(control) => <textarea {...control} rows={2} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </FormField>
      <p>
        <button type="submit" className="primary" aria-disabled={loading}>{loading ? t.submitting : t.holdSubmit}</button>{' '}
        <button type="button" onClick={onDone}>{t.holdCancel}</button>
      </p>
    </form>
  );
}
