import { CheckboxGroup, DateInput, TextAreaField, useToast } from '@mpa/ui';
import { useState } from 'react';
import { CaseForm, useCaseMutation } from '../forms/case-form.component.js';
import { refusalProblems, useFormProblems } from '../forms/form-problems.js';
import { isoDay } from '../forms/iso-day.js';
import { useRegistrationMessages } from '../messages.js';
import { recordCounsellingMutation } from '../registration.documents.js';
import {
  counsellingFields, counsellingInput, counsellingTopics, emptyCounsellingForm, validateCounselling, type CounsellingField, type CounsellingForm,
} from './counselling-form.helpers.js';

/** An individual counselling session the user held: when, on what, what came of it, when to meet again. */
export function RecordCounselling({ migrantId, onDone, today = new Date(), newKey = () => crypto.randomUUID() }: {
  migrantId: string;
  onDone: () => void;
  today?: Date;
  newKey?: () => string;
}) {
  const t = useRegistrationMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<CounsellingForm>(() => emptyCounsellingForm(day));
  const [idempotencyKey] = useState(newKey);
  const problems = useFormProblems<CounsellingField>();
  const [record, { loading }] = useCaseMutation(recordCounsellingMutation, migrantId);
  const set = <K extends CounsellingField>(field: K, value: CounsellingForm[K]) => setForm((current) => ({ ...current, [field]: value }));

  async function submit() {
    if (problems.show({ fields: validateCounselling(form, day, t), failure: null })) return;
    try {
      await record({ variables: { input: counsellingInput(migrantId, form, idempotencyKey) } });
      toast.show(t.counselling.recorded);
      onDone();
    } catch (error) {
      problems.show(refusalProblems(error, counsellingFields, { refused: t.saveRefused, failed: t.sendFailed }));
    }
  }

  return (
    <CaseForm label={t.counselling.formHeading} problems={problems} loading={loading} saveLabel={t.counselling.save} onSubmit={submit} onCancel={onDone}>
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
