import { dateError } from '@mpa/ui';
import type { ConsentGiver, ConsentPurpose, RecordConsentInput } from '../__generated__/graphql.js';
import type { FieldErrors } from '../forms/form-problems.js';
import type { Messages } from '../messages/en.js';

export const consentPurposes: readonly ConsentPurpose[] = ['REGISTRATION', 'DATA_SHARING_WITH_PARTNERS', 'AVR', 'MEDICAL'];

export interface ConsentForm {
  purpose: ConsentPurpose | '';
  givenBy: ConsentGiver | '';
  guardianName: string;
  guardianRelationship: string;
  givenOn: string;
}
export type ConsentField = keyof ConsentForm;
export const consentFields: readonly ConsentField[] = ['purpose', 'givenBy', 'guardianName', 'guardianRelationship', 'givenOn'];

/** A child's consent is a guardian's, so the form starts there for a child. */
export const emptyConsentForm = (today: string, child: boolean): ConsentForm => ({
  purpose: '',
  givenBy: child ? 'GUARDIAN' : '',
  guardianName: '',
  guardianRelationship: '',
  givenOn: today,
});

export function validateConsent(form: ConsentForm, { today, child }: { today: string; child: boolean }, t: Messages): FieldErrors<ConsentField> {
  const errors: FieldErrors<ConsentField> = {};
  if (form.purpose === '') errors.purpose = t.consent.errors.purpose;
  if (form.givenBy === '') errors.givenBy = t.consent.errors.givenBy;
  else if (form.givenBy === 'MIGRANT' && child) errors.givenBy = t.consent.errors.childNeedsGuardian;
  if (form.givenBy === 'GUARDIAN') {
    if (form.guardianName.trim() === '') errors.guardianName = t.errors.required(t.consent.fields.guardianName);
    if (form.guardianRelationship.trim() === '') errors.guardianRelationship = t.errors.required(t.consent.fields.guardianRelationship);
  }
  const given = dateError(form.givenOn, { required: true, label: t.consent.fields.givenOn, max: today });
  if (given !== null) errors.givenOn = form.givenOn > today ? t.errors.future : given;
  return errors;
}

/** The API's input from a valid form; a migrant's own consent names no guardian. */
export function consentInput(migrantId: string, form: ConsentForm, idempotencyKey: string): RecordConsentInput {
  return {
    migrantId,
    purpose: form.purpose as ConsentPurpose,
    givenBy: form.givenBy as ConsentGiver,
    ...(form.givenBy === 'GUARDIAN' ? { guardianName: form.guardianName.trim(), guardianRelationship: form.guardianRelationship.trim() } : {}),
    givenOn: form.givenOn,
    idempotencyKey,
  };
}
