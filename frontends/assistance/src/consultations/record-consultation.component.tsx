import { useSiteMutation } from '@mpa/graphql';
import { DateInput, FormField, SelectField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import { isoDay, useIdempotencyKey } from '../forms/form.helpers.js';
import { ServiceForm, useServiceForm } from '../forms/service-form.component.js';
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
  const [consultation, setConsultation] = useState<ConsultationForm>(() => emptyConsultation(day));
  const idempotency = useIdempotencyKey(newKey);
  const [record] = useSiteMutation(recordConsultationMutation, { refetchQueries: ['MigrantConsultations'] });
  const form = useServiceForm<ConsultationField>({
    fieldPaths: consultationFieldPaths,
    expected: { FORBIDDEN: t.consultationForbidden, CONSENT_REQUIRED: t.medicalConsentRequired },
    validate: () => validateConsultation(consultation, day, t),
    send: async () => {
      await record({ variables: { input: consultationInput(consultation, migrantId, idempotency.key) } });
      toast.show(t.consultationRecorded);
      setConsultation(emptyConsultation(day));
      idempotency.renew();
    },
  });
  const set = <K extends keyof ConsultationForm>(field: K, value: ConsultationForm[K]) => setConsultation((current) => ({ ...current, [field]: value }));

  const text = (field: 'presentingComplaint' | 'facility', required = false) => (
    <TextField label={f[field]} required={required} maxLength={consultationLimits[field]} autoComplete="off" value={consultation[field]} error={form.errorOf(field)} onChange={(e) => set(field, e.target.value)} />
  );
  const area = (field: 'observations' | 'treatmentGiven' | 'medication' | 'reason' | 'followUpNotes', required = false) => (
    <FormField label={f[field]} required={required} error={form.errorOf(field)}>
      {(control) => <textarea {...control} rows={2} maxLength={consultationLimits[field]} value={consultation[field]} onChange={(e) => set(field, e.target.value)} />}
    </FormField>
  );
  return (
    <ServiceForm id="mpa-assistance-record-consultation" title={t.recordConsultationHeading} form={form} submitLabel={t.recordConsultation} sendingLabel={t.recordingConsultation}>
      <DateInput label={f.consultedOn} required value={consultation.consultedOn} max={day} error={form.errorOf('consultedOn')} onChange={(value) => set('consultedOn', value)} />
      {text('presentingComplaint', true)}
      {area('observations')}
      {area('treatmentGiven')}
      {area('medication')}
      <FormField label={f.refer}>
        {(control) => <input type="checkbox" {...control} required={false} checked={consultation.refer} onChange={(e) => set('refer', e.target.checked)} />}
      </FormField>
      {consultation.refer && (
        <>
          {text('facility', true)}
          {area('reason', true)}
          <SelectField label={f.urgency} required error={form.errorOf('urgency')} placeholder={t.choose} options={urgencies.map((u) => ({ value: u, label: t.urgency[u] }))} value={consultation.urgency} onChange={(value) => set('urgency', value)} />
        </>
      )}
      <DateInput label={f.followUpOn} value={consultation.followUpOn} min={consultation.consultedOn} error={form.errorOf('followUpOn')} onChange={(value) => set('followUpOn', value)} />
      {area('followUpNotes')}
    </ServiceForm>
  );
}
