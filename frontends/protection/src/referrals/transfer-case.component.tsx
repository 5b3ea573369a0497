import { useSiteMutation } from '@mpa/graphql';
import { TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import { transferCaseMutation } from '../documents/referrals.documents.js';
import { useProtectionMessages } from '../messages.js';
import { RecordForm } from '../shared/record-form.component.js';
import { formState, useSubmission } from '../shared/submission.js';
import { ConsentOverrideFields, overrideError, overrideInput, type ConsentOverride } from './consent-override.component.js';

interface TransferForm {
  organisation: string;
  reason: string;
}

/**
 * Hands the whole case to another organisation: unlike a referral, the centre's case ends
 * (TRANSFERRED). Needs the migrant's consent to share data with partners, or an override.
 */
export function TransferCase({ migrant, site, canOverride }: { migrant: { id: string; version: number; fullName: string }; site: string; canOverride: boolean }) {
  const t = useProtectionMessages();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<TransferForm>({ organisation: '', reason: '' });
  const [override, setOverride] = useState<ConsentOverride>({ wanted: false, reason: '' });
  const [transfer, { loading }] = useSiteMutation(transferCaseMutation, { site });
  const submission = useSubmission(
    (f: TransferForm) => ({ ...(f.organisation.trim() === '' ? { organisation: t.errors.required(t.fields.organisation) } : {}), ...overrideError(override, t) }),
    async (f) => {
      await transfer({
        variables: {
          input: { id: migrant.id, expectedVersion: migrant.version, organisation: f.organisation.trim(), ...(f.reason.trim() === '' ? {} : { reason: f.reason.trim() }), ...overrideInput(override) },
        },
      });
      toast.show(t.transfer.done(migrant.fullName, f.organisation.trim()));
      setOpen(false);
    },
  );
  return (
    <section aria-labelledby="mpa-protection-transfer">
      <h3 id="mpa-protection-transfer">{t.transfer.heading}</h3>
      <p className="hint">{t.transfer.hint}</p>
      {open ? (
        <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(form)} submitLabel={t.transfer.send} cancel={<button type="button" onClick={() => setOpen(false)}>{t.cancel}</button>}>
          <TextField label={t.fields.organisation} required value={form.organisation} error={submission.errorOf('organisation')} onChange={(e) => setForm({ ...form, organisation: e.target.value })} />
          <TextField label={t.fields.transferReason} value={form.reason} error={submission.errorOf('reason')} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
          {canOverride && <ConsentOverrideFields override={override} onChange={setOverride} error={submission.errorOf('consentOverride.reason')} />}
        </RecordForm>
      ) : (
        <button type="button" onClick={() => setOpen(true)}>{t.transfer.start}</button>
      )}
    </section>
  );
}
