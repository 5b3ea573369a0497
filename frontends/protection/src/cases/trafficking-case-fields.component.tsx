import { CheckboxGroup, choicesOf, DateInput, FormField, SelectField, TextField } from '@mpa/ui';
import { useProtectionMessages } from '../messages.js';
import { emptyPlanItem, type PlanItemForm, type TraffickingCaseForm } from './trafficking-case.helpers.js';

/** The fields of a trafficking screening: indicators, identification and the assistance plan. */
export function TraffickingCaseFields({ form, onChange, errorOf, today }: {
  form: TraffickingCaseForm;
  onChange: (form: TraffickingCaseForm) => void;
  errorOf: (field: string) => string | null;
  today: string;
}) {
  const t = useProtectionMessages();
  const f = t.fields;
  const set = <K extends keyof TraffickingCaseForm>(key: K, value: TraffickingCaseForm[K]) => onChange({ ...form, [key]: value });
  const setItem = (index: number, item: Partial<PlanItemForm>) => set('plan', form.plan.map((current, i) => (i === index ? { ...current, ...item } : current)));
  return (
    <>
      <DateInput label={f.screenedOn} required value={form.screenedOn} max={today} error={errorOf('screenedOn')} onChange={(value) => set('screenedOn', value)} />
      <fieldset>
        <legend>{t.vot.indicatorsHeading}</legend>
        <p className="hint">{t.vot.indicatorsHint}</p>
        <CheckboxGroup legend={f.act} value={form.act} options={choicesOf(t.traffickingAct)} error={errorOf('actIndicators')} onChange={(values) => set('act', values)} />
        <CheckboxGroup legend={f.means} value={form.means} options={choicesOf(t.traffickingMeans)} error={errorOf('meansIndicators')} onChange={(values) => set('means', values)} />
        <CheckboxGroup legend={f.purpose} value={form.purpose} options={choicesOf(t.traffickingPurpose)} error={errorOf('purposeIndicators')} onChange={(values) => set('purpose', values)} />
        {form.purpose.includes('OTHER') && (
          <TextField label={f.purposeOther} required value={form.purposeOther} error={errorOf('purposeOther')} onChange={(e) => set('purposeOther', e.target.value)} />
        )}
      </fieldset>
      <FormField label={f.screeningNotes} error={errorOf('screeningNotes')}>
        {(control) => <textarea {...control} required={false} rows={4} value={form.screeningNotes} onChange={(e) => set('screeningNotes', e.target.value)} />}
      </FormField>
      <fieldset>
        <legend>{t.vot.identificationHeading}</legend>
        <SelectField label={f.identification} required value={form.decision} options={choicesOf(t.identification)} error={errorOf('identification.decision')} onChange={(value) => value !== '' && set('decision', value)} />
        {form.decision !== 'PENDING' && (
          <>
            <DateInput label={f.decidedOn} required value={form.decidedOn} max={today} error={errorOf('identification.decidedOn')} onChange={(value) => set('decidedOn', value)} />
            <TextField label={f.decidedBy} required value={form.decidedBy} error={errorOf('identification.decidedBy')} onChange={(e) => set('decidedBy', e.target.value)} />
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>{t.vot.planHeading}</legend>
        {errorOf('assistancePlan') !== null && <p className="field-error">{errorOf('assistancePlan')}</p>}
        {form.plan.length === 0 && <p className="hint">{t.vot.noPlan}</p>}
        <ol>
          {form.plan.map((item, i) => (
            <li key={i}>
              <TextField label={t.vot.itemDescription(i + 1)} required value={item.description} error={errorOf(`assistancePlan.${i}.description`)} onChange={(e) => setItem(i, { description: e.target.value })} />
              <SelectField label={t.vot.itemStatus(i + 1)} required value={item.status} options={choicesOf(t.planItemStatus)} onChange={(value) => value !== '' && setItem(i, { status: value })} />
              <DateInput label={t.vot.itemDue(i + 1)} value={item.dueOn} error={errorOf(`assistancePlan.${i}.dueOn`)} onChange={(value) => setItem(i, { dueOn: value })} />
              <button type="button" onClick={() => set('plan', form.plan.filter((_, j) => j !== i))}>{t.vot.removeItem(i + 1)}</button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => set('plan', [...form.plan, emptyPlanItem()])}>{t.vot.addItem}</button>
      </fieldset>
    </>
  );
}
