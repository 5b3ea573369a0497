import { CheckboxGroup, DateInput, TextAreaField } from '@mpa/ui';
import { CaseForm, useCaseRecord, type CaseRecordProps } from '../forms/case-form.component.js';
import { recordCounsellingMutation } from '../registration.documents.js';
import { counsellingFields, counsellingInput, counsellingTopics, emptyCounsellingForm, validateCounselling } from './counselling-form.helpers.js';

/** An individual counselling session the user held: when, on what, what came of it, when to meet again. */
export function RecordCounselling(props: CaseRecordProps) {
  const { t, day, form, set, problems, loading, submit } = useCaseRecord(recordCounsellingMutation, props, {
    empty: emptyCounsellingForm,
    fields: counsellingFields,
    validate: validateCounselling,
    input: (values, key) => counsellingInput(props.migrantId, values, key),
    saved: (_values, messages) => messages.counselling.recorded,
  });

  return (
    <CaseForm label={t.counselling.formHeading} problems={problems} loading={loading} saveLabel={t.counselling.save} onSubmit={submit} onCancel={props.onDone}>
      <DateInput label={t.counselling.fields.heldOn} required value={form.heldOn} max={day} error={problems.errorOf('heldOn')} onChange={(value) => set('heldOn', value)} />
      <CheckboxGroup
        legend={t.counselling.fields.topics}
        required
        options={counsellingTopics.map((topic) => ({ value: topic, label: t.counselling.topic[topic] }))}
        value={form.topics}
        error={problems.errorOf('topics')}
        onChange={(value) => set('topics', value)}
      />
      <TextAreaField label={t.counselling.fields.outcome} value={form.outcome} error={problems.errorOf('outcome')} onChange={(e) => set('outcome', e.target.value)} />
      <DateInput
        label={t.counselling.fields.followUpOn}
        hint={t.counselling.followUpHint}
        value={form.followUpOn}
        min={form.heldOn}
        error={problems.errorOf('followUpOn')}
        onChange={(value) => set('followUpOn', value)}
      />
    </CaseForm>
  );
}
