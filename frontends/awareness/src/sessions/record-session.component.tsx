import { fieldErrorsOf, graphQLErrorsOf, useSiteMutation } from '@mpa/graphql';
import { DateInput, FormField, Link, Page, TextField, navigate, useToast } from '@mpa/ui';
import { useRef, useState } from 'react';
import { useAwarenessMessages } from '../messages.js';
import { paths, topics } from '../routes.js';
import {
  ageGroups, attendanceTotal, countField, emptySession, isSessionField, sessionInput, sexes, validateSession,
  type SessionErrors, type SessionField, type SessionForm,
} from './session-form.helpers.js';
import { recordAwarenessSessionMutation } from './sessions.documents.js';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Records a community session: topic, place, date, facilitator and the attendance grid (counts only). */
export function RecordSession({ today = new Date(), newKey = () => crypto.randomUUID() }: { today?: Date; newKey?: () => string }) {
  const t = useAwarenessMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<SessionForm>(() => emptySession(day));
  const [errors, setErrors] = useState<SessionErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  // One key per session: a retry after a lost answer never records it twice.
  const [idempotencyKey] = useState(newKey);
  const summary = useRef<HTMLDivElement>(null);
  const [record, { loading }] = useSiteMutation(recordAwarenessSessionMutation, { refetchQueries: ['AwarenessSessions'] });
  const set = <K extends keyof SessionForm>(field: K, value: SessionForm[K]) => setForm((current) => ({ ...current, [field]: value }));
  const errorOf = (field: SessionField) => errors[field] ?? null;

  async function submit() {
    const problems = validateSession(form, day, t);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length === 0) {
      try {
        const { data } = await record({ variables: { input: sessionInput(form, idempotencyKey) } });
        toast.show(t.recorded(data?.site.recordAwarenessSession.session.attendance.total ?? attendanceTotal(form)));
        navigate(paths.history());
        return;
      } catch (error) {
        const placed: SessionErrors = {};
        const unplaced: string[] = [];
        for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
          if (isSessionField(path)) placed[path] ??= t.serverField(message);
          else unplaced.push(message);
        }
        setErrors(placed);
        const refusal = graphQLErrorsOf(error)[0];
        if (refusal === undefined) setFailure(t.notSent);
        else if (refusal.extensions?.['code'] === 'FORBIDDEN') setFailure(t.forbidden);
        else if (Object.keys(placed).length === 0 || unplaced.length > 0) setFailure(t.refused(refusal.message));
      }
    }
    requestAnimationFrame(() => summary.current?.focus());
  }

  const problemCount = Object.keys(errors).length;
  const total = attendanceTotal(form);
  return (
    <Page title={t.recordHeading} description={t.recordHint} focusOnMount>
      <div ref={summary} tabIndex={-1} role={problemCount > 0 || failure !== null ? 'alert' : undefined} className={problemCount > 0 || failure !== null ? 'alert' : undefined}>
        {problemCount > 0 && <p>{t.formHasErrors(problemCount)}</p>}
        {failure !== null && <p>{failure}</p>}
      </div>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!loading) void submit();
        }}
      >
        <FormField label={t.fields.topic} required error={errorOf('topic')}>
          {(control) => (
            <select {...control} value={form.topic} onChange={(e) => set('topic', e.target.value as SessionForm['topic'])}>
              <option value="">{t.choose}</option>
              {topics.map((topic) => <option key={topic} value={topic}>{t.topic[topic]}</option>)}
            </select>
          )}
        </FormField>
        {form.topic === 'OTHER' && <TextField label={t.fields.topicOther} required maxLength={200} value={form.topicOther} error={errorOf('topicOther')} onChange={(e) => set('topicOther', e.target.value)} />}
        <TextField label={t.fields.place} required maxLength={200} value={form.place} error={errorOf('place')} onChange={(e) => set('place', e.target.value)} />
        <DateInput label={t.fields.heldOn} required value={form.heldOn} max={day} error={errorOf('heldOn')} onChange={(value) => set('heldOn', value)} />
        <TextField label={t.fields.facilitator} required maxLength={200} value={form.facilitator} error={errorOf('facilitator')} onChange={(e) => set('facilitator', e.target.value)} />
        <fieldset aria-describedby={errors.attendance === undefined ? undefined : 'mpa-awareness-attendance-error'}>
          <legend>{t.attendanceHeading}</legend>
          {errors.attendance !== undefined && <p id="mpa-awareness-attendance-error" className="field-error">{errors.attendance}</p>}
          {sexes.map((sex) => (
            <div key={sex} role="group" aria-label={t[sex]}>
              {ageGroups.map((group) => {
                const field = countField(sex, group);
                return (
                  <TextField
                    key={field}
                    label={t.countLabel(t[sex], t.ageGroups[group])}
                    inputMode="numeric"
                    autoComplete="off"
                    value={form.counts[field]}
                    error={errorOf(field)}
                    onChange={(e) => set('counts', { ...form.counts, [field]: e.target.value })}
                  />
                );
              })}
            </div>
          ))}
          <p role="status">{t.attendanceTotal(total)}</p>
        </fieldset>
        <FormField label={t.fields.notes} error={errorOf('notes')}>
          {(control) => <textarea {...control} rows={3} maxLength={4000} value={form.notes} onChange={(e) => set('notes', e.target.value)} />}
        </FormField>
        <p>
          <button type="submit" className="primary" aria-disabled={loading}>{loading ? t.submitting : t.submit}</button>{' '}
          <Link to={paths.history()}>{t.cancel}</Link>
        </p>
      </form>
    </Page>
  );
}
