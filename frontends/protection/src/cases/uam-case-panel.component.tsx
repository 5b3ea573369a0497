import { useSiteMutation } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { StatusBadge, useLanguage, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { UamCaseFieldsFragment } from '../__generated__/graphql.js';
import { updateUamCaseMutation } from '../documents/protection-cases.documents.js';
import { useProtectionMessages } from '../messages.js';
import { Facts } from '../shared/definition-list.component.js';
import { RecordForm } from '../shared/record-form.component.js';
import { formState, useSubmission } from '../shared/submission.js';
import { isoDay } from '../shared/today.js';
import { tracingTone } from './case-tones.js';
import { UamCaseFields } from './uam-case-fields.component.js';
import { updateUamCaseInput, uamCaseFormOf, validateUamCase, type UamCaseForm } from './uam-case.helpers.js';

/** A child's UAM case: best interests, guardian, family tracing; editable by protection officers. */
export function UamCasePanel({ uamCase, site, canWrite, today = new Date() }: { uamCase: UamCaseFieldsFragment; site: string; canWrite: boolean; today?: Date }) {
  const t = useProtectionMessages();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const date = (value: string) => format.date(value, language);
  const { bestInterestsAssessment: bia, bestInterestsDetermination: bid, guardian } = uamCase;
  if (editing) return <UamCaseEditor uamCase={uamCase} site={site} today={today} onDone={() => setEditing(false)} />;
  return (
    <section aria-labelledby="mpa-protection-uam">
      <h3 id="mpa-protection-uam">{t.uam.caseHeading}</h3>
      <p>
        <StatusBadge tone={tracingTone(uamCase.familyTracingStatus)}>{`${t.fields.familyTracingStatus}: ${t.tracingStatus[uamCase.familyTracingStatus]}`}</StatusBadge>
      </p>
      <Facts
        rows={[
          [t.fields.separation, t.separation[uamCase.separation]],
          [t.fields.openedOn, t.uam.openedBy(date(uamCase.openedOn), uamCase.openedBy.name)],
          [t.uam.assessmentHeading, bia === null ? t.uam.notYet : t.uam.assessment(date(bia.assessedOn), bia.assessedBy, bia.findings)],
          [t.uam.determinationHeading, bid === null ? t.uam.notYet : t.uam.determination(date(bid.decidedOn), bid.panel, bid.decision)],
          [t.uam.guardianHeading, guardian === null ? t.uam.noGuardian : t.uam.guardian(guardian.name, guardian.relationship, date(guardian.appointedOn), guardian.contact)],
          [t.fields.escortNeeds, uamCase.escortNeeds ?? t.uam.noEscortNeeds],
        ]}
      />
      {canWrite && <button type="button" onClick={() => setEditing(true)}>{t.uam.edit}</button>}
    </section>
  );
}

function UamCaseEditor({ uamCase, site, today, onDone }: { uamCase: UamCaseFieldsFragment; site: string; today: Date; onDone: () => void }) {
  const t = useProtectionMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<UamCaseForm>(() => uamCaseFormOf(uamCase));
  const [update, { loading }] = useSiteMutation(updateUamCaseMutation, { site });
  const submission = useSubmission(
    (f: UamCaseForm) => validateUamCase(f, day, t),
    async (f) => {
      await update({ variables: { id: uamCase.id, expectedVersion: uamCase.version, input: updateUamCaseInput(f) } });
      toast.show(t.saved);
      onDone();
    },
  );
  return (
    <section aria-labelledby="mpa-protection-uam-edit">
      <h3 id="mpa-protection-uam-edit">{t.uam.editHeading}</h3>
      <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(form)} submitLabel={t.save} cancel={<button type="button" onClick={onDone}>{t.cancel}</button>}>
        <UamCaseFields form={form} onChange={setForm} errorOf={submission.errorOf} today={day} opening={false} />
      </RecordForm>
    </section>
  );
}
