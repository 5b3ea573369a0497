import { graphQLErrorsOf, useSiteMutation } from '@mpa/graphql';
import { DateInput, FormField, Link, navigate, Page, SelectField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import { ProblemSummary, refusalProblems, useFormProblems } from '../forms/form-problems.js';
import { useRegistrationMessages } from '../messages.js';
import { registerMigrantMutation } from '../registration.documents.js';
import { paths } from '../routes.js';
import { duplicatesIn, emptyForm, fieldNames, registrationInput, validateRegistration, type DuplicateRecord, type FieldName, type RegistrationForm } from './registration-form.helpers.js';
import { isoDay } from '../forms/iso-day.js';

/**
 * The registration form. The site checks every registration for likely duplicates and refuses
 * one (POSSIBLE_DUPLICATE) until the user has looked at them: the form then lists them, with a
 * way to open each record or to register anyway.
 */
export function RegisterMigrant({ site, today = new Date(), newKey = () => crypto.randomUUID() }: { site?: string; today?: Date; newKey?: () => string }) {
  const t = useRegistrationMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<RegistrationForm>(() => emptyForm(day));
  const problems = useFormProblems<FieldName>();
  const [duplicates, setDuplicates] = useState<DuplicateRecord[] | null>(null);
  // One key per registration: sending it again (a retry after a lost answer) never makes a second record.
  const [idempotencyKey] = useState(newKey);
  const [register, { loading }] = useSiteMutation(registerMigrantMutation, site === undefined ? {} : { site });

  const set = <K extends FieldName>(field: K, value: RegistrationForm[K]) => setForm((current) => ({ ...current, [field]: value }));
  const errorOf = problems.errorOf;

  async function submit(confirmNotDuplicate: boolean) {
    if (problems.show({ fields: validateRegistration(form, day, t), failure: null })) return;
    try {
      const { data } = await register({ variables: { input: registrationInput(form, idempotencyKey, confirmNotDuplicate) } });
      const migrant = data?.site.registerMigrant.migrant;
      if (migrant === undefined) throw new Error('no migrant in the answer');
      toast.show(t.registered(migrant.registrationNumber));
      navigate(paths.case(migrant.id));
    } catch (error) {
      const found = duplicatesIn(graphQLErrorsOf(error));
      if (found !== null) {
        setDuplicates(found);
        return;
      }
      // The site's own check of each field, shown next to the field it is about.
      problems.show(refusalProblems(error, fieldNames, { refused: t.refused, failed: t.registerFailed }));
    }
  }

  return (
    <Page title={t.registerHeading} description={t.registerHint} focusOnMount>
      <ProblemSummary {...problems} />
      {duplicates !== null && (
        <section className="alert" role="alert" aria-labelledby="mpa-registration-duplicates">
          <h3 id="mpa-registration-duplicates">{t.duplicateHeading}</h3>
          <p>{t.duplicateHint}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link to={paths.case(d.id)}>{`${d.registrationNumber} — ${d.fullName}`}</Link> <span className="hint">{t.duplicateScore(d.score)}</span>
              </li>
            ))}
          </ul>
          <button type="button" aria-disabled={loading} onClick={() => !loading && void submit(true)}>{t.registerAnyway}</button>
        </section>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!loading) void submit(false);
        }}
      >
        <TextField label={t.fields.givenName} required autoComplete="off" value={form.givenName} error={errorOf('givenName')} onChange={(e) => set('givenName', e.target.value)} />
        <TextField label={t.fields.familyName} required autoComplete="off" value={form.familyName} error={errorOf('familyName')} onChange={(e) => set('familyName', e.target.value)} />
        <SelectField
          label={t.fields.sex}
          required
          error={errorOf('sex')}
          placeholder={t.chooseSex}
          options={[{ value: 'FEMALE', label: t.sex.FEMALE }, { value: 'MALE', label: t.sex.MALE }]}
          value={form.sex}
          onChange={(value) => set('sex', value)}
        />
        <DateInput label={t.fields.dateOfBirth} value={form.dateOfBirth} max={day} error={errorOf('dateOfBirth')} onChange={(value) => set('dateOfBirth', value)} />
        <FormField label={t.fields.dateOfBirthEstimated}>
          {(control) => <input type="checkbox" {...control} required={false} checked={form.dateOfBirthEstimated} onChange={(e) => set('dateOfBirthEstimated', e.target.checked)} />}
        </FormField>
        <TextField label={t.fields.estimatedAge} inputMode="numeric" value={form.estimatedAge} error={errorOf('estimatedAge')} onChange={(e) => set('estimatedAge', e.target.value)} />
        <TextField
          label={t.fields.nationality}
          required
          hint={t.nationalityHint}
          maxLength={3}
          value={form.nationality}
          error={errorOf('nationality')}
          onChange={(e) => set('nationality', e.target.value.toUpperCase())}
        />
        <FormField label={t.fields.hasDocuments}>
          {(control) => <input type="checkbox" {...control} required={false} checked={form.hasDocuments} onChange={(e) => set('hasDocuments', e.target.checked)} />}
        </FormField>
        <DateInput label={t.fields.arrivalDate} required value={form.arrivalDate} max={day} error={errorOf('arrivalDate')} onChange={(value) => set('arrivalDate', value)} />
        <p>
          <button type="submit" className="primary" aria-disabled={loading}>{loading ? t.submitting : t.submit}</button>{' '}
          <Link to={paths.find()}>{t.cancel}</Link>
        </p>
      </form>
    </Page>
  );
}
