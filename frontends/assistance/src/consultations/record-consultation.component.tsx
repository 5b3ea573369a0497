import { useSiteMutation } from '@mpa/graphql';
import { DateInput, FormField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import { FormProblems } from '../forms/form-problems.component.js';
import { isoDay, refusalMessage, serverFieldErrors, useFormState, useIdempotencyKey } from '../forms/form.helpers.js';
import { useAssistanceMessages } from '../messages.js';
import {
  consultationFieldPaths, consultationInput, consultationLimits, emptyConsultation, validateConsultation,
  type ConsultationField, type ConsultationForm,
} from './consultation-form.helpers.js';
import { recordConsultationMutation } from './consultations.documents.js';

const urgencies = ['ROUTINE', 'URGENT', 'EMERGENCY'] as const;

/** Records a consultation: checked here first, then by the site (its refusals shown in place). */
export function RecordConsultation({ migrantId, today = new Date(), newKey = () => crypto.randomUUID() }: { migrantId: string; today?: Date; newKey?: () => string }) {
  const t = useAssistanceMessages();
  const f = t.consultationFields;
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<ConsultationForm>(() => emptyConsultation(day));
  const state = useFormState<ConsultationField>();
  const idempotency = useIdempotencyKey(newKey);
  const [record, { loading }] = useSiteMutation(recordConsultationMutation, { refetchQueries: ['MigrantConsultations'] });
  const set = <K extends keyof ConsultationForm>(field: K, value: ConsultationForm[K]) => setForm((current) => ({ ...current, [field]: value }));

  async function submit() {
    const problems = validateConsultation(form, day, t);
    state.setErrors(problems);
    state.setFailure(null);
    if (Object.keys(problems).length > 0) return state.focusSummary();
    try {
      await record({ variables: { input: consultationInput(form, migrantId, idempotency.key) } });
      toast.show(t.consultationRecorded);
      setForm(emptyConsultation(day));
      idempotency.renew();
    } catch (error) {
      const { errors, unplaced } = serverFieldErrors(error, consultationFieldPaths, t);
      state.setErrors(errors);
      const placed = Object.keys(errors).length > 0 && unplaced.length === 0;
      state.setFailure(placed ? null : refusalMessage(error, t, { FORBIDDEN: t.consultationForbidden, CONSENT_REQUIRED: t.medicalConsentRequired }));
      state.focusSummary();
    }
  }

  const text = (field: 'presentingComplaint' | 'facility', required = false) => (
    <TextField label={f[field]} required={required} maxLength={consultationLimits[field]} autoComplete="off" value={form[field]} error={state.errorOf(field)} onChange={(e) => set(field, e.target.value)} />
  );
  const area = (field: 'observations' | 'treatmentGiven' | 'medication' | 'reason' | 'followUpNotes', required = false) => (
    <FormField label={f[field]} required={required} error={state.errorOf(field)}>
      {(control) => <textarea {...control} rows={2} maxLength={consultationLimits[field]} value={form[field]} onChange={(e) => set(field, e.target.value)} />}
    </FormField>
  );
  return (
    <form
      noValidate
      aria-labelledby="mpa-assistance-record-consultation"
      onSubmit={(event) => {
        event.preventDefault();
        if (!loading) void submit();
      }}
    >
      <h4 id="mpa-assistance-record-consultation">{t.recordConsultationHeading}</h4>
      <FormProblems count={Object.keys(state.errors).length} failure={state.failure} summary={state.summary} />
      <DateInput label={f.consultedOn} required value={form.consultedOn} max={day} error={state.errorOf('consultedOn')} onChange={(value) => set('consultedOn', value)} />
      {text('presentingComplaint', true)}
      {area('observations')}
      {area('treatmentGiven')}
      {area('medication')}
      <FormField label={f.refer}>
        {(control) => <input type="checkbox" {...control} required={false} checked={form.refer} onChange={(e) => set('refer', e.target.checked)} />}
      </FormField>
      {form.refer && (
        <>
          {text('facility', true)}
          {area('reason', true)}
          <FormField label={f.urgency} required error={state.errorOf('urgency')}>
            {(control) => (
              <select {...control} value={form.urgency} onChange={(e) => set('urgency', e.target.value as ConsultationForm['urgency'])}>
                <option value="">{t.choose}</option>
                {urgencies.map((u) => <option key={u} value={u}>{t.urgency[u]}</option>)}
              </select>
            )}
          </FormField>
        </>
      )}
      <DateInput label={f.followUpOn} value={form.followUpOn} min={form.consultedOn} error={state.errorOf('followUpOn')} onChange={(value) => set('followUpOn', value)} />
      {area('followUpNotes')}
      <p>
        <button type="submit" className="primary" aria-disabled={loading}>{loading ? t.recordingConsultation : t.recordConsultation}</button>
      </p>
    </form>
  );
}
