import { CheckboxGroup, DateInput, RadioGroup, TextAreaField } from '@mpa/ui';
import type { RiskLevel, VulnerabilityFactor } from '../__generated__/graphql.js';
import { CaseForm, useCaseRecord, type CaseRecordProps } from '../forms/case-form.component.js';
import { recordScreeningMutation } from '../registration.documents.js';
import {
  assistanceNeeds, determinantLevels, emptyScreeningForm, factorsByLevel, kindOf, protectionFactors, screeningFields, screeningInput, validateScreening,
} from './screening-form.helpers.js';

const riskLevels: readonly RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH'];

/**
 * The vulnerability screening: the determinants found at each level, the overall assessment
 * and the needs, for the assistance and protection teams to act on.
 */
export function RecordScreening(props: CaseRecordProps) {
  const { t, day, form, set, problems, loading, submit } = useCaseRecord(recordScreeningMutation, props, {
    empty: emptyScreeningForm,
    fields: screeningFields,
    validate: validateScreening,
    input: (values, key) => screeningInput(props.migrantId, values, key),
    saved: (_values, messages) => messages.screening.recorded,
  });
  const marksProtection = form.factors.some((factor) => protectionFactors.includes(factor));

  const factorLabel = (factor: VulnerabilityFactor) =>
    kindOf(factor) === 'PROTECTIVE' ? `${t.screening.factor[factor]} (${t.screening.kind.PROTECTIVE})` : t.screening.factor[factor];
  return (
    <CaseForm label={t.screening.formHeading} problems={problems} loading={loading} saveLabel={t.screening.save} onSubmit={submit} onCancel={props.onDone}>
      <DateInput label={t.screening.fields.screenedOn} required value={form.screenedOn} max={day} error={problems.errorOf('screenedOn')} onChange={(value) => set('screenedOn', value)} />
      <h4>{t.screening.fields.factors}</h4>
      {problems.errorOf('factors') !== null && <p className="field-error">{problems.errorOf('factors')}</p>}
      {determinantLevels.map((level) => (
        <CheckboxGroup
          key={level}
          legend={t.screening.level[level]}
          options={factorsByLevel[level].map((factor) => ({ value: factor, label: factorLabel(factor) }))}
          value={form.factors.filter((factor) => factorsByLevel[level].includes(factor))}
          onChange={(chosen) => set('factors', [...form.factors.filter((factor) => !factorsByLevel[level].includes(factor)), ...chosen])}
        />
      ))}
      {marksProtection && <p className="alert" role="status">{t.screening.protectionHint}</p>}
      <RadioGroup
        legend={t.screening.fields.assessment}
        required
        options={riskLevels.map((level) => ({ value: level, label: t.riskLevel[level] }))}
        value={form.assessment}
        error={problems.errorOf('assessment')}
        onChange={(value) => set('assessment', value)}
      />
      <CheckboxGroup
        legend={t.screening.fields.needs}
        options={assistanceNeeds.map((need) => ({ value: need, label: t.need[need] }))}
        value={form.needs}
        error={problems.errorOf('needs')}
        onChange={(value) => set('needs', value)}
      />
      <TextAreaField label={t.screening.fields.note} value={form.note} error={problems.errorOf('note')} onChange={(e) => set('note', e.target.value)} />
    </CaseForm>
  );
}
