import { useMutation } from '@mpa/graphql';
import { dateError, DateInput, FormField, Link, navigate, Page, SelectField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { MovementMode } from '../__generated__/graphql.js';
import { useReturnsMessages } from '../messages.js';
import { isThreeLetterCode } from '../money.js';
import { paths } from '../routes.js';
import { useSubmission, type FieldErrors } from '../submission.js';
import { planMovementMutation } from './movements.documents.js';

const modes: readonly MovementMode[] = ['AIR', 'ROAD_CONVOY', 'CHARTER'];
const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

/** Plans a movement: mode, date, route, destination and escorts; it then takes bookings. */
export function PlanMovement({ today = new Date().toISOString().slice(0, 10), newKey = () => crypto.randomUUID() }: { today?: string; newKey?: () => string }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const p = t.planMovement;
  const [form, setForm] = useState({ mode: '' as MovementMode | '', departureDate: '', route: '', destinationCountry: '', escorts: '' });
  const [idempotencyKey] = useState(newKey);
  const { submit, problems, errorOf, busy } = useSubmission();
  const [plan] = useMutation(planMovementMutation, { refetchQueries: ['Movements'] });
  const escorts = form.escorts.split('\n').map((line) => line.trim()).filter((line) => line !== '');

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (form.mode === '') errors['mode'] = t.required(p.mode);
    const date = dateError(form.departureDate, { required: true, label: p.departureDate });
    if (date !== null) errors['departureDate'] = date;
    else if (form.departureDate < yearBefore(today)) errors['departureDate'] = p.tooEarly;
    if (form.route.trim() === '') errors['route'] = t.required(p.route);
    if (!isThreeLetterCode(form.destinationCountry)) errors['destinationCountry'] = t.countryCode;
    if (escorts.length > 20) errors['escorts'] = p.tooManyEscorts;
    return errors;
  }

  return (
    <Page title={p.heading} focusOnMount>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const input = { mode: form.mode as MovementMode, departureDate: form.departureDate, route: form.route.trim(), destinationCountry: form.destinationCountry.trim().toUpperCase(), escorts, idempotencyKey };
          const sent = await submit(validate(), async () => (await plan({ variables: { input } })).data?.planMovement);
          const created = sent?.answer;
          if (created !== undefined) {
            toast.show(p.planned(created.reference));
            navigate(paths.movement(created.id));
          }
        }}
      >
        {problems}
        <SelectField label={p.mode} required error={errorOf('mode')} placeholder={t.choose} options={modes.map((mode) => ({ value: mode, label: t.movements.modes[mode] }))} value={form.mode} onChange={(mode) => setForm({ ...form, mode })} />
        <DateInput label={p.departureDate} required min={yearBefore(today)} value={form.departureDate} error={errorOf('departureDate')} onChange={(departureDate) => setForm({ ...form, departureDate })} />
        <TextField label={p.route} hint={p.routeHint} required value={form.route} error={errorOf('route')} onChange={(e) => setForm({ ...form, route: e.target.value })} />
        <TextField label={p.destinationCountry} hint={t.countryHint} required maxLength={3} value={form.destinationCountry} error={errorOf('destinationCountry')} onChange={(e) => setForm({ ...form, destinationCountry: e.target.value.toUpperCase() })} />
        <FormField label={p.escorts} hint={p.escortsHint} error={errorOf('escorts')}>
          {(control) => <textarea {...control} rows={3} value={form.escorts} onChange={(e) => setForm({ ...form, escorts: e.target.value })} />}
        </FormField>
        <p>
          <button type="submit" className="primary" aria-disabled={busy}>{busy ? t.saving : p.submit}</button> <Link to={paths.movements()}>{t.cancel}</Link>
        </p>
      </form>
    </Page>
  );
}
