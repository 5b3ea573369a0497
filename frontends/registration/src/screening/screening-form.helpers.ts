import { dateError } from '@mpa/ui';
import type { AssistanceNeed, DeterminantLevel, FactorKind, RecordScreeningInput, RiskLevel, VulnerabilityFactor } from '../__generated__/graphql.js';
import type { FieldErrors } from '../forms/form-problems.js';
import type { Messages } from '../messages/en.js';

/** IOM's determinants of migrant vulnerability, by the level each one sits at (as the site checks them). */
export const factorsByLevel: Record<DeterminantLevel, readonly VulnerabilityFactor[]> = {
  INDIVIDUAL: [
    'UNACCOMPANIED_CHILD', 'SEPARATED_CHILD', 'VICTIM_OF_TRAFFICKING_INDICATORS', 'MEDICAL_CONDITION', 'DISABILITY', 'PREGNANCY',
    'MENTAL_HEALTH_CONDITION', 'OLDER_PERSON', 'SURVIVOR_OF_VIOLENCE', 'SKILLS_OR_EDUCATION', 'GOOD_HEALTH',
  ],
  HOUSEHOLD_FAMILY: ['NO_FAMILY_SUPPORT', 'FAMILY_SUPPORT', 'DEBT', 'DEPENDANTS', 'FAMILY_VIOLENCE'],
  COMMUNITY: ['DISCRIMINATION', 'NO_COMMUNITY_SUPPORT', 'COMMUNITY_SUPPORT', 'INSECURITY', 'NO_ACCESS_TO_SERVICES'],
  STRUCTURAL: ['NO_LEGAL_STATUS', 'CONFLICT_OR_VIOLENCE', 'ENVIRONMENTAL_SHOCK', 'ECONOMIC_CRISIS', 'ACCESS_TO_PROTECTION'],
};
export const determinantLevels = Object.keys(factorsByLevel) as DeterminantLevel[];

/** The determinants that protect rather than add to vulnerability; every other one is a risk. */
const protective = new Set<VulnerabilityFactor>(['SKILLS_OR_EDUCATION', 'GOOD_HEALTH', 'FAMILY_SUPPORT', 'COMMUNITY_SUPPORT', 'ACCESS_TO_PROTECTION']);
export const kindOf = (factor: VulnerabilityFactor): FactorKind => (protective.has(factor) ? 'PROTECTIVE' : 'RISK');

/** Found as a risk, these mark the case for the protection team and raise its risk to high. */
export const protectionFactors: readonly VulnerabilityFactor[] = ['UNACCOMPANIED_CHILD', 'VICTIM_OF_TRAFFICKING_INDICATORS'];

export const assistanceNeeds: readonly AssistanceNeed[] = ['MEDICAL', 'SHELTER', 'PROTECTION', 'MHPSS', 'NFI', 'FAMILY_TRACING', 'AVR', 'LEGAL'];

export interface ScreeningForm {
  screenedOn: string;
  factors: VulnerabilityFactor[];
  assessment: RiskLevel | '';
  needs: AssistanceNeed[];
  note: string;
}
export type ScreeningField = keyof ScreeningForm;
export const screeningFields: readonly ScreeningField[] = ['screenedOn', 'factors', 'assessment', 'needs', 'note'];

export const emptyScreeningForm = (today: string): ScreeningForm => ({ screenedOn: today, factors: [], assessment: '', needs: [], note: '' });

export function validateScreening(form: ScreeningForm, today: string, t: Messages): FieldErrors<ScreeningField> {
  const errors: FieldErrors<ScreeningField> = {};
  const screened = dateError(form.screenedOn, { required: true, label: t.screening.fields.screenedOn, max: today });
  if (screened !== null) errors.screenedOn = form.screenedOn > today ? t.errors.future : screened;
  if (form.assessment === '') errors.assessment = t.screening.errors.assessment;
  if (form.note.trim().length > 2000) errors.note = t.errors.tooLong(2000);
  return errors;
}

export function screeningInput(migrantId: string, form: ScreeningForm, idempotencyKey: string): RecordScreeningInput {
  const levelOf = (factor: VulnerabilityFactor) => determinantLevels.find((level) => factorsByLevel[level].includes(factor))!;
  return {
    migrantId,
    screenedOn: form.screenedOn,
    factors: form.factors.map((factor) => ({ level: levelOf(factor), factor, kind: kindOf(factor) })),
    assessment: form.assessment as RiskLevel,
    needs: form.needs,
    ...(form.note.trim() === '' ? {} : { note: form.note.trim() }),
    idempotencyKey,
  };
}
