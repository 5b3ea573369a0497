import { localeOf } from '@mpa/i18n';
import { useLanguage } from '@mpa/ui';
import type { AvrStatus, DashboardReturnsQuery, PlanCompletion } from './__generated__/graphql.js';
import { ChartTable, figuresOf } from './chart-table.component.js';
import { useDashboardMessages } from './messages.js';
import type { Period } from './period.js';

type AvrStats = DashboardReturnsQuery['avrStats'];

/** The lifecycle's order, request to closure, then the ways a case ends early. */
const stages: readonly AvrStatus[] = [
  'REQUESTED', 'COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS', 'FIT_TO_TRAVEL', 'TRAVEL_BOOKED', 'DEPARTED', 'ARRIVED',
  'REINTEGRATION', 'CLOSED', 'WITHDRAWN', 'REJECTED', 'CANCELLED',
];
const completions: readonly PlanCompletion[] = ['NO_ACTIVITIES', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'];
const dimensions = ['economic', 'social', 'psychosocial', 'composite'] as const;

/** Groups rows into one series each, keyed by `seriesOf`, counting `count` per `key`. */
function seriesBy<Row, Key>(rows: readonly Row[], seriesOf: (row: Row) => string, key: (row: Row) => Key, count: (row: Row) => number) {
  const series = new Map<string, Map<Key, number>>();
  for (const row of rows) {
    const counts = series.get(seriesOf(row)) ?? new Map<Key, number>();
    counts.set(key(row), (counts.get(key(row)) ?? 0) + count(row));
    series.set(seriesOf(row), counts);
  }
  return [...series].map(([name, counts]) => ({ name, counts }));
}

/** AVR and reintegration figures from AVRR: the pipeline, departures, plans and sustainability. */
export function ReturnIndicators({ stats, period }: { stats: AvrStats; period: Period }) {
  const t = useDashboardMessages();
  const language = useLanguage();
  const file = (name: string) => `${name}_${period.from}_${period.to}`;
  const score = (value: number) => value.toLocaleString(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const month = new Intl.DateTimeFormat(localeOf(language), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const months = [...new Set(stats.departures.map((d) => d.month))].sort();
  const byCentre = stats.sustainabilityByCentre;
  const rounds = stats.sustainabilityByRound;
  const empty = t.nothingInPeriod;

  return (
    <>
      <ChartTable
        title={t.pipeline}
        categoryHeader={t.statusHeader}
        figures={figuresOf(seriesBy(stats.pipeline, (row) => row.centre?.name ?? t.toSomalia, (row) => row.status, (row) => row.cases), (status) => t.avrStatus[status], stages)}
        filename={file('avr-pipeline')}
        stacked
        total
        empty={empty}
      />
      <ChartTable
        title={t.departures}
        categoryHeader={t.monthHeader}
        figures={figuresOf(seriesBy(stats.departures, (row) => row.destinationCountry, (row) => row.month, (row) => row.returnees), (m) => month.format(new Date(`${m}-01T00:00:00Z`)), months)}
        filename={file('departures')}
        stacked
        total
        empty={empty}
      />
      <ChartTable
        title={t.plans}
        categoryHeader={t.completionHeader}
        figures={figuresOf([{ name: t.plansSeries, counts: new Map(stats.plansByCompletion.map((p) => [p.completion, p.plans])) }], (c) => t.completion[c], completions)}
        filename={file('reintegration-plans')}
        empty={empty}
      />
      <ChartTable
        title={t.sustainabilityByRound}
        categoryHeader={t.roundHeader}
        kind="line"
        figures={{ categories: rounds.map((r) => t.round(r.round)), series: dimensions.map((d) => ({ name: t.dimension[d], values: rounds.map((r) => r[d]) })) }}
        filename={file('sustainability-by-round')}
        withheld={t.fewerThanFiveSurveys}
        formatValue={score}
        empty={empty}
      />
      <ChartTable
        title={t.sustainabilityByCentre}
        categoryHeader={t.centre}
        figures={{ categories: byCentre.map((r) => r.centre?.name ?? t.toSomalia), series: dimensions.map((d) => ({ name: t.dimension[d], values: byCentre.map((r) => r[d]) })) }}
        filename={file('sustainability-by-centre')}
        withheld={t.fewerThanFiveSurveys}
        formatValue={score}
        empty={empty}
      />
    </>
  );
}
