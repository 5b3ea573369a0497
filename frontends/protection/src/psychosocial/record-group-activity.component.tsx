import { useSiteMutation } from '@mpa/graphql';
import { choicesOf, DateInput, FormField, Link, navigate, Page, SelectField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import { recordMhpssGroupActivityMutation } from '../documents/mhpss.documents.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { MigrantPicker } from '../shared/migrant-picker.component.js';
import { RecordForm } from '../shared/record-form.component.js';
import { formState, useSubmission } from '../shared/submission.js';
import { isoDay } from '../shared/today.js';
import { emptyGroupActivity, groupActivityInput, validateGroupActivity, type GroupActivityForm } from './mhpss.helpers.js';

/** Records a group activity and who came: migrants are added one by one with the centre's search. */
export function RecordGroupActivity({ site, today = new Date(), newKey = () => crypto.randomUUID() }: { site: string; today?: Date; newKey?: () => string }) {
  const t = useProtectionMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<GroupActivityForm>(() => emptyGroupActivity(day));
  const [idempotencyKey] = useState(newKey);
  const [record, { loading }] = useSiteMutation(recordMhpssGroupActivityMutation, { site });
  const submission = useSubmission(
    (f: GroupActivityForm) => validateGroupActivity(f, day, t),
    async (f) => {
      const { data } = await record({ variables: { input: groupActivityInput(f, idempotencyKey) } });
      const activity = data?.site.recordMhpssGroupActivity.activity;
      if (activity === undefined) throw new Error('no activity in the answer');
      toast.show(t.mhpss.activityRecorded(activity.attendance));
      navigate(paths.psychosocial());
    },
  );
  const set = <K extends keyof GroupActivityForm>(key: K, value: GroupActivityForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  return (
    <Page title={t.mhpss.recordActivityHeading} focusOnMount>
      <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(form)} submitLabel={t.mhpss.saveActivity} cancel={<Link to={paths.psychosocial()}>{t.cancel}</Link>}>
        <SelectField label={t.fields.activityType} required value={form.type} options={choicesOf(t.activityType)} placeholder={t.choose} error={submission.errorOf('type')} onChange={(value) => set('type', value)} />
        <DateInput label={t.fields.heldOn} required value={form.heldOn} max={day} error={submission.errorOf('heldOn')} onChange={(value) => set('heldOn', value)} />
        <TextField label={t.fields.facilitator} required value={form.facilitator} error={submission.errorOf('facilitator')} onChange={(e) => set('facilitator', e.target.value)} />
        <FormField label={t.fields.notes} error={submission.errorOf('notes')}>
          {(control) => <textarea {...control} required={false} rows={3} value={form.notes} onChange={(e) => set('notes', e.target.value)} />}
        </FormField>
        <fieldset>
          <legend>{t.mhpss.attendeesHeading}</legend>
          {submission.errorOf('attendees') !== null && <p className="field-error">{submission.errorOf('attendees')}</p>}
          {form.attendees.length === 0 ? (
            <p className="hint">{t.mhpss.noAttendees}</p>
          ) : (
            <ul>
              {form.attendees.map((attendee, i) => (
                <li key={attendee.migrant.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={attendee.attended}
                      onChange={(e) => set('attendees', form.attendees.map((a, j) => (j === i ? { ...a, attended: e.target.checked } : a)))}
                    />{' '}
                    {t.mhpss.came(attendee.migrant.fullName)}
                  </label>{' '}
                  {submission.errorOf(`attendees.${i}.migrantId`) !== null && <span className="field-error">{submission.errorOf(`attendees.${i}.migrantId`)}</span>}{' '}
                  <button type="button" onClick={() => set('attendees', form.attendees.filter((_, j) => j !== i))}>{t.mhpss.removeAttendee(attendee.migrant.fullName)}</button>
                </li>
              ))}
            </ul>
          )}
          <MigrantPicker
            site={site}
            label={t.mhpss.addAttendee}
            chosen={null}
            onChoose={(migrant) => {
              if (migrant !== null && !form.attendees.some((a) => a.migrant.id === migrant.id)) set('attendees', [...form.attendees, { migrant, attended: true }]);
            }}
          />
        </fieldset>
      </RecordForm>
    </Page>
  );
}
