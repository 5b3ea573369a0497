// Psychosocial support forms: an individual session and a group activity; their checks and inputs.
import { dateError } from '@mpa/ui';
import type { MhpssGroupActivityType, MhpssSessionType, RecordMhpssGroupActivityInput, RecordMhpssSessionInput } from '../__generated__/graphql.js';
import type { Messages } from '../messages/en.js';
import type { ChosenMigrant } from '../shared/migrant-picker.component.js';
import type { FormErrors } from '../shared/submission.js';

export interface SessionForm {
  type: MhpssSessionType | '';
  heldOn: string;
  notes: string;
  followUpOn: string;
}

export const emptySession = (today: string): SessionForm => ({ type: '', heldOn: today, notes: '', followUpOn: '' });

const heldOnError = (heldOn: string, today: string, t: Messages) => {
  const problem = dateError(heldOn, { required: true, label: t.fields.heldOn, max: today });
  return problem === null ? null : heldOn > today ? t.errors.future : problem;
};

export function validateSession(form: SessionForm, today: string, t: Messages): FormErrors {
  const errors: FormErrors = {};
  if (form.type === '') errors['type'] = t.errors.choose(t.fields.sessionType);
  const held = heldOnError(form.heldOn, today, t);
  if (held !== null) errors['heldOn'] = held;
  const followUp = dateError(form.followUpOn);
  if (followUp !== null) errors['followUpOn'] = followUp;
  else if (form.followUpOn !== '' && held === null && form.followUpOn < form.heldOn) errors['followUpOn'] = t.errors.followUpBefore;
  return errors;
}

export function sessionInput(form: SessionForm, migrantId: string, idempotencyKey: string): RecordMhpssSessionInput {
  return {
    migrantId,
    type: form.type as MhpssSessionType,
    heldOn: form.heldOn,
    ...(form.notes.trim() === '' ? {} : { notes: form.notes.trim() }),
    ...(form.followUpOn === '' ? {} : { followUpOn: form.followUpOn }),
    idempotencyKey,
  };
}

export interface Attendee {
  migrant: ChosenMigrant;
  attended: boolean;
}

export interface GroupActivityForm {
  type: MhpssGroupActivityType | '';
  heldOn: string;
  facilitator: string;
  notes: string;
  attendees: Attendee[];
}

export const emptyGroupActivity = (today: string): GroupActivityForm => ({ type: '', heldOn: today, facilitator: '', notes: '', attendees: [] });

export function validateGroupActivity(form: GroupActivityForm, today: string, t: Messages): FormErrors {
  const errors: FormErrors = {};
  if (form.type === '') errors['type'] = t.errors.choose(t.fields.activityType);
  const held = heldOnError(form.heldOn, today, t);
  if (held !== null) errors['heldOn'] = held;
  if (form.facilitator.trim() === '') errors['facilitator'] = t.errors.required(t.fields.facilitator);
  return errors;
}

export function groupActivityInput(form: GroupActivityForm, idempotencyKey: string): RecordMhpssGroupActivityInput {
  return {
    type: form.type as MhpssGroupActivityType,
    heldOn: form.heldOn,
    facilitator: form.facilitator.trim(),
    ...(form.notes.trim() === '' ? {} : { notes: form.notes.trim() }),
    attendees: form.attendees.map((a) => ({ migrantId: a.migrant.id, attended: a.attended })),
    idempotencyKey,
  };
}
