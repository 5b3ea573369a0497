import { format } from '@mpa/i18n';
import { BarChart, DataTable, downloadCsv, EmptyState, LineChart, toCsv, useLanguage, type ChartSeries, type Column, type CsvColumn } from '@mpa/ui';
import { useId } from 'react';
import { useDashboardMessages } from './messages.js';

/** Figures by category and series: the one shape behind every chart, table and CSV of the dashboard. */
export interface Figures {
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

/**
 * Figures keyed by category (e.g. per centre, by nationality), with the categories ordered by their
 * total, largest first. A null count is one the API withheld; a category a series lacks counts 0,
 * or is unknown (null) when the API withheld some of that series' categories (`othersWithheld`).
 */
export function figuresOf<Key>(
  series: readonly { name: string; counts: ReadonlyMap<Key, number | null>; othersWithheld?: boolean }[],
  label: (key: Key) => string,
  order?: readonly Key[],
): Figures {
  const keys = order ?? [...new Set(series.flatMap((s) => [...s.counts.keys()]))];
  const total = (key: Key) => series.reduce((sum, s) => sum + (s.counts.get(key) ?? 0), 0);
  const sorted = order === undefined ? [...keys].sort((a, b) => total(b) - total(a)) : keys.filter((key) => series.some((s) => s.counts.has(key)));
  return {
    categories: sorted.map(label),
    series: series.map((s) => ({ name: s.name, values: sorted.map((key) => (s.counts.has(key) ? (s.counts.get(key) ?? null) : s.othersWithheld ? null : 0)) })),
  };
}

/**
 * One indicator: a chart to look at, the table behind it to read, and the table as CSV. The
 * table's rows are the chart's categories, its columns the series (and their total).
 */
export function ChartTable({ title, categoryHeader, figures, filename, kind = 'bar', stacked = false, total = false, formatValue, empty, withheld, note }: {
  title: string;
  categoryHeader: string;
  figures: Figures;
  /** The CSV file's name, without extension. */
  filename: string;
  kind?: 'bar' | 'line';
  stacked?: boolean;
  /** Adds a Total column (the series summed). */
  total?: boolean;
  formatValue?: (value: number) => string;
  /** What to say when there is nothing in the period. */
  empty: string;
  /** What a null value means here (a count the API withheld); a dash otherwise. */
  withheld?: string;
  /** Said under the title, e.g. that small groups are left out. */
  note?: string;
}) {
  const t = useDashboardMessages();
  const language = useLanguage();
  const headingId = useId();
  const shown = formatValue ?? ((value: number) => format.number(value, language));
  const { categories, series } = figures;
  // Unknown when a value of the row is: a sum over a withheld count would pass for the exact figure.
  const rowTotal = (row: number) => series.reduce<number | null>((sum, s) => (sum === null || s.values[row] == null ? null : sum + s.values[row]), 0);
  const rows = categories.map((_, row) => row);
  const columns: Column<number>[] = [
    { header: categoryHeader, cell: (row) => categories[row], rowHeader: true },
    ...series.map((s): Column<number> => ({ header: s.name, cell: (row) => (s.values[row] == null ? (withheld ?? t.noValue) : shown(s.values[row])), numeric: true })),
    ...(total ? [{ header: t.total, cell: (row: number) => { const sum = rowTotal(row); return sum === null ? t.noValue : shown(sum); }, numeric: true }] : []),
  ];
  const csvColumns: CsvColumn<number>[] = [
    { header: categoryHeader, value: (row) => categories[row] },
    ...series.map((s): CsvColumn<number> => ({ header: s.name, value: (row) => s.values[row] ?? withheld })),
    ...(total ? [{ header: t.total, value: rowTotal }] : []),
  ];
  return (
    <section className="dashboard-indicator" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {note && <p className="hint">{note}</p>}
      {categories.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <>
          {kind === 'bar' ? (
            <BarChart title={title} categories={categories} series={series} stacked={stacked} formatValue={formatValue} />
          ) : (
            <LineChart title={title} categories={categories} series={series} formatValue={formatValue} />
          )}
          <details>
            <summary>{t.showTable}</summary>
            <DataTable caption={title} columns={columns} rows={rows} rowKey={(row) => categories[row] ?? String(row)} />
          </details>
          <button type="button" onClick={() => downloadCsv(`${filename}.csv`, toCsv(csvColumns, rows))} aria-label={t.downloadCsvOf(title)}>
            {t.downloadCsv}
          </button>
        </>
      )}
    </section>
  );
}
