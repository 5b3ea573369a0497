import { useSiteMutation } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { StatusBadge, useLanguage, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { TraffickingCaseFieldsFragment } from '../__generated__/graphql.js';
import { updateTraffickingCaseMutation } from '../documents/protection-cases.documents.js';
import { useProtectionMessages } from '../messages.js';
import { Facts } from '../shared/definition-list.component.js';
import { RecordForm } from '../shared/record-form.component.js';
import { formState, useSubmission } from '../shared/submission.js';
import { isoDay } from '../shared/today.js';
import { identificationTone, planItemTone } from './case-tones.js';
import { TraffickingCaseFields } from './trafficking-case-fields.component.js';
import { traffickingCaseFormOf, updateTraffickingCaseInput, validateTraffickingCase, type TraffickingCaseForm } from './trafficking-case.helpers.js';

/** A trafficking case: the screening's indicators, the identification decision and the assistance plan. */
export function TraffickingCasePanel({ traffickingCase: c, site, canWrite, today = new Date() }: { traffickingCase: TraffickingCaseFieldsFragment; site: string; canWrite: boolean; today?: Date }) {
  const t = useProtectionMessages();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const date = (value: string) => format.date(value, language);
  const named = <V extends string>(values: readonly V[], words: Record<V, string>) => (values.length === 0 ? t.vot.noIndicators : values.map((v) => words[v]).join(', '));
  if (editing) return <TraffickingCaseEditor traffickingCase={c} site={site} today={today} onDone={() => setEditing(false)} />;
  return (
    <section aria-labelledby="mpa-protection-vot">
      <h3 id="mpa-protection-vot">{t.vot.caseHeading}</h3>
      <p>
        <StatusBadge tone={identificationTone(c.identification)}>{`${t.fields.identification}: ${t.identification[c.identification]}`}</StatusBadge>
      </p>
      <Facts
        rows={[
          [t.fields.screenedOn, t.uam.openedBy(date(c.screenedOn), c.openedBy.name)],
          [t.fields.act, named(c.actIndicators, t.traffickingAct)],
          [t.fields.means, named(c.meansIndicators, t.traffickingMeans)],
          [t.fields.purpose, `${named(c.purposeIndicators, t.traffickingPurpose)}${c.purposeOther === null ? '' : ` (${c.purposeOther})`}`],
          [t.fields.screeningNotes, c.screeningNotes ?? t.vot.noNotes],
          [t.vot.identificationHeading, c.identifiedOn === null ? t.identification.PENDING : t.vot.decided(date(c.identifiedOn), c.identifiedBy ?? t.unknown)],
        ]}
      />
      <h4>{t.vot.planHeading}</h4>
      {c.assistancePlan.length === 0 ? (
        <p>{t.vot.noPlan}</p>
      ) : (
        <ul>
          {c.assistancePlan.map((item, i) => (
            <li key={i}>
              <StatusBadge tone={planItemTone(item.status)}>{t.planItemStatus[item.status]}</StatusBadge> {item.description}
              {item.dueOn !== null && <span className="hint"> {t.vot.due(date(item.dueOn))}</span>}
            </li>
          ))}
        </ul>
      )}
      {canWrite && <button type="button" onClick={() => setEditing(true)}>{t.vot.edit}</button>}
    </section>
  );
}

function TraffickingCaseEditor({ traffickingCase, site, today, onDone }: { traffickingCase: TraffickingCaseFieldsFragment; site: string; today: Date; onDone: () => void }) {
  const t = useProtectionMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<TraffickingCaseForm>(() => traffickingCaseFormOf(traffickingCase));
  const [update, { loading }] = useSiteMutation(updateTraffickingCaseMutation, { site });
  const submission = useSubmission(
    (f: TraffickingCaseForm) => validateTraffickingCase(f, day, t),
    async (f) => {
      await update({ variables: { id: traffickingCase.id, expectedVersion: traffickingCase.version, input: updateTraffickingCaseInput(f) } });
      toast.show(t.saved);
      onDone();
    },
  );
  return (
    <section aria-labelledby="mpa-protection-vot-edit">
      <h3 id="mpa-protection-vot-edit">{t.vot.editHeading}</h3>
      <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(form)} submitLabel={t.save} cancel={<button type="button" onClick={onDone}>{t.cancel}</button>}>
        <TraffickingCaseFields form={form} onChange={setForm} errorOf={submission.errorOf} today={day} />
      </RecordForm>
    </section>
  );
}
