import { useMutation } from '@mpa/graphql';
import { DateInput, dateError, FormField, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { ReintegrationDimension, SustainabilityIndicator } from '../__generated__/graphql.js';
import { useReturnsMessages } from '../messages.js';
import { dimensions } from '../reintegration/activity-form.component.js';
import { useSubmission, type FieldErrors } from '../submission.js';
import { recordSurveyMutation } from './sustainability.documents.js';

/** The survey's 15 questions, five per dimension, in the order they are asked (and sent). */
export const indicators: Record<ReintegrationDimension, readonly SustainabilityIndicator[]> = {
  ECONOMIC: ['ECONOMIC_SATISFACTION', 'FOOD_SECURITY', 'EMPLOYMENT', 'DEBT_BURDEN', 'BORROWING_ABILITY'],
  SOCIAL: ['HOUSING', 'EDUCATION_ACCESS', 'HEALTH_ACCESS', 'DOCUMENTATION', 'SAFE_WATER'],
  PSYCHOSOCIAL: ['SUPPORT_NETWORK', 'COMMUNITY_PARTICIPATION', 'SENSE_OF_BELONGING', 'PSYCHOLOGICAL_WELLBEING', 'NO_PRESSURE_TO_REMIGRATE'],
};
const asked = dimensions.flatMap((dimension) => indicators[dimension]);
const values = ['1', '2', '3', '4', '5'];

/** One survey round: every indicator answered 1–5, the day it was conducted. */
export function SurveyForm({ caseId, round, today, newKey = () => crypto.randomUUID() }: { caseId: string; round: number; today: string; newKey?: () => string }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const s = t.surveys;
  const [conductedOn, setConductedOn] = useState(today);
  const [answers, setAnswers] = useState<Partial<Record<SustainabilityIndicator, string>>>({});
  const [idempotencyKey] = useState(newKey);
  const { submit, problems, errorOf, busy } = useSubmission();
  const [record] = useMutation(recordSurveyMutation, { refetchQueries: ['SustainabilitySurveys'] });

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    const day = dateError(conductedOn, { required: true, label: s.conductedOn, max: today });
    if (day !== null) errors['conductedOn'] = day;
    asked.forEach((indicator, i) => {
      if (answers[indicator] === undefined) errors[`answers.${i}.value`] = s.answerRequired;
    });
    return errors;
  }

  return (
    <form
      noValidate
      className="mpa-returns-survey"
      aria-label={s.record(s.roundLabel(round))}
      onSubmit={async (event) => {
        event.preventDefault();
        const input = { round, conductedOn, idempotencyKey, answers: asked.map((indicator) => ({ indicator, value: Number(answers[indicator]) })) };
        const sent = await submit(validate(), async () => (await record({ variables: { caseId, input } })).data?.recordSustainabilitySurvey.compositeScore);
        if (sent?.answer != null) toast.show(s.saved(t.score(sent.answer)));
      }}
    >
      <p className="hint">{s.answerHint}</p>
      {problems}
      <DateInput label={s.conductedOn} required max={today} value={conductedOn} error={errorOf('conductedOn')} onChange={setConductedOn} />
      {dimensions.map((dimension) => (
        <fieldset key={dimension}>
          <legend>{t.plan.dimensions[dimension]}</legend>
          {indicators[dimension].map((indicator) => {
            const i = asked.indexOf(indicator);
            return (
              <FormField key={indicator} label={s.indicators[indicator]} required error={errorOf(`answers.${i}.value`) ?? errorOf(`answers.${i}.indicator`)}>
                {(control) => (
                  <select {...control} value={answers[indicator] ?? ''} onChange={(e) => setAnswers({ ...answers, [indicator]: e.target.value })}>
                    <option value="">{t.choose}</option>
                    {values.map((value) => <option key={value} value={value}>{value}</option>)}
                  </select>
                )}
              </FormField>
            );
          })}
        </fieldset>
      ))}
      {errorOf('answers') !== null && <p className="field-error">{errorOf('answers')}</p>}
      <p>
        <button type="submit" className="primary" aria-disabled={busy}>{busy ? t.saving : s.submit}</button>
      </p>
    </form>
  );
}
