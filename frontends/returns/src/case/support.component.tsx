import { useMutation } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { DataTable, DateInput, dateError, FormField, TextField, useLanguage, useToast, type Column } from '@mpa/ui';
import { useState } from 'react';
import type { AvrCaseFileQuery, RecordAvrSupportInput, SupportKind } from '../__generated__/graphql.js';
import { FormDisclosure } from '../form-disclosure.component.js';
import { useReturnsMessages } from '../messages.js';
import { isAmount, isThreeLetterCode, moneyText } from '../money.js';
import { useSubmission, type FieldErrors } from '../submission.js';
import { recordAvrSupportMutation } from './case.documents.js';

type CaseFile = NonNullable<AvrCaseFileQuery['avrCase']>;
type Support = CaseFile['support'][number];
const kinds: readonly SupportKind[] = ['DOCUMENT', 'TRANSPORT', 'POCKET_MONEY', 'TRAVEL_ALLOWANCE', 'OTHER'];
const needsMoney: readonly SupportKind[] = ['POCKET_MONEY', 'TRAVEL_ALLOWANCE'];

const emptyForm = (today: string) => ({ kind: '' as SupportKind | '', description: '', documentType: '', documentNumber: '', issuedOn: '', transportMode: '', amount: '', currency: 'USD', providedOn: today });
type SupportForm = ReturnType<typeof emptyForm>;

/** The documents obtained and the support given for the return, and the form to record one. */
export function SupportPart({ avrCase, canEdit, today, newKey = () => crypto.randomUUID() }: { avrCase: CaseFile; canEdit: boolean; today: string; newKey?: () => string }) {
  const t = useReturnsMessages();
  const language = useLanguage();
  const s = t.support;
  const columns: Column<Support>[] = [
    { header: s.columns.kind, cell: (row) => s.kinds[row.kind], rowHeader: true },
    {
      header: s.columns.what,
      cell: (row) =>
        [row.documentType, row.documentNumber, row.issuedOn == null ? null : format.date(row.issuedOn, language), row.transportMode, row.description].filter((part) => part != null && part !== '').join(' · '),
    },
    { header: s.columns.amount, cell: (row) => moneyText(row.money, language) ?? t.none, numeric: true },
    { header: s.columns.providedOn, cell: (row) => format.date(row.providedOn, language) },
  ];
  return (
    <section className="mpa-returns-part" aria-labelledby="mpa-returns-support">
      <h3 id="mpa-returns-support">{s.heading}</h3>
      {avrCase.support.length === 0 ? <p>{s.none}</p> : <DataTable caption={s.caption} columns={columns} rows={avrCase.support} rowKey={(row) => row.id} />}
      {canEdit && (
        <FormDisclosure title={s.record}>
          <SupportForm caseId={avrCase.id} today={today} newKey={newKey} />
        </FormDisclosure>
      )}
    </section>
  );
}

function validate(form: SupportForm, today: string, t: ReturnType<typeof useReturnsMessages>): FieldErrors {
  const s = t.support;
  const errors: FieldErrors = {};
  if (form.kind === '') errors['kind'] = t.required(s.kind);
  if (form.kind === 'DOCUMENT') {
    if (form.documentType.trim() === '') errors['documentType'] = t.required(s.documentType);
    if (form.documentNumber.trim() === '') errors['documentNumber'] = t.required(s.documentNumber);
    const issued = dateError(form.issuedOn, { required: true, label: s.issuedOn, max: today });
    if (issued !== null) errors['issuedOn'] = issued;
  }
  if (form.kind === 'TRANSPORT' && form.transportMode.trim() === '') errors['transportMode'] = t.required(s.transportMode);
  const wantsMoney = form.kind !== '' && needsMoney.includes(form.kind);
  if ((wantsMoney || form.amount.trim() !== '') && !isAmount(form.amount)) errors['amount'] = s.amountInvalid;
  if ((wantsMoney || form.amount.trim() !== '') && !isThreeLetterCode(form.currency)) errors['currency'] = s.currencyInvalid;
  const provided = dateError(form.providedOn, { required: true, label: s.providedOn, max: today });
  if (provided !== null) errors['providedOn'] = provided;
  return errors;
}

