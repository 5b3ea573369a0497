import { useSiteMutation } from '@mpa/graphql';
import { DateInput, FormField, FormProblems, Link, navigate, Page, SelectField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import { useAwarenessMessages } from '../messages.js';
import { paths, topics } from '../routes.js';
import { AttendanceFields } from './attendance-fields.component.js';
import {
  attendanceTotal, emptySession, lastPlannableDay, planInput, sessionInput, validateSession,
  type SessionField, type SessionForm, type SessionMode,
} from './session-form.helpers.js';
import { planAwarenessSessionMutation, recordAwarenessSessionMutation } from './sessions.documents.js';
import { useSessionSubmit } from './use-session-submit.js';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A community session: recorded once held (with the attendance grid, counts only), or planned
 * for a coming day (its attendance recorded when it has been held).
 */
export function RecordSession({ mode = 'record', today = new Date(), newKey = () => crypto.randomUUID() }: { mode?: SessionMode; today?: Date; newKey?: () => string }) {
  const t = useAwarenessMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<SessionForm>(() => emptySession(day));
  const sending = useSessionSubmit();
  const { errors } = sending;
  // One key per session: a retry after a lost answer never records it twice.
  const [idempotencyKey] = useState(newKey);
  const [record, recording] = useSiteMutation(recordAwarenessSessionMutation, { refetchQueries: ['AwarenessSessions'] });
  const [plan, planning] = useSiteMutation(planAwarenessSessionMutation, { refetchQueries: ['AwarenessSessions'] });
  const loading = recording.loading || planning.loading;
  const set = <K extends keyof SessionForm>(field: K, value: SessionForm[K]) => setForm((current) => ({ ...current, [field]: value }));
  const errorOf = (field: SessionField) => errors[field] ?? null;

  const submit = () =>
    sending.submit(validateSession(form, mode, day, t), async () => {
      if (mode === 'plan') {
        await plan({ variables: { input: planInput(form, idempotencyKey) } });
        toast.show(t.planned(form.place.trim()));
      } else {
        const { data } = await record({ variables: { input: sessionInput(form, idempotencyKey) } });
        toast.show(t.recorded(data?.site.recordAwarenessSession.session.attendance.total ?? attendanceTotal(form.counts)));
      }
      navigate(paths.history());
    });

  return (
    <Page title={mode === 'plan' ? t.planHeading : t.recordHeading} description={mode === 'plan' ? t.planHint : t.recordHint} focusOnMount>
      <FormProblems count={Object.keys(errors).length} failure={sending.failure} summary={sending.summary} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!loading) void submit();
        }}
      >
        <SelectField label={t.fields.topic} required error={errorOf('topic')} placeholder={t.choose} options={topics.map((topic) => ({ value: topic, label: t.topic[topic] }))} value={form.topic} onChange={(value) => set('topic', value)} />
        {form.topic === 'OTHER' && <TextField label={t.fields.topicOther} required maxLength={200} value={form.topicOther} error={errorOf('topicOther')} onChange={(e) => set('topicOther', e.target.value)} />}
        <TextField label={t.fields.place} required maxLength={200} value={form.place} error={errorOf('place')} onChange={(e) => set('place', e.target.value)} />
        {mode === 'plan' ? (
          <DateInput label={t.fields.plannedOn} required value={form.heldOn} min={day} max={lastPlannableDay(day)} error={errorOf('heldOn')} onChange={(value) => set('heldOn', value)} />
        ) : (
          <DateInput label={t.fields.heldOn} required value={form.heldOn} max={day} error={errorOf('heldOn')} onChange={(value) => set('heldOn', value)} />
        )}
        <TextField label={t.fields.facilitator} required maxLength={200} value={form.facilitator} error={errorOf('facilitator')} onChange={(e) => set('facilitator', e.target.value)} />
        {mode === 'record' && <AttendanceFields counts={form.counts} errors={errors} onChange={(counts) => set('counts', counts)} />}
        <FormField label={t.fields.notes} error={errorOf('notes')}>
          {(control) => <textarea {...control} rows={3} maxLength={4000} value={form.notes} onChange={(e) => set('notes', e.target.value)} />}
        </FormField>
        <p>
          <button type="submit" className="primary" aria-disabled={loading}>{loading ? t.submitting : mode === 'plan' ? t.planSubmit : t.submit}</button>{' '}
          <Link to={paths.history()}>{t.cancel}</Link>
        </p>
      </form>
    </Page>
  );
}
