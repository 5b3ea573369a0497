import { useMutation } from '@mpa/graphql';
import { DateInput, dateError, FormField, Link, navigate, Page, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { OpenAvrCaseInput, ReturnDirection, ReturneeSex } from '../__generated__/graphql.js';
import { useReturnsMessages } from '../messages.js';
import { isThreeLetterCode } from '../money.js';
import { paths } from '../routes.js';
import { useSubmission, type FieldErrors } from '../submission.js';
import { FindMigrant, type FoundMigrant } from './find-migrant.component.js';
import { openAvrCaseMutation } from './open-case.documents.js';

const emptyForm = () => ({
  direction: 'TO_COUNTRY_OF_ORIGIN' as ReturnDirection,
  hostCountry: '',
  referringMission: '',
  fullName: '',
  sex: '' as ReturneeSex | '',
  dateOfBirth: '',
  destinationCountry: '',
  destinationRegion: '',
  destinationCommunity: '',
  isUnaccompaniedChild: false,
});
type OpenCaseForm = ReturnType<typeof emptyForm>;

function validate(form: OpenCaseForm, migrant: FoundMigrant | null, today: string, t: ReturnType<typeof useReturnsMessages>): FieldErrors {
  const o = t.open;
  const errors: FieldErrors = {};
  if (form.direction === 'TO_COUNTRY_OF_ORIGIN') {
    if (migrant === null) errors['migrantId'] = o.chooseMigrant;
    if (!isThreeLetterCode(form.destinationCountry)) errors['destinationCountry'] = t.countryCode;
  } else {
    if (!isThreeLetterCode(form.hostCountry)) errors['hostCountry'] = t.countryCode;
    if (form.referringMission.trim() === '') errors['referringMission'] = t.required(o.referringMission);
    if (form.fullName.trim() === '') errors['returnee.fullName'] = t.required(o.returneeName);
    const born = dateError(form.dateOfBirth, { min: '1900-01-01', max: today });
    if (born !== null) errors['returnee.dateOfBirth'] = form.dateOfBirth > today ? t.future : born;
  }
  return errors;
}

function caseInput(form: OpenCaseForm, migrant: FoundMigrant | null, idempotencyKey: string): OpenAvrCaseInput {
  const destination = {
    ...(form.destinationRegion.trim() === '' ? {} : { destinationRegion: form.destinationRegion.trim() }),
    ...(form.destinationCommunity.trim() === '' ? {} : { destinationCommunity: form.destinationCommunity.trim() }),
    isUnaccompaniedChild: form.isUnaccompaniedChild,
    idempotencyKey,
  };
  if (form.direction === 'TO_COUNTRY_OF_ORIGIN') {
    return { direction: form.direction, migrantId: migrant?.id ?? '', destinationCountry: form.destinationCountry.trim().toUpperCase(), ...destination };
  }
  return {
    direction: form.direction,
    hostCountry: form.hostCountry.trim().toUpperCase(),
    referringMission: form.referringMission.trim(),
    returnee: { fullName: form.fullName.trim(), ...(form.sex === '' ? {} : { sex: form.sex }), ...(form.dateOfBirth === '' ? {} : { dateOfBirth: form.dateOfBirth }) },
    destinationCountry: 'SOM',
    ...destination,
  };
}

/** Opens a return case in either direction: a centre's migrant going home, or a Somali coming home from abroad. */
export function OpenCase({ today = new Date().toISOString().slice(0, 10), newKey = () => crypto.randomUUID() }: { today?: string; newKey?: () => string }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const o = t.open;
  const [form, setForm] = useState(emptyForm);
  const [migrant, setMigrant] = useState<FoundMigrant | null>(null);
  // One key per case: a retry after a lost answer never opens a second case.
  const [idempotencyKey] = useState(newKey);
  const { submit, problems, errorOf, busy } = useSubmission();
  const [open] = useMutation(openAvrCaseMutation);
  const set = <K extends keyof OpenCaseForm>(field: K, value: OpenCaseForm[K]) => setForm((current) => ({ ...current, [field]: value }));
  const toSomalia = form.direction === 'TO_SOMALIA';

  return (
    <Page title={o.heading} description={o.hint} focusOnMount>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const sent = await submit(validate(form, migrant, today, t), async () => (await open({ variables: { input: caseInput(form, migrant, idempotencyKey) } })).data?.openAvrCase);
          const opened = sent?.answer;
          if (opened !== undefined) {
            toast.show(o.opened(opened.caseNumber));
            navigate(paths.case(opened.id));
          }
        }}
      >
        {problems}
        <FormField label={o.direction} required error={errorOf('direction')}>
          {(control) => (
            <select {...control} value={form.direction} onChange={(e) => set('direction', e.target.value as ReturnDirection)}>
              <option value="TO_COUNTRY_OF_ORIGIN">{t.direction.TO_COUNTRY_OF_ORIGIN}</option>
              <option value="TO_SOMALIA">{t.direction.TO_SOMALIA}</option>
            </select>
          )}
        </FormField>
        {toSomalia ? (
          <>
            <TextField label={o.hostCountry} hint={t.countryHint} required maxLength={3} value={form.hostCountry} error={errorOf('hostCountry')} onChange={(e) => set('hostCountry', e.target.value.toUpperCase())} />
            <TextField label={o.referringMission} hint={o.missionHint} required value={form.referringMission} error={errorOf('referringMission')} onChange={(e) => set('referringMission', e.target.value)} />
            <TextField label={o.returneeName} required autoComplete="off" value={form.fullName} error={errorOf('returnee.fullName')} onChange={(e) => set('fullName', e.target.value)} />
            <FormField label={o.returneeSex} error={errorOf('returnee.sex')}>
              {(control) => (
                <select {...control} value={form.sex} onChange={(e) => set('sex', e.target.value as ReturneeSex | '')}>
                  <option value="">{t.unknown}</option>
                  <option value="FEMALE">{t.sex.FEMALE}</option>
                  <option value="MALE">{t.sex.MALE}</option>
                </select>
              )}
            </FormField>
            <DateInput label={o.dateOfBirth} max={today} value={form.dateOfBirth} error={errorOf('returnee.dateOfBirth')} onChange={(value) => set('dateOfBirth', value)} />
            <p className="hint">{o.somaliaOnly}</p>
          </>
        ) : (
          <>
            {migrant === null ? (
              <FindMigrant
                error={errorOf('migrantId')}
                onChoose={(found) => {
                  setMigrant(found);
                  if (form.destinationCountry === '') set('destinationCountry', found.nationality);
                }}
              />
            ) : (
              <p>
                {o.chosen(migrant.fullName, migrant.registrationNumber)}{' '}
                <button type="button" onClick={() => setMigrant(null)}>{t.cancel}</button>
              </p>
            )}
            <TextField label={o.destinationCountry} hint={t.countryHint} required maxLength={3} value={form.destinationCountry} error={errorOf('destinationCountry')} onChange={(e) => set('destinationCountry', e.target.value.toUpperCase())} />
          </>
        )}
        <TextField label={o.destinationRegion} value={form.destinationRegion} error={errorOf('destinationRegion')} onChange={(e) => set('destinationRegion', e.target.value)} />
        <TextField label={o.destinationCommunity} value={form.destinationCommunity} error={errorOf('destinationCommunity')} onChange={(e) => set('destinationCommunity', e.target.value)} />
        <FormField label={o.unaccompaniedChild}>
          {(control) => <input type="checkbox" {...control} required={false} checked={form.isUnaccompaniedChild} onChange={(e) => set('isUnaccompaniedChild', e.target.checked)} />}
        </FormField>
        <p>
          <button type="submit" className="primary" aria-disabled={busy}>{busy ? t.saving : o.submit}</button> <Link to={paths.board()}>{t.cancel}</Link>
        </p>
      </form>
    </Page>
  );
}
