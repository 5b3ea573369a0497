import { useQuery, useSiteMutation } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { afterOf, choicesOf, type Column, DataTable, dateError, DateInput, PagedConnection, SelectField, StatusBadge, TextField, useCursorPages, useLanguage, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { ConsentGiver, ConsentPurpose, MigrantConsentsQuery } from '../__generated__/graphql.js';
import { consentsQuery, recordConsentMutation } from '../documents/referrals.documents.js';
import { useProtectionMessages } from '../messages.js';
import { RecordForm } from '../shared/record-form.component.js';
import { formState, useSubmission, type FormErrors } from '../shared/submission.js';
import { isoDay } from '../shared/today.js';
import { freshRecords } from '../shared/fresh-records.js';

export const consentsPageSize = 10;

type Consent = NonNullable<NonNullable<MigrantConsentsQuery['migrant']>['consents']>['edges'][number]['node'];

interface ConsentForm {
  purpose: ConsentPurpose;
  givenBy: ConsentGiver | '';
  guardianName: string;
  guardianRelationship: string;
  givenOn: string;
}

/** The consents a migrant gave (referrals and transfers need DATA_SHARING_WITH_PARTNERS), and recording one. */
export function ConsentsPanel({ migrantId, site, today = new Date(), newKey = () => crypto.randomUUID() }: { migrantId: string; site: string; today?: Date; newKey?: () => string }) {
  const t = useProtectionMessages();
  const language = useLanguage();
  const paging = useCursorPages();
  const [recording, setRecording] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(consentsQuery, { variables: { id: migrantId, first: consentsPageSize, ...afterOf(paging) }, ...freshRecords });
  const columns: Column<Consent>[] = [
    { header: t.fields.purpose, rowHeader: true, cell: (c) => t.consentPurpose[c.purpose] },
    { header: t.fields.givenBy, cell: (c) => (c.guardianName === null ? t.consentGiver[c.givenBy] : `${t.consentGiver[c.givenBy]} (${c.guardianName})`) },
    { header: t.fields.givenOn, cell: (c) => format.date(c.givenOn, language) },
    {
      header: t.fields.status,
      cell: (c) => (c.active ? <StatusBadge tone="success">{t.consents.inForce}</StatusBadge> : <StatusBadge>{t.consents.withdrawn(c.withdrawnOn === null ? '' : format.date(c.withdrawnOn, language))}</StatusBadge>),
    },
  ];
  return (
    <section aria-labelledby="mpa-protection-consents">
      <h3 id="mpa-protection-consents">{t.consents.heading}</h3>
      <PagedConnection
        connection={(data ?? (loading ? previousData : undefined))?.migrant?.consents}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        paging={paging}
        words={{ loading: t.consents.loading, failed: t.consents.failed, empty: t.consents.none, pages: t.consents.pages }}
      >
        {(consents, busy) => <DataTable caption={t.consents.caption} columns={columns} rows={consents} rowKey={(c) => c.id} busy={busy} />}
      </PagedConnection>
      {recording ? (
        <RecordConsent
          migrantId={migrantId}
          site={site}
          today={today}
          newKey={newKey}
          onDone={(recorded) => {
            setRecording(false);
            if (recorded) void refetch();
          }}
        />
      ) : (
        <button type="button" onClick={() => setRecording(true)}>{t.consents.record}</button>
      )}
    </section>
  );
}

function RecordConsent({ migrantId, site, today, newKey, onDone }: { migrantId: string; site: string; today: Date; newKey: () => string; onDone: (recorded: boolean) => void }) {
  const t = useProtectionMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<ConsentForm>({ purpose: 'DATA_SHARING_WITH_PARTNERS', givenBy: '', guardianName: '', guardianRelationship: '', givenOn: day });
  const [idempotencyKey] = useState(newKey);
  const [record, { loading }] = useSiteMutation(recordConsentMutation, { site });
  const submission = useSubmission(
    (f: ConsentForm) => {
      const errors: FormErrors = {};
      if (f.givenBy === '') errors['givenBy'] = t.errors.choose(t.fields.givenBy);
      if (f.givenBy === 'GUARDIAN' && f.guardianName.trim() === '') errors['guardianName'] = t.errors.required(t.fields.guardianName);
      if (f.givenBy === 'GUARDIAN' && f.guardianRelationship.trim() === '') errors['guardianRelationship'] = t.errors.required(t.fields.guardianRelationship);
      const given = dateError(f.givenOn, { required: true, label: t.fields.givenOn, max: day });
      if (given !== null) errors['givenOn'] = f.givenOn > day ? t.errors.future : given;
      return errors;
    },
    async (f) => {
      const guardian = f.givenBy === 'GUARDIAN' ? { guardianName: f.guardianName.trim(), guardianRelationship: f.guardianRelationship.trim() } : {};
      await record({ variables: { input: { migrantId, purpose: f.purpose, givenBy: f.givenBy as ConsentGiver, givenOn: f.givenOn, ...guardian, idempotencyKey } } });
      toast.show(t.consents.recorded(t.consentPurpose[f.purpose]));
      onDone(true);
    },
  );
  const set = <K extends keyof ConsentForm>(key: K, value: ConsentForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  return (
    <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(form)} submitLabel={t.consents.save} cancel={<button type="button" onClick={() => onDone(false)}>{t.cancel}</button>}>
      <SelectField label={t.fields.purpose} required value={form.purpose} options={choicesOf(t.consentPurpose)} error={submission.errorOf('purpose')} onChange={(value) => value !== '' && set('purpose', value)} />
      <SelectField label={t.fields.givenBy} required value={form.givenBy} options={choicesOf(t.consentGiver)} placeholder={t.choose} error={submission.errorOf('givenBy')} onChange={(value) => set('givenBy', value)} />
      {form.givenBy === 'GUARDIAN' && (
        <>
          <TextField label={t.fields.guardianName} required value={form.guardianName} error={submission.errorOf('guardianName')} onChange={(e) => set('guardianName', e.target.value)} />
          <TextField label={t.fields.guardianRelationship} required value={form.guardianRelationship} error={submission.errorOf('guardianRelationship')} onChange={(e) => set('guardianRelationship', e.target.value)} />
        </>
      )}
      <DateInput label={t.fields.givenOn} required value={form.givenOn} max={day} error={submission.errorOf('givenOn')} onChange={(value) => set('givenOn', value)} />
    </RecordForm>
  );
}
