import { dateError } from '@mpa/ui';
import type { AwarenessTopic, RecordAwarenessSessionInput } from '../__generated__/graphql.js';
import type { Messages } from '../messages/en.js';

export const ageGroups = ['age0To17', 'age18To29', 'age30To59', 'age60Plus'] as const;
export type AgeGroup = (typeof ageGroups)[number];
export const sexes = ['female', 'male'] as const;
export type Sex = (typeof sexes)[number];
/** One count of the attendance grid, e.g. `attendance.female.age0To17` (the API's own path). */
export type CountField = `attendance.${Sex}.${AgeGroup}`;

/** What the form holds: text as typed. */
export interface SessionForm {
  topic: AwarenessTopic | '';
  topicOther: string;
  place: string;
  heldOn: string;
  facilitator: string;
  notes: string;
  counts: Record<CountField, string>;
}

export type SessionField = Exclude<keyof SessionForm, 'counts'> | CountField | 'attendance';
export type SessionErrors = Partial<Record<SessionField, string>>;

export const countField = (sex: Sex, group: AgeGroup): CountField => `attendance.${sex}.${group}`;
const countFields = sexes.flatMap((sex) => ageGroups.map((group) => countField(sex, group)));

export const emptySession = (today: string): SessionForm => ({
  topic: '', topicOther: '', place: '', heldOn: today, facilitator: '', notes: '',
  counts: Object.fromEntries(countFields.map((field) => [field, ''])) as Record<CountField, string>,
});

/** A count as typed: empty is nobody; null when it is not a whole number. */
export function count(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

export const attendanceTotal = (form: SessionForm) => countFields.reduce((sum, field) => sum + (count(form.counts[field]) ?? 0), 0);

export function validateSession(form: SessionForm, today: string, t: Messages): SessionErrors {
  const errors: SessionErrors = {};
  if (form.topic === '') errors.topic = t.errors.topic;
  if (form.topic === 'OTHER' && form.topicOther.trim() === '') errors.topicOther = t.errors.topicOther;
  if (form.place.trim() === '') errors.place = t.errors.place;
  if (form.facilitator.trim() === '') errors.facilitator = t.errors.required(t.fields.facilitator);
  const held = dateError(form.heldOn, { required: true, label: t.fields.heldOn, max: today });
  if (held !== null) errors.heldOn = form.heldOn > today ? t.errors.future : held;
  for (const field of countFields) if (count(form.counts[field]) === null) errors[field] = t.errors.count;
  if (!countFields.some((field) => errors[field] !== undefined) && attendanceTotal(form) === 0) errors.attendance = t.errors.nobody;
  if (form.notes.trim().length > 4000) errors.notes = t.errors.tooLong(4000);
  return errors;
}

/** The API's input from a valid form. */
export function sessionInput(form: SessionForm, idempotencyKey: string): RecordAwarenessSessionInput {
  const group = (sex: Sex) => Object.fromEntries(ageGroups.map((g) => [g, count(form.counts[countField(sex, g)]) ?? 0]));
  return {
    topic: form.topic as AwarenessTopic,
    ...(form.topic === 'OTHER' ? { topicOther: form.topicOther.trim() } : {}),
    place: form.place.trim(),
    heldOn: form.heldOn,
    facilitator: form.facilitator.trim(),
    attendance: { female: group('female'), male: group('male') },
    ...(form.notes.trim() === '' ? {} : { notes: form.notes.trim() }),
    idempotencyKey,
  };
}

/** The fields the site may name in a BAD_USER_INPUT refusal, by their path below `input`. */
export function isSessionField(path: string): path is SessionField {
  return ['topic', 'topicOther', 'place', 'heldOn', 'facilitator', 'notes', 'attendance', ...countFields].includes(path);
}
