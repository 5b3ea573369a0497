// The referral form: its checks and the API's input from it.
import type { AssistanceNeed, RequestReferralInput } from '../__generated__/graphql.js';
import type { Messages } from '../messages/en.js';
import type { FormErrors } from '../shared/submission.js';

export interface ReferralForm {
  partnerId: string;
  service: AssistanceNeed | '';
  need: AssistanceNeed | '';
  note: string;
}

export function validateReferral(form: ReferralForm, t: Messages): FormErrors {
  const errors: FormErrors = {};
  if (form.partnerId === '') errors['partnerId'] = t.errors.choose(t.fields.partner);
  if (form.service === '') errors['service'] = t.errors.choose(t.fields.service);
  return errors;
}

export function referralInput(form: ReferralForm, migrantId: string, idempotencyKey: string): RequestReferralInput {
  return {
    migrantId,
    partnerId: form.partnerId,
    service: form.service as AssistanceNeed,
    ...(form.need === '' ? {} : { need: form.need }),
    ...(form.note.trim() === '' ? {} : { note: form.note.trim() }),
    idempotencyKey,
  };
}
