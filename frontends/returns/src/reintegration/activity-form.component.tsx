import { useMutation } from '@mpa/graphql';
import { FormField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { AddReintegrationActivityInput, DeliveryModality, ReintegrationActivityType, ReintegrationDimension } from '../__generated__/graphql.js';
import { useReturnsMessages } from '../messages.js';
import { isAmount, isThreeLetterCode } from '../money.js';
import { useSubmission, type FieldErrors } from '../submission.js';
import { addReintegrationActivityMutation } from './reintegration.documents.js';

/** The activity types of each dimension (the API refuses a type of another dimension). */
export const activityTypes: Record<ReintegrationDimension, readonly ReintegrationActivityType[]> = {
  ECONOMIC: ['BUSINESS_START_UP', 'VOCATIONAL_TRAINING', 'JOB_PLACEMENT'],
  SOCIAL: ['HOUSING', 'EDUCATION', 'HEALTH', 'DOCUMENTATION'],
  PSYCHOSOCIAL: ['COUNSELLING', 'MHPSS'],
};
export const dimensions: readonly ReintegrationDimension[] = ['ECONOMIC', 'SOCIAL', 'PSYCHOSOCIAL'];
const modalities: readonly DeliveryModality[] = ['IN_KIND', 'CASH', 'BOTH'];

const emptyActivity = () => ({ dimension: 'ECONOMIC' as ReintegrationDimension, type: '' as ReintegrationActivityType | '', modality: 'IN_KIND' as DeliveryModality, description: '', amount: '', currency: 'USD', partner: '' });
type ActivityDraft = ReturnType<typeof emptyActivity>;

/** Adds an activity (planned) to a plan: its dimension and type, in kind or cash (cash needs an amount). */
export function ActivityForm({ planId, newKey = () => crypto.randomUUID() }: { planId: string; newKey?: () => string }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const p = t.plan;
  const [form, setForm] = useState(emptyActivity);
  const [key, setKey] = useState(newKey);
  const { submit, problems, errorOf, busy } = useSubmission();
  const [add] = useMutation(addReintegrationActivityMutation, { refetchQueries: ['ReintegrationPlan'] });
  const set = <K extends keyof ActivityDraft>(field: K, value: ActivityDraft[K]) => setForm((current) => ({ ...current, [field]: value }));

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (form.type === '') errors['type'] = t.required(p.type);
    const cash = form.modality !== 'IN_KIND';
    if (cash && form.amount.trim() === '') errors['amount'] = p.amountRequired;
    else if (form.amount.trim() !== '' && !isAmount(form.amount)) errors['amount'] = t.support.amountInvalid;
    if (form.amount.trim() !== '' && !isThreeLetterCode(form.currency)) errors['currency'] = t.support.currencyInvalid;
    return errors;
  }

  const input = (): AddReintegrationActivityInput => ({
    dimension: form.dimension,
    type: form.type as ReintegrationActivityType,
    modality: form.modality,
    idempotencyKey: key,
    ...(form.description.trim() === '' ? {} : { description: form.description.trim() }),
    ...(form.partner.trim() === '' ? {} : { partner: form.partner.trim() }),
    ...(form.amount.trim() === '' ? {} : { amount: Number(form.amount), currency: form.currency.trim().toUpperCase() }),
  });

  return (
    <form
      noValidate
      aria-label={p.addHeading}
      onSubmit={async (event) => {
        event.preventDefault();
        if (await submit(validate(), () => add({ variables: { planId, input: input() } }))) {
          toast.show(p.addedActivity);
          setForm(emptyActivity());
          setKey(newKey());
        }
      }}
    >
      {problems}
      <FormField label={p.dimension} required error={errorOf('dimension')}>
        {(control) => (
          <select {...control} value={form.dimension} onChange={(e) => setForm({ ...form, dimension: e.target.value as ReintegrationDimension, type: '' })}>
            {dimensions.map((d) => <option key={d} value={d}>{p.dimensions[d]}</option>)}
          </select>
        )}
      </FormField>
      <FormField label={p.type} required error={errorOf('type')}>
        {(control) => (
          <select {...control} value={form.type} onChange={(e) => set('type', e.target.value as ReintegrationActivityType)}>
            <option value="">{t.choose}</option>
            {activityTypes[form.dimension].map((type) => <option key={type} value={type}>{p.types[type]}</option>)}
          </select>
        )}
      </FormField>
      <FormField label={p.modality} required error={errorOf('modality')}>
        {(control) => (
          <select {...control} value={form.modality} onChange={(e) => set('modality', e.target.value as DeliveryModality)}>
            {modalities.map((m) => <option key={m} value={m}>{p.modalities[m]}</option>)}
          </select>
        )}
      </FormField>
      <TextField label={p.description} value={form.description} error={errorOf('description')} onChange={(e) => set('description', e.target.value)} />
      <TextField label={p.amount} hint={p.amountHint} inputMode="decimal" required={form.modality !== 'IN_KIND'} value={form.amount} error={errorOf('amount')} onChange={(e) => set('amount', e.target.value)} />
      <TextField label={p.currency} hint={t.support.currencyHint} maxLength={3} value={form.currency} error={errorOf('currency')} onChange={(e) => set('currency', e.target.value.toUpperCase())} />
      <TextField label={p.partner} value={form.partner} error={errorOf('partner')} onChange={(e) => set('partner', e.target.value)} />
      <p>
        <button type="submit" aria-disabled={busy}>{busy ? t.saving : p.add}</button>
      </p>
    </form>
  );
}
