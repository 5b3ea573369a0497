// The trafficking screening form: indicators of act, means and purpose, the identification
// decision and the assistance plan; its checks and the API's inputs from it.
import { dateError } from '@mpa/ui';
import type {
  AssistancePlanItemStatus, OpenTraffickingCaseInput, TraffickingAct, TraffickingCaseFieldsFragment, TraffickingIdentification,
  TraffickingMeans, TraffickingPurpose, UpdateTraffickingCaseInput,
} from '../__generated__/graphql.js';
import type { Messages } from '../messages/en.js';
import type { FormErrors } from '../shared/submission.js';

export interface PlanItemForm {
  description: string;
  status: AssistancePlanItemStatus;
  dueOn: string;
}

export interface TraffickingCaseForm {
  screenedOn: string;
  act: TraffickingAct[];
  means: TraffickingMeans[];
  purpose: TraffickingPurpose[];
  purposeOther: string;
  screeningNotes: string;
  decision: TraffickingIdentification;
  decidedOn: string;
  decidedBy: string;
  plan: PlanItemForm[];
}

export const emptyPlanItem = (): PlanItemForm => ({ description: '', status: 'PLANNED', dueOn: '' });

export const emptyTraffickingCase = (today: string): TraffickingCaseForm => ({
  screenedOn: today,
  act: [],
  means: [],
  purpose: [],
  purposeOther: '',
  screeningNotes: '',
  decision: 'PENDING',
  decidedOn: '',
  decidedBy: '',
  plan: [],
});

export const traffickingCaseFormOf = (c: TraffickingCaseFieldsFragment): TraffickingCaseForm => ({
  screenedOn: c.screenedOn,
  act: [...c.actIndicators],
  means: [...c.meansIndicators],
  purpose: [...c.purposeIndicators],
  purposeOther: c.purposeOther ?? '',
  screeningNotes: c.screeningNotes ?? '',
  decision: c.identification,
  decidedOn: c.identifiedOn ?? '',
  decidedBy: c.identifiedBy ?? '',
  plan: c.assistancePlan.map((item) => ({ description: item.description, status: item.status, dueOn: item.dueOn ?? '' })),
});

/** Problems with the form, keyed like the API's input; empty when it can be sent. */
export function validateTraffickingCase(form: TraffickingCaseForm, today: string, t: Messages): FormErrors {
  const errors: FormErrors = {};
  const f = t.fields;
  const pastDate = (key: string, value: string, label: string) => {
    const problem = dateError(value, { required: true, label, max: today });
    if (problem !== null) errors[key] = value > today ? t.errors.future : problem;
  };
  pastDate('screenedOn', form.screenedOn, f.screenedOn);
  if (form.purpose.includes('OTHER') && form.purposeOther.trim() === '') errors['purposeOther'] = t.errors.required(f.purposeOther);
  if (form.decision !== 'PENDING') {
    pastDate('identification.decidedOn', form.decidedOn, f.decidedOn);
    if (form.decidedBy.trim() === '') errors['identification.decidedBy'] = t.errors.required(f.decidedBy);
  }
  form.plan.forEach((item, i) => {
    if (item.description.trim() === '') errors[`assistancePlan.${i}.description`] = t.errors.required(f.planDescription);
    const due = dateError(item.dueOn);
    if (due !== null) errors[`assistancePlan.${i}.dueOn`] = due;
  });
  return errors;
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

function fields(form: TraffickingCaseForm) {
  return {
    screenedOn: form.screenedOn,
    actIndicators: form.act,
    meansIndicators: form.means,
    purposeIndicators: form.purpose,
    // The API takes the other purpose only with OTHER ticked.
    purposeOther: form.purpose.includes('OTHER') ? optional(form.purposeOther) : null,
    screeningNotes: optional(form.screeningNotes),
    identification: form.decision === 'PENDING' ? { decision: form.decision } : { decision: form.decision, decidedOn: form.decidedOn, decidedBy: form.decidedBy.trim() },
    assistancePlan: form.plan.map((item) => ({ description: item.description.trim(), status: item.status, dueOn: item.dueOn === '' ? null : item.dueOn })),
  };
}

export function openTraffickingCaseInput(form: TraffickingCaseForm, migrantId: string, idempotencyKey: string): OpenTraffickingCaseInput {
  const { purposeOther, screeningNotes, ...rest } = fields(form);
  return { migrantId, ...rest, ...(purposeOther === null ? {} : { purposeOther }), ...(screeningNotes === null ? {} : { screeningNotes }), idempotencyKey };
}

export function updateTraffickingCaseInput(form: TraffickingCaseForm): UpdateTraffickingCaseInput {
  return fields(form);
}
