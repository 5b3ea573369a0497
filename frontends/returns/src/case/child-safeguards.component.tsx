import { useMutation } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { TextField, useLanguage, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { AvrCaseFileQuery, ChildSafeguardsInput } from '../__generated__/graphql.js';
import { FormDisclosure } from '../form-disclosure.component.js';
import { useReturnsMessages } from '../messages.js';
import { useSubmission, type FieldErrors } from '../submission.js';
import { recordChildSafeguardsMutation } from './case.documents.js';

type CaseFile = NonNullable<AvrCaseFileQuery['avrCase']>;
type TextSafeguard = 'bestInterestsDeterminationRef' | 'familyAssessment' | 'escortName' | 'handOverSignedBy';
type MomentSafeguard = 'childConsentAt' | 'guardianConsentAt' | 'handOverSignedAt';
const texts: readonly TextSafeguard[] = ['bestInterestsDeterminationRef', 'familyAssessment', 'escortName', 'handOverSignedBy'];
const moments: readonly MomentSafeguard[] = ['childConsentAt', 'guardianConsentAt', 'handOverSignedAt'];

/**
 * An unaccompanied child's safeguards (protection data, say so): the best-interests
 * determination, family assessment and both consents before eligibility, an escort before
 * booking, a signed hand-over before arrival. A consent or signature is recorded as "now".
 */
export function ChildSafeguardsPart({ avrCase, canEdit, visible }: { avrCase: CaseFile; canEdit: boolean; visible: boolean }) {
  const t = useReturnsMessages();
  const language = useLanguage();
  const toast = useToast();
  const s = t.safeguards;
  const current = avrCase.childSafeguards ?? null;
  const [form, setForm] = useState<Record<TextSafeguard, string>>(() => ({
    bestInterestsDeterminationRef: current?.bestInterestsDeterminationRef ?? '',
    familyAssessment: current?.familyAssessment ?? '',
    escortName: current?.escortName ?? '',
    handOverSignedBy: current?.handOverSignedBy ?? '',
  }));
  const [consents, setConsents] = useState<Record<MomentSafeguard, boolean>>({ childConsentAt: false, guardianConsentAt: false, handOverSignedAt: false });
  const { submit, problems, errorOf, busy } = useSubmission();
  const [record] = useMutation(recordChildSafeguardsMutation, { refetchQueries: ['AvrCaseFile'] });

  const heading = (
    <>
      <h3 id="mpa-returns-safeguards">{s.heading}</h3>
      <p className="hint">{s.sensitive}</p>
    </>
  );
  if (!visible || current === null) {
    return (
      <section className="mpa-returns-part" aria-labelledby="mpa-returns-safeguards">
        {heading}
        <p>{s.notVisible}</p>
      </section>
    );
  }

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    for (const field of texts) if (form[field].length > 500) errors[field] = t.tooLong(500);
    return errors;
  }

  async function save() {
    const at = new Date().toISOString();
    const input: ChildSafeguardsInput = {};
    for (const field of texts) if (form[field].trim() !== '' && form[field].trim() !== (current?.[field] ?? '')) input[field] = form[field].trim();
    for (const field of moments) if (consents[field]) input[field] = at;
    if (await submit(validate(), () => record({ variables: { id: avrCase.id, expectedVersion: avrCase.version, input } }))) {
      setConsents({ childConsentAt: false, guardianConsentAt: false, handOverSignedAt: false });
      toast.show(s.saved);
    }
  }

  return (
    <section className="mpa-returns-part" aria-labelledby="mpa-returns-safeguards">
      {heading}
      <dl className="mpa-returns-facts">
        {[...texts, ...moments].map((field) => {
          const value = current[field];
          const shown = value == null ? t.none : moments.includes(field as MomentSafeguard) ? format.date(value.slice(0, 10), language) : value;
          return [<dt key={`${field}-label`}>{s[field]}</dt>, <dd key={field}>{shown}</dd>];
        })}
      </dl>
      {canEdit && (
        <FormDisclosure title={s.edit} open={[...texts, ...moments].some((field) => current[field] == null)}>
          <form
            noValidate
            aria-label={s.edit}
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            {problems}
            {texts.map((field) => (
              <TextField key={field} label={s[field]} autoComplete="off" value={form[field]} error={errorOf(field)} onChange={(e) => setForm({ ...form, [field]: e.target.value })} />
            ))}
            {moments.filter((field) => current[field] == null).map((field) => (
              <p key={field}>
                <label>
                  <input type="checkbox" checked={consents[field]} onChange={(e) => setConsents({ ...consents, [field]: e.target.checked })} /> {`${s[field]}: ${s.consentNow}`}
                </label>
                {errorOf(field) !== null && <span className="field-error"> {errorOf(field)}</span>}
              </p>
            ))}
            <p>
              <button type="submit" aria-disabled={busy}>{busy ? t.saving : s.submit}</button>
            </p>
          </form>
        </FormDisclosure>
      )}
    </section>
  );
}
