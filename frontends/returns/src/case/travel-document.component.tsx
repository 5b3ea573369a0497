import { useMutation } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { dateError, DateInput, SelectField, TextField, useLanguage, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { AvrCaseFileQuery, TravelDocumentType } from '../__generated__/graphql.js';
import { FormDisclosure } from '../form-disclosure.component.js';
import { useReturnsMessages } from '../messages.js';
import { useSubmission, type FieldErrors } from '../submission.js';
import { recordTravelDocumentMutation } from './case.documents.js';

type CaseFile = NonNullable<AvrCaseFileQuery['avrCase']>;
const documentTypes: readonly TravelDocumentType[] = ['PASSPORT', 'EMERGENCY_TRAVEL_DOCUMENT', 'LAISSEZ_PASSER', 'NATIONAL_ID'];

/** Nationality verification and the travel document: what is on file, and the form to record them. */
export function TravelDocumentPart({ avrCase, canEdit, today }: { avrCase: CaseFile; canEdit: boolean; today: string }) {
  const t = useReturnsMessages();
  const language = useLanguage();
  const document = avrCase.travelDocument;
  return (
    <section className="mpa-returns-part" aria-labelledby="mpa-returns-travel-document">
      <h3 id="mpa-returns-travel-document">{t.travelDocument.heading}</h3>
      {document == null ? (
        <p>{t.travelDocument.none}</p>
      ) : (
        <dl className="mpa-returns-facts">
          <dt>{t.travelDocument.type}</dt>
          <dd>{t.travelDocument.summary(t.travelDocument.types[document.type], document.number)}</dd>
          <dt>{t.travelDocument.issued}</dt>
          <dd>{format.date(document.issuedOn, language)}</dd>
          <dt>{t.travelDocument.verified}</dt>
          <dd>{avrCase.nationalityVerifiedOn == null ? t.unknown : format.date(avrCase.nationalityVerifiedOn, language)}</dd>
        </dl>
      )}
      {canEdit && (
        <FormDisclosure title={t.travelDocument.record} open={avrCase.status === 'TRAVEL_DOCUMENTS'}>
          <TravelDocumentForm avrCase={avrCase} today={today} />
        </FormDisclosure>
      )}
    </section>
  );
}

function TravelDocumentForm({ avrCase, today }: { avrCase: CaseFile; today: string }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const [form, setForm] = useState({ type: '' as TravelDocumentType | '', number: '', issuedOn: '', nationalityVerifiedOn: today });
  const { submit, problems, errorOf, busy } = useSubmission();
  const [record] = useMutation(recordTravelDocumentMutation, { refetchQueries: ['AvrCaseFile'] });
  const f = t.travelDocument;

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (form.type === '') errors['type'] = t.required(f.type);
    if (form.number.trim() === '') errors['number'] = t.required(f.number);
    const issued = dateError(form.issuedOn, { required: true, label: f.issuedOn, max: today });
    if (issued !== null) errors['issuedOn'] = issued;
    const verified = dateError(form.nationalityVerifiedOn, { required: true, label: f.nationalityVerifiedOn, max: today });
    if (verified !== null) errors['nationalityVerifiedOn'] = verified;
    return errors;
  }

  return (
    <form
      noValidate
      aria-label={f.record}
      onSubmit={async (event) => {
        event.preventDefault();
        const input = { type: form.type as TravelDocumentType, number: form.number.trim(), issuedOn: form.issuedOn, nationalityVerifiedOn: form.nationalityVerifiedOn };
        if (await submit(validate(), () => record({ variables: { id: avrCase.id, expectedVersion: avrCase.version, input } }))) toast.show(f.saved);
      }}
    >
      {problems}
      <SelectField label={f.type} required error={errorOf('type')} placeholder={t.choose} options={documentTypes.map((type) => ({ value: type, label: f.types[type] }))} value={form.type} onChange={(type) => setForm({ ...form, type })} />
      <TextField label={f.number} required autoComplete="off" value={form.number} error={errorOf('number')} onChange={(e) => setForm({ ...form, number: e.target.value })} />
      <DateInput label={f.issuedOn} required max={today} value={form.issuedOn} error={errorOf('issuedOn')} onChange={(issuedOn) => setForm({ ...form, issuedOn })} />
      <DateInput label={f.nationalityVerifiedOn} required max={today} value={form.nationalityVerifiedOn} error={errorOf('nationalityVerifiedOn')} onChange={(nationalityVerifiedOn) => setForm({ ...form, nationalityVerifiedOn })} />
      <p>
        <button type="submit" aria-disabled={busy}>{busy ? t.saving : f.submit}</button>
      </p>
    </form>
  );
}
