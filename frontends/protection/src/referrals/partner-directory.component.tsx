import { useQuery, useSiteMutation } from '@mpa/graphql';
import { afterOf, CheckboxGroup, choicesOf, type Column, DataTable, Page, PagedConnection, TextField, useCursorPages, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { AssistanceNeed, PartnersQuery } from '../__generated__/graphql.js';
import { createPartnerMutation, partnersQuery } from '../documents/referrals.documents.js';
import { useProtectionMessages } from '../messages.js';
import { RecordForm } from '../shared/record-form.component.js';
import { formState, useSubmission, type FormErrors } from '../shared/submission.js';
import { freshRecords } from '../shared/fresh-records.js';

export const partnersPageSize = 20;

type Partner = NonNullable<NonNullable<PartnersQuery['centre']>['partners']>['edges'][number]['node'];

interface PartnerForm {
  name: string;
  services: AssistanceNeed[];
  contact: string;
}

/** The organisations the centre refers migrants to, by name, and adding one. */
export function PartnerDirectory({ site, newKey = () => crypto.randomUUID() }: { site: string; newKey?: () => string }) {
  const t = useProtectionMessages();
  const paging = useCursorPages();
  const [adding, setAdding] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(partnersQuery, { variables: { site, first: partnersPageSize, ...afterOf(paging) }, ...freshRecords });
  const shown = data ?? (loading ? previousData : undefined);
  const columns: Column<Partner>[] = [
    { header: t.fields.partnerName, rowHeader: true, cell: (p) => p.name },
    { header: t.fields.services, cell: (p) => p.services.map((s) => t.need[s]).join(', ') },
    { header: t.fields.contact, cell: (p) => p.contact ?? '' },
  ];
  return (
    <Page title={t.partners.heading} description={t.partners.hint} focusOnMount>
      <PagedConnection
        connection={shown?.centre?.partners}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        paging={paging}
        words={{ loading: t.partners.loading, failed: t.partners.failed, empty: t.partners.noneYet, pages: t.partners.pages }}
      >
        {(partners, busy) => <DataTable caption={t.partners.caption(shown?.centre?.name ?? site)} columns={columns} rows={partners} rowKey={(p) => p.id} busy={busy} />}
      </PagedConnection>
      {adding ? (
        <AddPartner
          site={site}
          newKey={newKey}
          onDone={(added) => {
            setAdding(false);
            if (added) void refetch();
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>{t.partners.add}</button>
      )}
    </Page>
  );
}

function AddPartner({ site, newKey, onDone }: { site: string; newKey: () => string; onDone: (added: boolean) => void }) {
  const t = useProtectionMessages();
  const toast = useToast();
  const [form, setForm] = useState<PartnerForm>({ name: '', services: [], contact: '' });
  const [idempotencyKey] = useState(newKey);
  const [create, { loading }] = useSiteMutation(createPartnerMutation, { site });
  const submission = useSubmission(
    (f: PartnerForm): FormErrors => ({
      ...(f.name.trim() === '' ? { name: t.errors.required(t.fields.partnerName) } : {}),
      ...(f.services.length === 0 ? { services: t.errors.services } : {}),
    }),
    async (f) => {
      await create({ variables: { input: { name: f.name.trim(), services: f.services, ...(f.contact.trim() === '' ? {} : { contact: f.contact.trim() }), idempotencyKey } } });
      toast.show(t.partners.added(f.name.trim()));
      onDone(true);
    },
  );
  return (
    <section aria-labelledby="mpa-protection-add-partner">
      <h3 id="mpa-protection-add-partner">{t.partners.addHeading}</h3>
      <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(form)} submitLabel={t.partners.save} cancel={<button type="button" onClick={() => onDone(false)}>{t.cancel}</button>}>
        <TextField label={t.fields.partnerName} required value={form.name} error={submission.errorOf('name')} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <CheckboxGroup legend={t.fields.services} value={form.services} options={choicesOf(t.need)} error={submission.errorOf('services')} onChange={(services) => setForm({ ...form, services })} />
        <TextField label={t.fields.contact} hint={t.partners.contactHint} value={form.contact} error={submission.errorOf('contact')} onChange={(e) => setForm({ ...form, contact: e.target.value })} />
      </RecordForm>
    </section>
  );
}