function supportInput(form: SupportForm, idempotencyKey: string): RecordAvrSupportInput {
  return {
    kind: form.kind as SupportKind,
    providedOn: form.providedOn,
    idempotencyKey,
    ...(form.description.trim() === '' ? {} : { description: form.description.trim() }),
    ...(form.kind === 'DOCUMENT' ? { documentType: form.documentType.trim(), documentNumber: form.documentNumber.trim(), issuedOn: form.issuedOn } : {}),
    ...(form.kind === 'TRANSPORT' ? { transportMode: form.transportMode.trim() } : {}),
    ...(form.amount.trim() === '' ? {} : { amount: Number(form.amount), currency: form.currency.trim().toUpperCase() }),
  };
}

function SupportForm({ caseId, today, newKey }: { caseId: string; today: string; newKey: () => string }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const s = t.support;
  const [form, setForm] = useState(() => emptyForm(today));
  // One key per record: a retry after a lost answer never records the support twice.
  const [key, setKey] = useState(newKey);
  const { submit, problems, errorOf, busy } = useSubmission();
  const [record] = useMutation(recordAvrSupportMutation, { refetchQueries: ['AvrCaseFile'] });
  const set = (field: keyof SupportForm, value: string) => setForm({ ...form, [field]: value });

  return (
    <form
      noValidate
      aria-label={s.record}
      onSubmit={async (event) => {
        event.preventDefault();
        if (await submit(validate(form, today, t), () => record({ variables: { caseId, input: supportInput(form, key) } }))) {
          toast.show(s.saved);
          setForm(emptyForm(today));
          setKey(newKey());
        }
      }}
    >
      {problems}
      <FormField label={s.kind} required error={errorOf('kind')}>
        {(control) => (
          <select {...control} value={form.kind} onChange={(e) => set('kind', e.target.value)}>
            <option value="">{t.choose}</option>
            {kinds.map((kind) => <option key={kind} value={kind}>{s.kinds[kind]}</option>)}
          </select>
        )}
      </FormField>
      {form.kind === 'DOCUMENT' && (
        <>
          <TextField label={s.documentType} hint={s.documentTypeHint} required value={form.documentType} error={errorOf('documentType')} onChange={(e) => set('documentType', e.target.value)} />
          <TextField label={s.documentNumber} required autoComplete="off" value={form.documentNumber} error={errorOf('documentNumber')} onChange={(e) => set('documentNumber', e.target.value)} />
          <DateInput label={s.issuedOn} required max={today} value={form.issuedOn} error={errorOf('issuedOn')} onChange={(value) => set('issuedOn', value)} />
        </>
      )}
      {form.kind === 'TRANSPORT' && <TextField label={s.transportMode} hint={s.transportHint} required value={form.transportMode} error={errorOf('transportMode')} onChange={(e) => set('transportMode', e.target.value)} />}
      <TextField label={s.description} value={form.description} error={errorOf('description')} onChange={(e) => set('description', e.target.value)} />
      <TextField label={s.amount} inputMode="decimal" required={form.kind !== '' && needsMoney.includes(form.kind)} value={form.amount} error={errorOf('amount')} onChange={(e) => set('amount', e.target.value)} />
      <TextField label={s.currency} hint={s.currencyHint} maxLength={3} value={form.currency} error={errorOf('currency')} onChange={(e) => set('currency', e.target.value.toUpperCase())} />
      <DateInput label={s.providedOn} required max={today} value={form.providedOn} error={errorOf('providedOn')} onChange={(value) => set('providedOn', value)} />
      <p>
        <button type="submit" aria-disabled={busy}>{busy ? t.saving : s.submit}</button>
      </p>
    </form>
  );
}
