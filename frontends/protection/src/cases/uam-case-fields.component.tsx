import { choicesOf, DateInput, FormField, SelectField, TextField } from '@mpa/ui';
import { useProtectionMessages } from '../messages.js';
import type { UamCaseForm } from './uam-case.helpers.js';

/** The fields of a UAM case: separation, family tracing, best interests, guardian, escort. */
export function UamCaseFields({ form, onChange, errorOf, today, opening }: {
  form: UamCaseForm;
  onChange: (form: UamCaseForm) => void;
  errorOf: (field: string) => string | null;
  today: string;
  /** The opening date is set when the case is opened. */
  opening: boolean;
}) {
  const t = useProtectionMessages();
  const f = t.fields;
  const set = <K extends keyof UamCaseForm>(key: K, value: UamCaseForm[K]) => onChange({ ...form, [key]: value });
  const setPart = <K extends 'assessment' | 'determination' | 'guardian'>(key: K, field: keyof UamCaseForm[K], value: string) =>
    onChange({ ...form, [key]: { ...form[key], [field]: value } });
  return (
    <>
      <SelectField label={f.separation} required value={form.separation} options={choicesOf(t.separation)} placeholder={t.choose} error={errorOf('separation')} onChange={(value) => set('separation', value)} />
      {opening && <DateInput label={f.openedOn} required value={form.openedOn} max={today} error={errorOf('openedOn')} onChange={(value) => set('openedOn', value)} />}
      <SelectField label={f.familyTracingStatus} required value={form.familyTracingStatus} options={choicesOf(t.tracingStatus)} error={errorOf('familyTracingStatus')} onChange={(value) => value !== '' && set('familyTracingStatus', value)} />
      <fieldset>
        <legend>{t.uam.assessmentHeading}</legend>
        <p className="hint">{t.uam.partHint}</p>
        <DateInput label={f.assessedOn} value={form.assessment.assessedOn} max={today} error={errorOf('bestInterestsAssessment.assessedOn')} onChange={(value) => setPart('assessment', 'assessedOn', value)} />
        <FormField label={f.findings} error={errorOf('bestInterestsAssessment.findings')}>
          {(control) => <textarea {...control} required={false} rows={4} value={form.assessment.findings} onChange={(e) => setPart('assessment', 'findings', e.target.value)} />}
        </FormField>
        <TextField label={f.assessedBy} value={form.assessment.assessedBy} error={errorOf('bestInterestsAssessment.assessedBy')} onChange={(e) => setPart('assessment', 'assessedBy', e.target.value)} />
      </fieldset>
      <fieldset>
        <legend>{t.uam.determinationHeading}</legend>
        <p className="hint">{t.uam.partHint}</p>
        <TextField label={f.decision} value={form.determination.decision} error={errorOf('bestInterestsDetermination.decision')} onChange={(e) => setPart('determination', 'decision', e.target.value)} />
        <DateInput label={f.decidedOn} value={form.determination.decidedOn} max={today} error={errorOf('bestInterestsDetermination.decidedOn')} onChange={(value) => setPart('determination', 'decidedOn', value)} />
        <TextField label={f.panel} value={form.determination.panel} error={errorOf('bestInterestsDetermination.panel')} onChange={(e) => setPart('determination', 'panel', e.target.value)} />
      </fieldset>
      <fieldset>
        <legend>{t.uam.guardianHeading}</legend>
        <p className="hint">{t.uam.partHint}</p>
        <TextField label={f.guardianName} value={form.guardian.name} error={errorOf('guardian.name')} onChange={(e) => setPart('guardian', 'name', e.target.value)} />
        <TextField label={f.guardianRelationship} hint={t.uam.relationshipHint} value={form.guardian.relationship} error={errorOf('guardian.relationship')} onChange={(e) => setPart('guardian', 'relationship', e.target.value)} />
        <TextField label={f.guardianContact} value={form.guardian.contact} error={errorOf('guardian.contact')} onChange={(e) => setPart('guardian', 'contact', e.target.value)} />
        <DateInput label={f.appointedOn} value={form.guardian.appointedOn} max={today} error={errorOf('guardian.appointedOn')} onChange={(value) => setPart('guardian', 'appointedOn', value)} />
      </fieldset>
      <FormField label={f.escortNeeds} hint={t.uam.escortHint} error={errorOf('escortNeeds')}>
        {(control) => <textarea {...control} required={false} rows={2} value={form.escortNeeds} onChange={(e) => set('escortNeeds', e.target.value)} />}
      </FormField>
    </>
  );
}
