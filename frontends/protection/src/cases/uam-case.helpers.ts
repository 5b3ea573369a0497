// The UAM case form: what it holds (text as typed), its checks, and the API's inputs from it.
import { dateError } from '@mpa/ui';
import type { FamilyTracingStatus, OpenUamCaseInput, SeparationType, UamCaseFieldsFragment, UpdateUamCaseInput } from '../__generated__/graphql.js';
import type { Messages } from '../messages/en.js';
import type { FormErrors } from '../shared/submission.js';

export interface UamCaseForm {
  separation: SeparationType | '';
  openedOn: string;
  familyTracingStatus: FamilyTracingStatus;
  escortNeeds: string;
  assessment: { assessedOn: string; findings: string; assessedBy: string };
  determination: { decision: string; decidedOn: string; panel: string };
  guardian: { name: string; relationship: string; contact: string; appointedOn: string };
}

export const emptyUamCase = (today: string): UamCaseForm => ({
  separation: '',
  openedOn: today,
  familyTracingStatus: 'NOT_STARTED',
  escortNeeds: '',
  assessment: { assessedOn: '', findings: '', assessedBy: '' },
  determination: { decision: '', decidedOn: '', panel: '' },
  guardian: { name: '', relationship: '', contact: '', appointedOn: '' },
});

export const uamCaseFormOf = (c: UamCaseFieldsFragment): UamCaseForm => ({
  separation: c.separation,
  openedOn: c.openedOn,
  familyTracingStatus: c.familyTracingStatus,
  escortNeeds: c.escortNeeds ?? '',
  assessment: c.bestInterestsAssessment ?? { assessedOn: '', findings: '', assessedBy: '' },
  determination: c.bestInterestsDetermination ?? { decision: '', decidedOn: '', panel: '' },
  guardian: c.guardian === null ? { name: '', relationship: '', contact: '', appointedOn: '' } : { ...c.guardian, contact: c.guardian.contact ?? '' },
});

/** A part of the form (assessment, determination, guardian) is recorded once any of its fields is filled in. */
const filled = (part: Record<string, string>) => Object.values(part).some((value) => value.trim() !== '');

/** Problems with the form, keyed like the API's input; empty when it can be sent. */
export function validateUamCase(form: UamCaseForm, today: string, t: Messages): FormErrors {
  const errors: FormErrors = {};
  const f = t.fields;
  const required = (key: string, value: string, label: string) => {
    if (value.trim() === '') errors[key] = t.errors.required(label);
  };
  const pastDate = (key: string, value: string, label: string) => {
    const problem = dateError(value, { required: true, label, max: today });
    if (problem !== null) errors[key] = value > today ? t.errors.future : problem;
  };
  if (form.separation === '') errors['separation'] = t.errors.choose(f.separation);
  pastDate('openedOn', form.openedOn, f.openedOn);
  if (filled(form.assessment)) {
    pastDate('bestInterestsAssessment.assessedOn', form.assessment.assessedOn, f.assessedOn);
    required('bestInterestsAssessment.findings', form.assessment.findings, f.findings);
    required('bestInterestsAssessment.assessedBy', form.assessment.assessedBy, f.assessedBy);
  }
  if (filled(form.determination)) {
    required('bestInterestsDetermination.decision', form.determination.decision, f.decision);
    pastDate('bestInterestsDetermination.decidedOn', form.determination.decidedOn, f.decidedOn);
    required('bestInterestsDetermination.panel', form.determination.panel, f.panel);
    // A determination decides on what the assessment found: none without one.
    if (!filled(form.assessment)) errors['bestInterestsAssessment.assessedOn'] = t.errors.assessmentFirst;
  }
  if (filled(form.guardian)) {
    required('guardian.name', form.guardian.name, f.guardianName);
    required('guardian.relationship', form.guardian.relationship, f.guardianRelationship);
    pastDate('guardian.appointedOn', form.guardian.appointedOn, f.appointedOn);
  }
  return errors;
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

/** The parts of a valid form as the API takes them: a part left blank is null. */
function parts(form: UamCaseForm) {
  const { assessment: a, determination: d, guardian: g } = form;
  return {
    familyTracingStatus: form.familyTracingStatus,
    escortNeeds: optional(form.escortNeeds),
    bestInterestsAssessment: filled(a) ? { assessedOn: a.assessedOn, findings: a.findings.trim(), assessedBy: a.assessedBy.trim() } : null,
    bestInterestsDetermination: filled(d) ? { decision: d.decision.trim(), decidedOn: d.decidedOn, panel: d.panel.trim() } : null,
    guardian: filled(g) ? { name: g.name.trim(), relationship: g.relationship.trim(), contact: optional(g.contact), appointedOn: g.appointedOn } : null,
  };
}

export function openUamCaseInput(form: UamCaseForm, migrantId: string, idempotencyKey: string): OpenUamCaseInput {
  const { escortNeeds, bestInterestsAssessment, bestInterestsDetermination, guardian, familyTracingStatus } = parts(form);
  return {
    migrantId,
    separation: form.separation as SeparationType,
    openedOn: form.openedOn,
    familyTracingStatus,
    ...(bestInterestsAssessment === null ? {} : { bestInterestsAssessment }),
    ...(bestInterestsDetermination === null ? {} : { bestInterestsDetermination }),
    ...(guardian === null ? {} : { guardian }),
    ...(escortNeeds === null ? {} : { escortNeeds }),
    idempotencyKey,
  };
}

/** Every part, so a part emptied on the form is cleared on the case. */
export function updateUamCaseInput(form: UamCaseForm): UpdateUamCaseInput {
  return { separation: form.separation as SeparationType, ...parts(form) };
}
