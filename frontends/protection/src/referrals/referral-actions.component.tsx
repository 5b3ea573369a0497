import { useSiteMutation } from '@mpa/graphql';
import { TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { ReferralFieldsFragment, ReferralStatus } from '../__generated__/graphql.js';
import { setReferralStatusMutation } from '../documents/referrals.documents.js';
import { useProtectionMessages } from '../messages.js';
import { RecordForm } from '../shared/record-form.component.js';
import { formState, useSubmission, type FormErrors } from '../shared/submission.js';
import { asksReason, nextSteps } from './referral-lifecycle.js';

/** The next steps a referral's status allows, as buttons; rejecting or revoking asks why first. */
export function ReferralActions({ referral, site }: { referral: ReferralFieldsFragment; site: string }) {
  const t = useProtectionMessages();
  const toast = useToast();
  const [asking, setAsking] = useState<ReferralStatus | null>(null);
  const [reason, setReason] = useState('');
  const [move, { loading }] = useSiteMutation(setReferralStatusMutation, { site });
  const submission = useSubmission(
    (step: ReferralStatus): FormErrors => (step === 'REJECTED' && reason.trim() === '' ? { reason: t.errors.required(t.fields.reason) } : {}),
    async (step) => {
      await move({ variables: { input: { id: referral.id, expectedVersion: referral.version, status: step, ...(reason.trim() === '' ? {} : { reason: reason.trim() }) } } });
      toast.show(t.referrals.moved(referral.partner.name, t.referralStatus[step]));
      setAsking(null);
      setReason('');
    },
  );
  const steps = nextSteps[referral.status];
  if (steps.length === 0) return null;
  if (asking !== null) {
    return (
      <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(asking)} submitLabel={t.referrals.step[asking]} cancel={<button type="button" onClick={() => setAsking(null)}>{t.cancel}</button>}>
        <TextField label={t.fields.reason} required={asking === 'REJECTED'} value={reason} error={submission.errorOf('reason')} onChange={(e) => setReason(e.target.value)} />
      </RecordForm>
    );
  }
  return (
    <div role="group" aria-label={t.referrals.actionsFor(referral.partner.name)}>
      {submission.failure !== null && <p role="alert" className="field-error">{submission.failure}</p>}
      {steps.map((step) => (
        <button key={step} type="button" aria-disabled={loading} onClick={() => !loading && (asksReason(step) ? setAsking(step) : void submission.submit(step))}>
          {t.referrals.step[step]}
        </button>
      ))}
    </div>
  );
}
