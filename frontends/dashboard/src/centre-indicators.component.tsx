import { format } from '@mpa/i18n';
import { useLanguage } from '@mpa/ui';
import type { AgeBand, DashboardCentresQuery, ReferralStatus, RiskLevel, Sex } from './__generated__/graphql.js';
import { ChartTable, figuresOf } from './chart-table.component.js';
import { useDashboardMessages } from './messages.js';
import type { Period } from './period.js';

type Centre = DashboardCentresQuery['centres'][number];
type Stats = NonNullable<Centre['stats']>;
/** A centre that answered, with its figures. */
export type ReachableCentre = Centre & { stats: Stats };

const sexes: readonly Sex[] = ['FEMALE', 'MALE'];
const ageBands: readonly (AgeBand | null)[] = ['AGE_0_17', 'AGE_18_29', 'AGE_30_59', 'AGE_60_PLUS', null];
const assessments: readonly RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH'];
const referralStatuses: readonly ReferralStatus[] = ['REQUESTED', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'REVOKED'];
const serviceTypes = [
  'screenings', 'counsellingSessions', 'medicalConsultations', 'healthReferrals', 'distributions', 'mhpssSessions',
  'mhpssGroupActivities', 'awarenessSessions', 'uamCasesOpened', 'traffickingScreenings', 'traffickingVictimsIdentified',
] as const;
type ServiceType = (typeof serviceTypes)[number];

/** The counts of one centre keyed by category, from the rows the API grouped them into. */
const countsOf = <Row, Key>(rows: readonly Row[], key: (row: Row) => Key, count: (row: Row) => number | null) => new Map(rows.map((row) => [key(row), count(row)]));
/** A breakdown's row: the API merges the small groups it withholds into one `suppressed` row, without key or count. */
type BreakdownRow = { suppressed: boolean };

