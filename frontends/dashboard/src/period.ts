// The periods a coordinator looks at: this year so far, the last twelve months, a quarter, or
// any range. Dates are calendar dates, `YYYY-MM-DD`, compared as strings.

export interface Period {
  from: string;
  to: string;
}

export interface Quarter {
  year: number;
  /** 1–4. */
  quarter: number;
}

export type Preset = { kind: 'this-year' } | { kind: 'last-12-months' } | ({ kind: 'quarter' } & Quarter) | { kind: 'custom' };

const pad = (n: number) => String(n).padStart(2, '0');
/** A local calendar date as `YYYY-MM-DD`. */
export const isoDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The period a preset covers on `today`; never past today. */
export function periodOf(preset: Exclude<Preset, { kind: 'custom' }>, today: Date): Period {
  const to = isoDate(today);
  if (preset.kind === 'this-year') return { from: `${today.getFullYear()}-01-01`, to };
  if (preset.kind === 'last-12-months') {
    // The day after the same date a year ago: twelve whole months ending today.
    return { from: isoDate(new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1)), to };
  }
  const first = (preset.quarter - 1) * 3;
  const last = isoDate(new Date(preset.year, first + 3, 0));
  return { from: `${preset.year}-${pad(first + 1)}-01`, to: last < to ? last : to };
}

/** The current quarter and the three before it, newest first. */
export function recentQuarters(today: Date): Quarter[] {
  const current = today.getFullYear() * 4 + Math.floor(today.getMonth() / 3);
  return [0, 1, 2, 3].map((back) => ({ year: Math.floor((current - back) / 4), quarter: ((current - back) % 4) + 1 }));
}

/** A preset as the value of the period choice (`this-year`, `quarter-2026-4`, …) and back. */
export const presetValue = (preset: Preset) => (preset.kind === 'quarter' ? `quarter-${preset.year}-${preset.quarter}` : preset.kind);

export function presetOf(value: string): Preset {
  const quarter = /^quarter-(\d{4})-([1-4])$/.exec(value);
  if (quarter !== null) return { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) };
  if (value === 'this-year' || value === 'last-12-months') return { kind: value };
  return { kind: 'custom' };
}
