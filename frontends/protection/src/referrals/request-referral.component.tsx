import { useQuery, useSiteMutation } from '@mpa/graphql';
import { choicesOf, ErrorState, FormField, Link, LoadingState, navigate, Page, SelectField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { AssistanceNeed } from '../__generated__/graphql.js';
import { partnersQuery, requestReferralMutation } from '../documents/referrals.documents.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { MigrantPicker } from '../shared/migrant-picker.component.js';
import { RecordForm } from '../shared/record-form.component.js';
import { formState, useSubmission } from '../shared/submission.js';
import { useChosenMigrant } from '../shared/use-chosen-migrant.js';
import { ConsentOverrideFields, overrideError, overrideInput, type ConsentOverride } from './consent-override.component.js';
import { referralInput, validateReferral, type ReferralForm } from './referral-form.helpers.js';
import { freshRecords } from '../shared/fresh-records.js';

/** The partners a referral can go to: the directory's first page, by name (a centre works with a few dozen). */
export const partnerChoices = 100;

/**
 * Refers a migrant to a partner for a service the partner offers. The centre refuses a referral
 * without the migrant's consent to share data with partners; protection officers may override it
 * with a reason, which is logged.
 */
export function RequestReferral({ site, migrantId, canOverride, newKey = () => crypto.randomUUID() }: { site: string; migrantId: string | null; canOverride: boolean; newKey?: () => string }) {
  const t = useProtectionMessages();
  const toast = useToast();
  const [migrant, setMigrant] = useChosenMigrant(migrantId);
  const [form, setForm] = useState<ReferralForm>({ partnerId: '', service: '', need: '', note: '' });
  const [override, setOverride] = useState<ConsentOverride>({ wanted: false, reason: '' });
  const [idempotencyKey] = useState(newKey);
  const partners = useQuery(partnersQuery, { variables: { site, first: partnerChoices }, ...freshRecords });
  const [request, { loading }] = useSiteMutation(requestReferralMutation, { site });
  const directory = partners.data?.centre?.partners?.edges.map((e) => e.node) ?? [];
  const partner = directory.find((p) => p.id === form.partnerId);
  const submission = useSubmission(
    (f: ReferralForm) => ({
      ...validateReferral(f, t),
      ...(migrant === null ? { migrantId: t.errors.chooseMigrant } : {}),
      ...overrideError(override, t),
    }),
    async (f) => {
      await request({ variables: { input: { ...referralInput(f, migrant!.id, idempotencyKey), ...overrideInput(override) } } });
      toast.show(t.referrals.requested(migrant!.fullName, partner?.name ?? ''));
      navigate(paths.migrant(migrant!.id));
    },
  );
  const set = <K extends keyof ReferralForm>(key: K, value: ReferralForm[K]) => setForm((current) => ({ ...current, [key]: value }));

  if (partners.data === undefined && partners.loading) return <LoadingState>{t.partners.loading}</LoadingState>;
  if (partners.data?.centre?.partners == null) return <ErrorState error={partners.error} onRetry={() => void partners.refetch()}>{t.partners.failed}</ErrorState>;
  const services = Object.fromEntries((partner?.services ?? []).map((s) => [s, t.need[s]])) as Record<AssistanceNeed, string>;
  return (
    <Page title={t.referrals.requestHeading} description={t.referrals.requestHint} focusOnMount>
      {submission.code === 'CONSENT_REQUIRED' && migrant !== null && (
        <p className="alert">
          <Link to={paths.migrant(migrant.id)}>{t.referrals.recordConsentFirst(migrant.fullName)}</Link>
          {canOverride && <> {t.referrals.orOverride}</>}
        </p>
      )}
      <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(form)} submitLabel={t.referrals.send} cancel={<Link to={migrant === null ? paths.referrals() : paths.migrant(migrant.id)}>{t.cancel}</Link>}>
        <MigrantPicker site={site} label={t.referrals.who} chosen={migrant} onChoose={setMigrant} error={submission.errorOf('migrantId')} />
        {directory.length === 0 ? (
          <p className="alert">
            {t.partners.noneYet} <Link to={paths.partners()}>{t.partners.add}</Link>
          </p>
        ) : (
          <SelectField
            label={t.fields.partner}
            required
            value={form.partnerId}
            options={directory.map((p) => ({ value: p.id, label: p.name }))}
            placeholder={t.choose}
            error={submission.errorOf('partnerId')}
            onChange={(value) => setForm((current) => ({ ...current, partnerId: value, service: '' }))}
          />
        )}
        <SelectField label={t.fields.service} required value={form.service} options={choicesOf(services)} placeholder={partner === undefined ? t.referrals.partnerFirst : t.choose} error={submission.errorOf('service')} onChange={(value) => set('service', value)} />
        <SelectField label={t.fields.need} value={form.need} options={choicesOf(t.need)} placeholder={t.referrals.noNeed} error={submission.errorOf('need')} onChange={(value) => set('need', value)} />
        <FormField label={t.fields.note} error={submission.errorOf('note')}>
          {(control) => <textarea {...control} required={false} rows={3} value={form.note} onChange={(e) => set('note', e.target.value)} />}
        </FormField>
        {canOverride && <ConsentOverrideFields override={override} onChange={setOverride} error={submission.errorOf('consentOverride.reason')} />}
      </RecordForm>
    </Page>
  );
}
