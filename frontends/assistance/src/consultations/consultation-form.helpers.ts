import { dateError } from '@mpa/ui';
import type { RecordMedicalConsultationInput, ReferralUrgency } from '../__generated__/graphql.js';
import type { Messages } from '../messages/en.js';

/** What the consultation form holds: text as typed. */
export interface ConsultationForm {
  consultedOn: string;
  presentingComplaint: string;
  observations: string;
  treatmentGiven: string;
  medication: string;
  refer: boolean;
  facility: string;
  reason: string;
  urgency: ReferralUrgency | '';
  followUpOn: string;
  followUpNotes: string;
}

export type ConsultationField = Exclude<keyof ConsultationForm, 'refer'>;
export type ConsultationErrors = Partial<Record<ConsultationField, string>>;

export const emptyConsultation = (today: string): ConsultationForm => ({
  consultedOn: today, presentingComplaint: '', observations: '', treatmentGiven: '', medication: '',
  refer: false, facility: '', reason: '', urgency: '', followUpOn: '', followUpNotes: '',
});

/** The API's paths (below `input`) of the fields this form shows, for the site's field messages. */
export const consultationFieldPaths: Record<string, ConsultationField> = {
  consultedOn: 'consultedOn',
  presentingComplaint: 'presentingComplaint',
  observations: 'observations',
  treatmentGiven: 'treatmentGiven',
  medication: 'medication',
  'referral.facility': 'facility',
  'referral.reason': 'reason',
  followUpOn: 'followUpOn',
  followUpNotes: 'followUpNotes',
};

/** The longest text the site takes for each field (subgraphs/mrc medical-consultations.ts). */
export const consultationLimits = { presentingComplaint: 1000, observations: 4000, treatmentGiven: 4000, medication: 2000, facility: 200, reason: 1000, followUpNotes: 2000 } as const;

export function validateConsultation(form: ConsultationForm, today: string, t: Messages): ConsultationErrors {
  const f = t.consultationFields;
  const errors: ConsultationErrors = {};
  const consulted = dateError(form.consultedOn, { required: true, label: f.consultedOn, max: today });
  if (consulted !== null) errors.consultedOn = form.consultedOn > today ? t.future : consulted;
  if (form.presentingComplaint.trim() === '') errors.presentingComplaint = t.required(f.presentingComplaint);
  for (const [field, max] of Object.entries(consultationLimits) as [keyof typeof consultationLimits, number][]) {
    if (form[field].trim().length > max) errors[field] ??= t.tooLong(max);
  }
  if (form.refer) {
    if (form.facility.trim() === '') errors.facility = t.required(f.facility);
    if (form.reason.trim() === '') errors.reason = t.required(f.reason);
    if (form.urgency === '') errors.urgency = t.chooseOne(f.urgency);
  }
  if (form.followUpOn !== '') {
    const followUp = dateError(form.followUpOn);
    if (followUp !== null) errors.followUpOn = followUp;
    else if (errors.consultedOn === undefined && form.followUpOn < form.consultedOn) errors.followUpOn = t.followUpBeforeConsultation;
  }
  return errors;
}

const optionalTexts = ['observations', 'treatmentGiven', 'medication', 'followUpNotes'] as const;

/** The API's input from a valid form: optional texts left empty are not sent. */
export function consultationInput(form: ConsultationForm, migrantId: string, idempotencyKey: string): RecordMedicalConsultationInput {
  const texts = Object.fromEntries(optionalTexts.filter((field) => form[field].trim() !== '').map((field) => [field, form[field].trim()]));
  return {
    migrantId,
    consultedOn: form.consultedOn,
    presentingComplaint: form.presentingComplaint.trim(),
    ...texts,
    ...(form.refer ? { referral: { facility: form.facility.trim(), reason: form.reason.trim(), urgency: form.urgency as ReferralUrgency } } : {}),
    ...(form.followUpOn === '' ? {} : { followUpOn: form.followUpOn }),
    idempotencyKey,
  };
}
