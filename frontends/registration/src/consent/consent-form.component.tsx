import { DateInput, FormField, RadioGroup, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import { CaseForm, useCaseMutation } from '../forms/case-form.component.js';
import { refusalProblems, useFormProblems } from '../forms/form-problems.js';
import { useRegistrationMessages } from '../messages.js';
import { recordConsentMutation } from '../registration.documents.js';
import type { ConsentPurpose } from '../__generated__/graphql.js';
import { consentFields, consentInput, consentPurposes, emptyConsentForm, validateConsent, type ConsentField, type ConsentForm } from './consent-form.helpers.js';
import { isoDay } from '../forms/iso-day.js';

/** Records a consent for one purpose; a child's is given by a guardian, named with their relationship. */
export function RecordConsent({ migrantId, child, inForce, onDone, today = new Date(), newKey = () => crypto.randomUUID() }: {
  migrantId: string;
  /** Under 18 (or of unknown age and registered as a child). */
  child: boolean;
  /** The purposes with a consent in force: a second one is refused. */
  inForce: readonly ConsentPurpose[];
  onDone: () => void;
  today?: Date;
  newKey?: () => string;
}) {
  const t = useRegistrationMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<ConsentForm>(() => emptyConsentForm(day, child));
  const [idempotencyKey] = useState(newKey);
  const problems = useFormProblems<ConsentField>();
  const [record, { loading }] = useCaseMutation(recordConsentMutation, migrantId);
  const set = <K extends ConsentField>(field: K, value: ConsentForm[K]) => setForm((current) => ({ ...current, [field]: value }));
  const open = consentPurposes.filter((purpose) => !inForce.includes(purpose));

  async function submit() {
    if (problems.show({ fields: validateConsent(form, { today: day, child }, t), failure: null })) return;
    try {
      await record({ variables: { input: consentInput(migrantId, form, idempotencyKey) } });
      toast.show(t.consent.recorded(t.consent.purpose[form.purpose as ConsentPurpose]));
      onDone();
    } catch (error) {
      problems.show(refusalProblems(error, consentFields, { refused: t.saveRefused, failed: t.sendFailed }));
    }
  }

  return (
    <CaseForm label={t.consent.formHeading} problems={problems} loading={loading} saveLabel={t.consent.save} onSubmit={submit} onCancel={onDone}>
      <FormField label={t.consent.fields.purpose} required error={problems.errorOf('purpose')}>
        {(control) => (
          <select {...control} value={form.purpose} onChange={(e) => set('purpose', e.target.value as ConsentPurpose)}>
            <option value="">{t.choose}</option>
            {open.map((purpose) => <option key={purpose} value={purpose}>{t.consent.purpose[purpose]}</option>)}
          </select>
        )}
      </FormField>
      <RadioGroup
        legend={t.consent.fields.givenBy}
        required
        hint={child ? t.consent.childHint : undefined}
        options={[{ value: 'MIGRANT', label: t.consent.giver.MIGRANT }, { value: 'GUARDIAN', label: t.consent.giver.GUARDIAN }]}
        value={form.givenBy}
        error={problems.errorOf('givenBy')}
        onChange={(value) => set('givenBy', value)}
      />
      {form.givenBy === 'GUARDIAN' && (
        <>
          <TextField label={t.consent.fields.guardianName} required autoComplete="off" value={form.guardianName} error={problems.errorOf('guardianName')} onChange={(e) => set('guardianName', e.target.value)} />
          <TextField
            label={t.consent.fields.guardianRelationship}
            required
            hint={t.consent.relationshipHint}
            autoComplete="off"
            value={form.guardianRelationship}
            error={problems.errorOf('guardianRelationship')}
            onChange={(e) => set('guardianRelationship', e.target.value)}
          />
        </>
      )}
      <DateInput label={t.consent.fields.givenOn} required value={form.givenOn} max={day} error={problems.errorOf('givenOn')} onChange={(value) => set('givenOn', value)} />
    </CaseForm>
  );
}
