import { dateError, DateInput, SelectField } from '@mpa/ui';
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
      <SelectField
        label={t.period}
        options={[
          { value: 'this-year', label: t.presets.thisYear },
          { value: 'last-12-months', label: t.presets.last12Months },
          ...recentQuarters(today).map((quarter) => ({ value: presetValue({ kind: 'quarter', ...quarter }), label: t.presets.quarter(quarter.quarter, quarter.year) })),
          { value: 'custom', label: t.presets.custom },
        ]}
        value={presetValue(preset)}
        onChange={choose}
      />
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
