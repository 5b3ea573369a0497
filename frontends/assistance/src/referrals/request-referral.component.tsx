import { useQuery, useSiteMutation } from '@mpa/graphql';
import { ErrorState, FormField, LoadingState, SelectField, useToast } from '@mpa/ui';
import { useState } from 'react';
import { useIdempotencyKey } from '../forms/form.helpers.js';
import { ServiceForm, useServiceForm } from '../forms/service-form.component.js';
import { useAssistanceMessages } from '../messages.js';
import { assistanceServices, type AssistanceService } from './referral-services.js';
import { referralPartnersQuery, requestReferralMutation } from './referrals.documents.js';

/** Partners offered in the form: a centre's directory is short, one page holds it. */
export const partnersPageSize = 100;

type ReferralField = 'service' | 'partner' | 'note';
const fieldPaths: Record<string, ReferralField> = { service: 'service', partnerId: 'partner', note: 'note' };

/**
 * Refers the migrant to a partner for shelter or health care. The site needs the migrant's
 * consent to share their data with partners (CONSENT_REQUIRED otherwise): the form says what to do.
 */
export function RequestReferral({ site, migrantId, newKey = () => crypto.randomUUID() }: { site: string; migrantId: string; newKey?: () => string }) {
  const t = useAssistanceMessages();
  const f = t.referralFields;
  const toast = useToast();
  const partners = useQuery(referralPartnersQuery, { variables: { site, first: partnersPageSize }, errorPolicy: 'all' });
  const [service, setService] = useState<AssistanceService | ''>('');
  const [partnerId, setPartnerId] = useState('');
  const [note, setNote] = useState('');
  const idempotency = useIdempotencyKey(newKey);
  const [request] = useSiteMutation(requestReferralMutation, { refetchQueries: ['MigrantReferrals'] });
  const directory = partners.data?.centre?.partners?.edges.map((edge) => edge.node);
  const offering = service === '' ? [] : (directory ?? []).filter((partner) => partner.services.includes(service));
  const form = useServiceForm<ReferralField>({
    fieldPaths,
    expected: { CONSENT_REQUIRED: t.sharingConsentRequired },
    validate: () => {
      const problems: Partial<Record<ReferralField, string>> = {};
      if (service === '') problems.service = t.chooseOne(f.service);
      else if (!offering.some((partner) => partner.id === partnerId)) problems.partner = offering.length === 0 ? t.noPartnerFor(t.service[service]) : t.chooseOne(f.partner);
      if (note.trim().length > 2000) problems.note = t.tooLong(2000);
      return problems;
    },
    send: async () => {
      const input = { migrantId, partnerId, service: service as AssistanceService, ...(note.trim() === '' ? {} : { note: note.trim() }), idempotencyKey: idempotency.key };
      const { data } = await request({ variables: { input } });
      toast.show(t.referralRequested(data?.site.requestReferral.referral.partner.name ?? ''));
      setService('');
      setPartnerId('');
      setNote('');
      idempotency.renew();
    },
  });

  if (directory === undefined) {
    if (partners.loading) return <LoadingState>{t.loadingPartners}</LoadingState>;
    return <ErrorState error={partners.error} onRetry={() => void partners.refetch()}>{t.partnersFailed}</ErrorState>;
  }
  return (
    <ServiceForm id="mpa-assistance-request-referral" title={t.requestReferralHeading} form={form} submitLabel={t.requestReferral} sendingLabel={t.requestingReferral}>
      <SelectField
        label={f.service}
        required
        error={form.errorOf('service')}
        placeholder={t.choose}
        options={assistanceServices.map((s) => ({ value: s, label: t.service[s] }))}
        value={service}
        onChange={(value) => {
          setService(value);
          setPartnerId('');
        }}
      />
      <SelectField
        label={f.partner}
        required
        error={form.errorOf('partner')}
        hint={service !== '' && offering.length === 0 ? t.noPartnerFor(t.service[service]) : undefined}
        placeholder={t.choose}
        options={offering.map((partner) => ({ value: partner.id, label: partner.name }))}
        value={partnerId}
        onChange={setPartnerId}
      />
      <FormField label={f.note} error={form.errorOf('note')}>
        {(control) => <textarea {...control} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </ServiceForm>
  );
}
