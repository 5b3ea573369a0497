import { DateInput, RadioGroup, SelectField, TextField } from '@mpa/ui';
import type { ConsentPurpose } from '../__generated__/graphql.js';
import { CaseForm, useCaseRecord, type CaseRecordProps } from '../forms/case-form.component.js';
import { recordConsentMutation } from '../registration.documents.js';
import { consentFields, consentInput, consentPurposes, emptyConsentForm, validateConsent } from './consent-form.helpers.js';

/** Records a consent for one purpose; a child's is given by a guardian, named with their relationship. */
export function RecordConsent({ child, inForce, ...props }: CaseRecordProps & {
  /** Under 18 (or of unknown age and registered as a child). */
  child: boolean;
  /** The purposes with a consent in force: a second one is refused. */
  inForce: readonly ConsentPurpose[];
}) {
  const { t, day, form, set, problems, loading, submit } = useCaseRecord(recordConsentMutation, props, {
    empty: (today) => emptyConsentForm(today, child),
    fields: consentFields,
    validate: (values, today, messages) => validateConsent(values, { today, child }, messages),
    input: (values, key) => consentInput(props.migrantId, values, key),
    saved: (values, messages) => messages.consent.recorded(messages.consent.purpose[values.purpose as ConsentPurpose]),
  });
  const open = consentPurposes.filter((purpose) => !inForce.includes(purpose));

  return (
    <CaseForm label={t.consent.formHeading} problems={problems} loading={loading} saveLabel={t.consent.save} onSubmit={submit} onCancel={props.onDone}>
      <SelectField
        label={t.consent.fields.purpose}
        required
        error={problems.errorOf('purpose')}
        placeholder={t.choose}
        options={open.map((purpose) => ({ value: purpose, label: t.consent.purpose[purpose] }))}
        value={form.purpose}
        onChange={(value) => set('purpose', value)}
      />
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
