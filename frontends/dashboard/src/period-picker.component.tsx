import { DateInput, dateError, FormField } from '@mpa/ui';
import { useState, type FormEvent } from 'react';
import { useDashboardMessages } from './messages.js';
import { periodOf, presetOf, presetValue, recentQuarters, type Period, type Preset } from './period.js';

/** The period the dashboard covers: a preset applies at once; a custom range once it is valid and shown. */
export function PeriodPicker({ today, preset, period, onChange }: {
  today: Date;
  preset: Preset;
  period: Period;
  onChange: (preset: Preset, period: Period) => void;
}) {
  const t = useDashboardMessages();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [checked, setChecked] = useState(false);
  const fromError = dateError(from, { required: true, label: t.from });
  const toError = dateError(to, { required: true, label: t.to }) ?? (fromError === null && to < from ? t.toBeforeFrom : null);

  const choose = (value: string) => {
    const next = presetOf(value);
    setChecked(false);
    if (next.kind === 'custom') {
      onChange(next, period);
      return;
    }
    const range = periodOf(next, today);
    setFrom(range.from);
    setTo(range.to);
    onChange(next, range);
  };
  const show = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (fromError === null && toError === null) onChange(preset, { from, to });
  };

  return (
    <form className="dashboard-period" onSubmit={show} noValidate>
      <FormField label={t.period}>
        {(control) => (
          <select {...control} value={presetValue(preset)} onChange={(event) => choose(event.target.value)}>
            <option value="this-year">{t.presets.thisYear}</option>
            <option value="last-12-months">{t.presets.last12Months}</option>
            {recentQuarters(today).map((quarter) => (
              <option key={presetValue({ kind: 'quarter', ...quarter })} value={presetValue({ kind: 'quarter', ...quarter })}>
                {t.presets.quarter(quarter.quarter, quarter.year)}
              </option>
            ))}
            <option value="custom">{t.presets.custom}</option>
          </select>
        )}
      </FormField>
      {preset.kind === 'custom' && (
        <>
          <DateInput label={t.from} value={from} onChange={setFrom} required error={checked ? fromError : null} />
          <DateInput label={t.to} value={to} onChange={setTo} required error={checked ? toError : null} />
          <button type="submit">{t.showPeriod}</button>
        </>
      )}
    </form>
  );
}
