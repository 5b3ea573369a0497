import { fieldErrorsOf, graphQLErrorsOf } from '@mpa/graphql';
import { dateError } from '@mpa/ui';
import type { AttendanceInput, AwarenessTopic, PlanAwarenessSessionInput, RecordAwarenessSessionInput } from '../__generated__/graphql.js';
import type { Messages } from '../messages/en.js';

export const ageGroups = ['age0To17', 'age18To29', 'age30To59', 'age60Plus'] as const;
export type AgeGroup = (typeof ageGroups)[number];
export const sexes = ['female', 'male'] as const;
export type Sex = (typeof sexes)[number];
/** One count of the attendance grid, e.g. `attendance.female.age0To17` (the API's own path). */
export type CountField = `attendance.${Sex}.${AgeGroup}`;
export type Counts = Record<CountField, string>;

/** A session recorded once held, or planned for a coming day (no attendance yet). */
export type SessionMode = 'record' | 'plan';

/** What the session form holds: text as typed. */
export interface SessionForm {
  topic: AwarenessTopic | '';
  topicOther: string;
  place: string;
  /** The day held, or planned for. */
  heldOn: string;
  facilitator: string;
  notes: string;
  counts: Counts;
}

export type SessionField = Exclude<keyof SessionForm, 'counts'> | CountField | 'attendance';
export type SessionErrors = Partial<Record<SessionField, string>>;

export const countField = (sex: Sex, group: AgeGroup): CountField => `attendance.${sex}.${group}`;
const countFields = sexes.flatMap((sex) => ageGroups.map((group) => countField(sex, group)));
export const noCounts = (): Counts => Object.fromEntries(countFields.map((field) => [field, ''])) as Counts;

export const emptySession = (today: string): SessionForm => ({ topic: '', topicOther: '', place: '', heldOn: today, facilitator: '', notes: '', counts: noCounts() });

/** A count as typed: empty is nobody; null when it is not a whole number. */
export function count(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

export const attendanceTotal = (counts: Counts) => countFields.reduce((sum, field) => sum + (count(counts[field]) ?? 0), 0);

/** The last day a session may be planned for: a year ahead, as the site allows. */
export const lastPlannableDay = (today: string) => new Date(Date.parse(`${today}T00:00:00Z`) + 365 * 86_400_000).toISOString().slice(0, 10);

/** The grid's problems: a count that is not a whole number, or nobody counted at all. */
export function validateAttendance(counts: Counts, t: Messages): SessionErrors {
  const errors: SessionErrors = {};
  for (const field of countFields) if (count(counts[field]) === null) errors[field] = t.errors.count;
  if (Object.keys(errors).length === 0 && attendanceTotal(counts) === 0) errors.attendance = t.errors.nobody;
  return errors;
}

/** The day held (not after today) or planned for (today to a year ahead). */
export function dayError(mode: SessionMode, value: string, today: string, t: Messages): string | null {
  if (mode === 'plan') {
    const problem = dateError(value, { required: true, label: t.fields.plannedOn, min: today, max: lastPlannableDay(today) });
    return problem !== null && value !== '' && value < today ? t.errors.past : problem;
  }
  const problem = dateError(value, { required: true, label: t.fields.heldOn, max: today });
  return problem !== null && value > today ? t.errors.future : problem;
}

export function validateSession(form: SessionForm, mode: SessionMode, today: string, t: Messages): SessionErrors {
  const errors: SessionErrors = mode === 'record' ? validateAttendance(form.counts, t) : {};
  if (form.topic === '') errors.topic = t.errors.topic;
  if (form.topic === 'OTHER' && form.topicOther.trim() === '') errors.topicOther = t.errors.topicOther;
  if (form.place.trim() === '') errors.place = t.errors.place;
  if (form.facilitator.trim() === '') errors.facilitator = t.errors.required(t.fields.facilitator);
  const day = dayError(mode, form.heldOn, today, t);
  if (day !== null) errors.heldOn = day;
  if (form.notes.trim().length > 4000) errors.notes = t.errors.tooLong(4000);
  return errors;
}

/** The attendance the API takes from the grid. */
export function attendanceInput(counts: Counts): AttendanceInput {
  const group = (sex: Sex) => Object.fromEntries(ageGroups.map((g) => [g, count(counts[countField(sex, g)]) ?? 0]));
  return { female: group('female'), male: group('male') };
}

const described = (form: SessionForm) => ({
  topic: form.topic as AwarenessTopic,
  ...(form.topic === 'OTHER' ? { topicOther: form.topicOther.trim() } : {}),
  place: form.place.trim(),
  facilitator: form.facilitator.trim(),
  ...(form.notes.trim() === '' ? {} : { notes: form.notes.trim() }),
});

/** The API's input for a session held, from a valid form. */
export const sessionInput = (form: SessionForm, idempotencyKey: string): RecordAwarenessSessionInput => ({
  ...described(form), heldOn: form.heldOn, attendance: attendanceInput(form.counts), idempotencyKey,
});

/** The API's input for a session planned, from a valid form. */
export const planInput = (form: SessionForm, idempotencyKey: string): PlanAwarenessSessionInput => ({ ...described(form), plannedOn: form.heldOn, idempotencyKey });

const formFields: readonly string[] = ['topic', 'topicOther', 'place', 'heldOn', 'facilitator', 'notes', 'attendance', ...countFields];

/**
 * The site's refusal, placed: each field it names next to that field (a planned day, `plannedOn`,
 * is the form's `heldOn`), and what cannot be placed — or why nothing was saved — for the form's top.
 */
export function placeRefusal(error: unknown, t: Messages): { errors: SessionErrors; failure: string | null } {
  const errors: SessionErrors = {};
  let unplaced = false;
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const field = path === 'plannedOn' ? 'heldOn' : path;
    if (formFields.includes(field)) errors[field as SessionField] ??= t.serverField(message);
    else unplaced = true;
  }
  const refusal = graphQLErrorsOf(error)[0];
  if (refusal === undefined) return { errors, failure: t.notSent };
  const code = refusal.extensions?.['code'];
  if (code === 'FORBIDDEN') return { errors, failure: t.forbidden };
  if (code === 'CONFLICT' || code === 'INVALID_TRANSITION') return { errors, failure: t.changedMeanwhile };
  return { errors, failure: Object.keys(errors).length > 0 && !unplaced ? null : t.refused(refusal.message) };
}
