import { dateError } from '@mpa/ui';
import type { CounsellingTopic, RecordCounsellingInput } from '../__generated__/graphql.js';
import type { FieldErrors } from '../forms/form-problems.js';
import type { Messages } from '../messages/en.js';

export const counsellingTopics: readonly CounsellingTopic[] = ['SAFE_MIGRATION', 'RISKS_OF_IRREGULAR_MIGRATION', 'OPTIONS', 'AVR', 'RIGHTS', 'SERVICES_AVAILABLE'];

export interface CounsellingForm {
  heldOn: string;
  topics: CounsellingTopic[];
  outcome: string;
  followUpOn: string;
}
export type CounsellingField = keyof CounsellingForm;
export const counsellingFields: readonly CounsellingField[] = ['heldOn', 'topics', 'outcome', 'followUpOn'];

export const emptyCounsellingForm = (today: string): CounsellingForm => ({ heldOn: today, topics: [], outcome: '', followUpOn: '' });

export function validateCounselling(form: CounsellingForm, today: string, t: Messages): FieldErrors<CounsellingField> {
  const errors: FieldErrors<CounsellingField> = {};
  const held = dateError(form.heldOn, { required: true, label: t.counselling.fields.heldOn, max: today });
  if (held !== null) errors.heldOn = form.heldOn > today ? t.errors.future : held;
  if (form.topics.length === 0) errors.topics = t.counselling.errors.topics;
  if (form.outcome.trim().length > 2000) errors.outcome = t.errors.tooLong(2000);
  // The follow-up is a day to come back: it may be in the future, never before the session.
  const followUp = dateError(form.followUpOn, held === null ? { min: form.heldOn } : {});
  if (followUp !== null) errors.followUpOn = held === null && form.followUpOn < form.heldOn ? t.counselling.errors.followUpBeforeSession : followUp;
  return errors;
}

export function counsellingInput(migrantId: string, form: CounsellingForm, idempotencyKey: string): RecordCounsellingInput {
  return {
    migrantId,
    heldOn: form.heldOn,
    topics: form.topics,
    ...(form.outcome.trim() === '' ? {} : { outcome: form.outcome.trim() }),
    ...(form.followUpOn === '' ? {} : { followUpOn: form.followUpOn }),
    idempotencyKey,
  };
}
