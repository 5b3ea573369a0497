import { useQuery, useSiteMutation } from '@mpa/graphql';
import { ErrorState, FormField, LoadingState, useToast } from '@mpa/ui';
import { useState } from 'react';
import { FormProblems } from '../forms/form-problems.component.js';
import { refusalMessage, serverFieldErrors, useFormState, useIdempotencyKey } from '../forms/form.helpers.js';
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
  const state = useFormState<ReferralField>();
  const idempotency = useIdempotencyKey(newKey);
  const [request, { loading }] = useSiteMutation(requestReferralMutation, { refetchQueries: ['MigrantReferrals'] });

  const directory = partners.data?.centre?.partners?.edges.map((edge) => edge.node);
  if (directory === undefined) {
    if (partners.loading) return <LoadingState>{t.loadingPartners}</LoadingState>;
    return <ErrorState error={partners.error} onRetry={() => void partners.refetch()}>{t.partnersFailed}</ErrorState>;
  }
  const offering = service === '' ? [] : directory.filter((partner) => partner.services.includes(service));

  async function submit() {
    const problems: Partial<Record<ReferralField, string>> = {};
    if (service === '') problems.service = t.chooseOne(f.service);
    else if (!offering.some((partner) => partner.id === partnerId)) problems.partner = offering.length === 0 ? t.noPartnerFor(t.service[service]) : t.chooseOne(f.partner);
    if (note.trim().length > 2000) problems.note = t.tooLong(2000);
    state.setErrors(problems);
    state.setFailure(null);
    if (Object.keys(problems).length > 0 || service === '') return state.focusSummary();
    try {
      const { data } = await request({ variables: { input: { migrantId, partnerId, service, ...(note.trim() === '' ? {} : { note: note.trim() }), idempotencyKey: idempotency.key } } });
      toast.show(t.referralRequested(data?.site.requestReferral.referral.partner.name ?? ''));
      setService('');
      setPartnerId('');
      setNote('');
      idempotency.renew();
    } catch (error) {
      const { errors, unplaced } = serverFieldErrors(error, fieldPaths, t);
      state.setErrors(errors);
      state.setFailure(Object.keys(errors).length > 0 && unplaced.length === 0 ? null : refusalMessage(error, t, { CONSENT_REQUIRED: t.sharingConsentRequired }));
      state.focusSummary();
    }
  }

  return (
    <form
      noValidate
      aria-labelledby="mpa-assistance-request-referral"
      onSubmit={(event) => {
        event.preventDefault();
        if (!loading) void submit();
      }}
    >
      <h4 id="mpa-assistance-request-referral">{t.requestReferralHeading}</h4>
      <FormProblems count={Object.keys(state.errors).length} failure={state.failure} summary={state.summary} />
      <FormField label={f.service} required error={state.errorOf('service')}>
        {(control) => (
          <select
            {...control}
            value={service}
            onChange={(e) => {
              setService(e.target.value as AssistanceService | '');
              setPartnerId('');
            }}
          >
            <option value="">{t.choose}</option>
            {assistanceServices.map((s) => <option key={s} value={s}>{t.service[s]}</option>)}
          </select>
        )}
      </FormField>
      <FormField label={f.partner} required error={state.errorOf('partner')} hint={service !== '' && offering.length === 0 ? t.noPartnerFor(t.service[service]) : undefined}>
        {(control) => (
          <select {...control} value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
            <option value="">{t.choose}</option>
            {offering.map((partner) => <option key={partner.id} value={partner.id}>{partner.name}</option>)}
          </select>
        )}
      </FormField>
      <FormField label={f.note} error={state.errorOf('note')}>
        {(control) => <textarea {...control} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <p>
        <button type="submit" className="primary" aria-disabled={loading}>{loading ? t.requestingReferral : t.requestReferral}</button>
      </p>
    </form>
  );
}
