import { format } from '@mpa/i18n';
import { DataTable, DateInput, dateError, StatusBadge, TextAreaField, useLanguage, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { MigrantCaseQuery } from '../__generated__/graphql.js';
import { CaseForm, useCaseMutation } from '../forms/case-form.component.js';
import { refusalProblems, useFormProblems } from '../forms/form-problems.js';
import { useRegistrationMessages } from '../messages.js';
import { withdrawConsentMutation } from '../registration.documents.js';
import { isoDay } from '../forms/iso-day.js';

type Consent = NonNullable<NonNullable<MigrantCaseQuery['migrant']>['consents']>['edges'][number]['node'];
type WithdrawalField = 'reason' | 'withdrawnOn';

/** Every consent given for the migrant, withdrawn ones included, each one in force withdrawable. */
export function ConsentList({ migrantId, consents, today = new Date() }: { migrantId: string; consents: readonly Consent[]; today?: Date }) {
  const t = useRegistrationMessages();
  const language = useLanguage();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  if (consents.length === 0) return <p>{t.consent.none}</p>;
  return (
    <>
      <DataTable
        caption={t.consent.caption}
        rowKey={(consent) => consent.id}
        rows={consents}
        columns={[
          { header: t.consent.fields.purpose, cell: (c) => t.consent.purpose[c.purpose], rowHeader: true },
          {
            header: t.consent.fields.givenBy,
            cell: (c) => (c.givenBy === 'GUARDIAN' ? t.consent.byGuardian(c.guardianName ?? '', c.guardianRelationship ?? '') : t.consent.giver.MIGRANT),
          },
          { header: t.consent.fields.givenOn, cell: (c) => format.date(c.givenOn, language) },
          {
            header: t.consent.status,
            cell: (c) =>
              c.active ? (
                <StatusBadge tone="success">{t.consent.inForce}</StatusBadge>
              ) : (
                <>
                  <StatusBadge>{t.consent.withdrawnOn(c.withdrawnOn === null ? t.unknown : format.date(c.withdrawnOn, language))}</StatusBadge>
                  {c.withdrawalReason !== null && <span className="hint"> {c.withdrawalReason}</span>}
                </>
              ),
          },
          {
            header: t.actions,
            cell: (c) =>
              c.active && (
                <button type="button" aria-expanded={withdrawing?.id === c.id} onClick={() => setWithdrawing(withdrawing?.id === c.id ? null : c)}>
                  {t.consent.withdraw(t.consent.purpose[c.purpose])}
                </button>
              ),
          },
        ]}
      />
      {withdrawing !== null && <WithdrawConsent key={withdrawing.id} migrantId={migrantId} consent={withdrawing} today={isoDay(today)} onDone={() => setWithdrawing(null)} />}
    </>
  );
}

/** The withdrawal of one consent: why, and since when. Actions needing it are refused from then on. */
function WithdrawConsent({ migrantId, consent, today, onDone }: { migrantId: string; consent: Consent; today: string; onDone: () => void }) {
  const t = useRegistrationMessages();
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [withdrawnOn, setWithdrawnOn] = useState(today);
  const problems = useFormProblems<WithdrawalField>();
  const [withdraw, { loading }] = useCaseMutation(withdrawConsentMutation, migrantId);
  const purpose = t.consent.purpose[consent.purpose];

  async function submit() {
    const fields: Partial<Record<WithdrawalField, string>> = {};
    if (reason.trim() === '') fields.reason = t.errors.required(t.consent.fields.reason);
    else if (reason.trim().length > 500) fields.reason = t.errors.tooLong(500);
    const date = dateError(withdrawnOn, { required: true, label: t.consent.fields.withdrawnOn, min: consent.givenOn, max: today });
    if (date !== null) fields.withdrawnOn = withdrawnOn > today ? t.errors.future : date;
    if (problems.show({ fields, failure: null })) return;
    try {
      await withdraw({ variables: { input: { id: consent.id, expectedVersion: consent.version, reason: reason.trim(), withdrawnOn } } });
      toast.show(t.consent.withdrawn(purpose));
      onDone();
    } catch (error) {
      problems.show(refusalProblems(error, ['reason', 'withdrawnOn'], { refused: t.saveRefused, failed: t.sendFailed }));
    }
  }

  return (
    <CaseForm label={t.consent.withdrawHeading(purpose)} problems={problems} loading={loading} saveLabel={t.consent.confirmWithdrawal} onSubmit={submit} onCancel={onDone}>
      <p className="hint">{t.consent.withdrawHint}</p>
      <TextAreaField label={t.consent.fields.reason} required value={reason} error={problems.errorOf('reason')} onChange={(e) => setReason(e.target.value)} />
      <DateInput label={t.consent.fields.withdrawnOn} required value={withdrawnOn} min={consent.givenOn} max={today} error={problems.errorOf('withdrawnOn')} onChange={setWithdrawnOn} />
    </CaseForm>
  );
}
