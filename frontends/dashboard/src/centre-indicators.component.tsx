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
const countsOf = <Row, Key>(rows: readonly Row[], key: (row: Row) => Key, count: (row: Row) => number) => new Map(rows.map((row) => [key(row), count(row)]));

/** The indicators of the centres that answered, each centre a series. */
export function CentreIndicators({ centres, period }: { centres: readonly ReachableCentre[]; period: Period }) {
  const t = useDashboardMessages();
  const language = useLanguage();
  const file = (name: string) => `${name}_${period.from}_${period.to}`;
  const perCentre = <Key,>(counts: (stats: Stats) => ReadonlyMap<Key, number>) => centres.map((c) => ({ name: c.name, counts: counts(c.stats) }));
  const services = (stats: Stats): Map<ServiceType, number> =>
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
      <ChartTable
        title={t.byNationality}
        categoryHeader={t.nationality}
        figures={figuresOf(perCentre((s) => countsOf(s.registrationBreakdown.byNationality, (r) => r.nationality, (r) => r.registrations)), (code) => code)}
        filename={file('registrations-by-nationality')}
        stacked
        total
        empty={empty}
      />
      <ChartTable
        title={t.bySex}
        categoryHeader={t.sexHeader}
        figures={figuresOf(perCentre((s) => countsOf(s.registrationBreakdown.bySex, (r) => r.sex, (r) => r.registrations)), (sex) => t.sex[sex], sexes)}
        filename={file('registrations-by-sex')}
        stacked
        total
        empty={empty}
      />
      <ChartTable
        title={t.byAgeBand}
        categoryHeader={t.ageBandHeader}
        figures={figuresOf(perCentre((s) => countsOf(s.registrationBreakdown.byAgeBand, (r) => r.ageBand ?? null, (r) => r.registrations)), (band) => t.ageBand[band ?? 'unknown'], ageBands)}
        filename={file('registrations-by-age')}
        stacked
        total
        empty={empty}
      />
      <ChartTable
        title={t.byDestination}
        categoryHeader={t.destination}
        figures={figuresOf(perCentre((s) => countsOf(s.registrationBreakdown.byDestination, (r) => r.destination ?? null, (r) => r.registrations)), (code) => code ?? t.notStated)}
        filename={file('registrations-by-destination')}
        stacked
        total
        empty={empty}
      />
      <ChartTable
        title={t.riskFactors}
        categoryHeader={t.riskFactorHeader}
        figures={figuresOf(perCentre((s) => countsOf(s.vulnerabilities.riskFactors, (r) => r.factor, (r) => r.migrants)), (factor) => t.factor[factor])}
        filename={file('vulnerabilities')}
        stacked
        total
        empty={empty}
      />
      <ChartTable
        title={t.byAssessment}
        categoryHeader={t.assessmentHeader}
        figures={figuresOf(perCentre((s) => countsOf(s.vulnerabilities.byAssessment, (r) => r.assessment, (r) => r.screenings)), (level) => t.assessment[level], assessments)}
        filename={file('screenings-by-assessment')}
        stacked
        total
        empty={empty}
      />
      <ChartTable
        title={t.services}
        categoryHeader={t.serviceHeader}
        figures={figuresOf(perCentre(services), (type) => t.service[type], serviceTypes)}
        filename={file('services')}
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
