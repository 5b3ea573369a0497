import { dateError } from '@mpa/ui';
import type { RegisterMigrantInput, Sex } from '../__generated__/graphql.js';
import type { FieldErrors } from '../forms/form-problems.js';
import type { Messages } from '../messages/en.js';

/** What the form holds: text as typed, so a half-typed value is never lost. */
export interface RegistrationForm {
  givenName: string;
  familyName: string;
  sex: Sex | '';
  dateOfBirth: string;
  dateOfBirthEstimated: boolean;
  estimatedAge: string;
  nationality: string;
  hasDocuments: boolean;
  arrivalDate: string;
}

export type FieldName = keyof RegistrationForm;
export type FormErrors = FieldErrors<FieldName>;
export const fieldNames = [
  'givenName', 'familyName', 'sex', 'dateOfBirth', 'dateOfBirthEstimated', 'estimatedAge', 'nationality', 'hasDocuments', 'arrivalDate',
] as const satisfies readonly FieldName[];

export const emptyForm = (today: string): RegistrationForm => ({
  givenName: '',
  familyName: '',
  sex: '',
  dateOfBirth: '',
  dateOfBirthEstimated: false,
  estimatedAge: '',
  nationality: '',
  hasDocuments: false,
  arrivalDate: today,
});

/** The form's problems, field by field, in the user's language (empty when it can be sent). */
export function validateRegistration(form: RegistrationForm, today: string, t: Messages): FormErrors {
  const errors: FormErrors = {};
  if (form.givenName.trim() === '') errors.givenName = t.errors.required(t.fields.givenName);
  if (form.familyName.trim() === '') errors.familyName = t.errors.required(t.fields.familyName);
  if (form.sex === '') errors.sex = t.errors.sexRequired;
  if (form.dateOfBirth !== '') {
    const problem = dateError(form.dateOfBirth, { min: '1900-01-01', max: today });
    if (problem !== null) errors.dateOfBirth = form.dateOfBirth > today ? t.errors.future : problem;
  } else if (form.estimatedAge.trim() === '') {
    errors.dateOfBirth = t.errors.birthOrAge;
  }
  if (form.estimatedAge.trim() !== '' && !/^\d{1,3}$/.test(form.estimatedAge.trim())) errors.estimatedAge = t.errors.age;
  else if (Number(form.estimatedAge) > 120) errors.estimatedAge = t.errors.age;
  if (!/^[A-Za-z]{3}$/.test(form.nationality.trim())) errors.nationality = t.errors.nationality;
  const arrival = dateError(form.arrivalDate, { required: true, label: t.fields.arrivalDate, max: today });
  if (arrival !== null) errors.arrivalDate = form.arrivalDate > today ? t.errors.future : arrival;
  return errors;
}

/** The API's input from a valid form. */
export function registrationInput(form: RegistrationForm, idempotencyKey: string, confirmNotDuplicate = false): RegisterMigrantInput {
  return {
    givenName: form.givenName.trim(),
    familyName: form.familyName.trim(),
    sex: form.sex as Sex,
    ...(form.dateOfBirth !== ''
      ? { dateOfBirth: form.dateOfBirth, dateOfBirthEstimated: form.dateOfBirthEstimated }
      : { estimatedAge: Number(form.estimatedAge) }),
    nationality: form.nationality.trim().toUpperCase(),
    hasDocuments: form.hasDocuments,
    arrivalDate: form.arrivalDate,
    idempotencyKey,
    ...(confirmNotDuplicate ? { confirmNotDuplicate: true } : {}),
  };
}

/** A likely duplicate the site named when it refused a registration (POSSIBLE_DUPLICATE). */
export interface DuplicateRecord {
  id: string;
  registrationNumber: string;
  fullName: string;
  score: number;
}

/** The duplicates in a POSSIBLE_DUPLICATE refusal, or null when the error is something else. */
export function duplicatesIn(errors: readonly { extensions?: Record<string, unknown> }[]): DuplicateRecord[] | null {
  const refusal = errors.find((e) => e.extensions?.['code'] === 'POSSIBLE_DUPLICATE');
  if (refusal === undefined) return null;
  const list = refusal.extensions?.['duplicates'];
  return Array.isArray(list) ? (list as DuplicateRecord[]) : [];
}