/** The indicators of the centres that answered, each centre a series. */
export function CentreIndicators({ centres, period }: { centres: readonly ReachableCentre[]; period: Period }) {
  const t = useDashboardMessages();
  const language = useLanguage();
  const file = (name: string) => `${name}_${period.from}_${period.to}`;
  const perCentre = <Key,>(counts: (stats: Stats) => ReadonlyMap<Key, number | null>) => centres.map((c) => ({ name: c.name, counts: counts(c.stats) }));
  /**
   * A breakdown per centre, the withheld row left out (a category it may hide is unknown for that
   * centre, not 0): on the other rows, keys the schema types as nullable for it are set.
   */
  const breakdown = <Row extends BreakdownRow, Key>(rows: (stats: Stats) => readonly Row[], key: (row: Row) => Key, count: (row: Row) => number | null) =>
    centres.map((c) => ({
      name: c.name,
      counts: countsOf(rows(c.stats).filter((row) => !row.suppressed), key, count),
      othersWithheld: rows(c.stats).some((row) => row.suppressed),
    }));
  /** One breakdown of every centre: a stacked chart with its table, saying when the API merged small groups. */
  const breakdownTable = <Row extends BreakdownRow, Key>(b: {
    title: string;
    categoryHeader: string;
    file: string;
    rows: (stats: Stats) => readonly Row[];
    key: (row: Row) => Key;
    count: (row: Row) => number | null;
    label: (key: Key) => string;
    order?: readonly Key[];
  }) => (
    <ChartTable
      title={b.title}
      categoryHeader={b.categoryHeader}
      figures={figuresOf(breakdown(b.rows, b.key, b.count), b.label, b.order)}
      filename={file(b.file)}
      withheld={t.notShown}
      note={centres.some((c) => b.rows(c.stats).some((row) => row.suppressed)) ? t.smallGroupsWithheld : undefined}
      stacked
      total
      empty={empty}
    />
  );
  const services = (stats: Stats): Map<ServiceType, number | null> =>
    new Map(serviceTypes.map((type) => [type, type === 'screenings' || type === 'counsellingSessions' ? stats.caseManagement[type] : stats.services[type]]));
  const stock = centres.flatMap((c) => c.stats.services.stockLevels.filter((s) => s.isLow).map((s) => ({ centre: c.name, ...s })));
  const empty = t.nothingInPeriod;

  return (
    <>
      <ChartTable
        title={t.caseload}
        categoryHeader={t.centre}
        figures={{
          categories: centres.map((c) => c.name),
          series: [
            { name: t.registrations, values: centres.map((c) => c.stats.registrations) },
            { name: t.openCases, values: centres.map((c) => c.stats.openCases) },
          ],
        }}
        filename={file('caseload')}
        empty={empty}
      />
      {breakdownTable({
        title: t.byNationality,
        categoryHeader: t.nationality,
        file: 'registrations-by-nationality',
        rows: (s) => s.registrationBreakdown.byNationality,
        key: (r) => r.nationality!,
        count: (r) => r.registrations,
        label: (code) => code,
      })}
      {breakdownTable({
        title: t.bySex,
        categoryHeader: t.sexHeader,
        file: 'registrations-by-sex',
        rows: (s) => s.registrationBreakdown.bySex,
        key: (r) => r.sex!,
        count: (r) => r.registrations,
        label: (sex) => t.sex[sex],
        order: sexes,
      })}
      {breakdownTable({
        title: t.byAgeBand,
        categoryHeader: t.ageBandHeader,
        file: 'registrations-by-age',
        rows: (s) => s.registrationBreakdown.byAgeBand,
        key: (r) => r.ageBand ?? null,
        count: (r) => r.registrations,
        label: (band) => t.ageBand[band ?? 'unknown'],
        order: ageBands,
      })}
      {breakdownTable({
        title: t.byDestination,
        categoryHeader: t.destination,
        file: 'registrations-by-destination',
        rows: (s) => s.registrationBreakdown.byDestination,
        key: (r) => r.destination ?? null,
        count: (r) => r.registrations,
        label: (code) => code ?? t.notStated,
      })}
      {breakdownTable({
        title: t.riskFactors,
        categoryHeader: t.riskFactorHeader,
        file: 'vulnerabilities',
        rows: (s) => s.vulnerabilities.riskFactors,
        key: (r) => r.factor!,
        count: (r) => r.migrants,
        label: (factor) => t.factor[factor],
      })}
      {breakdownTable({
        title: t.byAssessment,
        categoryHeader: t.assessmentHeader,
        file: 'screenings-by-assessment',
        rows: (s) => s.vulnerabilities.byAssessment,
        key: (r) => r.assessment!,
        count: (r) => r.screenings,
        label: (level) => t.assessment[level],
        order: assessments,
      })}
      <ChartTable
        title={t.services}
        categoryHeader={t.serviceHeader}
        figures={figuresOf(perCentre(services), (type) => t.service[type], serviceTypes)}
        filename={file('services')}
        withheld={t.fewerThanFive}
        stacked
        total
        empty={empty}
      />
      <ChartTable
        title={t.referrals}
        categoryHeader={t.referralStatusHeader}
        figures={figuresOf(perCentre((s) => countsOf(s.caseManagement.referralsByStatus, (r) => r.status, (r) => r.count)), (status) => t.referralStatus[status], referralStatuses)}
        filename={file('referrals')}
        stacked
        total
        empty={empty}
      />
      <ChartTable
        title={t.stock}
        categoryHeader={t.itemHeader}
        figures={figuresOf(perCentre((s) => countsOf(s.services.stockLevels, (r) => t.item(r.item, r.unit), (r) => r.level)), (item) => item)}
        filename={file('stock')}
        total
        empty={empty}
      />
      {stock.length > 0 && (
        <div className="hint">
          <p>{t.lowStock}</p>
          <ul>
            {stock.map((s) => (
              <li key={`${s.centre}-${s.item}`}>{t.lowStockItem(t.item(s.item, s.unit), s.centre, format.number(s.level, language), format.number(s.lowStockThreshold, language))}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
