// Answers the gateway gives the dashboard, in the shape of the generated operation types.
import type { DashboardCentresQuery, DashboardReturnsQuery } from '../src/__generated__/graphql.js';

/** Apollo's cache adds `__typename` to every selection, so real answers, and these, carry it. */
type WithTypenames<T> = T extends readonly (infer Item)[]
  ? WithTypenames<Item>[]
  : T extends object
    ? { [K in keyof T]: WithTypenames<T[K]> } & { __typename: string }
    : T;
type Answer<T> = { [K in keyof T]: WithTypenames<T[K]> };

export const today = new Date(2026, 2, 15);
export const thisYear = { from: '2026-01-01', to: '2026-03-15' };

type Centre = Answer<DashboardCentresQuery>['centres'][number];
type Stats = NonNullable<Centre['stats']>;

const typed = <T extends object>(__typename: string, rows: T[]) => rows.map((row) => ({ __typename, ...row }));
/** Breakdown rows the API shows (`suppressed: false`). */
const shown = <T extends object>(__typename: string, rows: T[]) => typed(__typename, rows.map((row) => ({ ...row, suppressed: false })));

/** One centre's figures: `scale` multiplies every count, so the centres differ. */
function statsOf(scale: number): Stats {
  return {
    __typename: 'CentreStats',
    openCases: 100 * scale,
    registrations: 30 * scale,
    registrationBreakdown: {
      __typename: 'RegistrationBreakdown',
      byNationality: shown('NationalityCount', [{ nationality: 'ETH', registrations: 20 * scale }, { nationality: 'YEM', registrations: 10 * scale }]),
      bySex: shown('SexCount', [{ sex: 'FEMALE' as const, registrations: 12 * scale }, { sex: 'MALE' as const, registrations: 18 * scale }]),
      byAgeBand: shown('AgeBandCount', [{ ageBand: 'AGE_0_17' as const, registrations: 5 * scale }, { ageBand: 'AGE_18_29' as const, registrations: 25 * scale }]),
      byDestination: shown('DestinationCount', [{ destination: 'SAU', registrations: 27 * scale }, { destination: null, registrations: 3 * scale }]),
    },
    vulnerabilities: {
      __typename: 'VulnerabilityIndicators',
      riskFactors: shown('VulnerabilityFactorCount', [{ factor: 'UNACCOMPANIED_CHILD' as const, migrants: 2 * scale }]),
      byAssessment: shown('RiskLevelCount', [{ assessment: 'HIGH' as const, screenings: 4 * scale }]),
    },
    caseManagement: {
      __typename: 'CaseManagementIndicators',
      screenings: 20 * scale,
      counsellingSessions: 6 * scale,
      referralsByStatus: typed('ReferralStatusCount', [{ status: 'ACCEPTED' as const, count: 3 * scale }]),
    },
    services: {
      __typename: 'ServiceIndicators',
      medicalConsultations: 9 * scale,
      healthReferrals: scale,
      distributions: 15 * scale,
      mhpssSessions: 4 * scale,
      mhpssGroupActivities: scale,
      awarenessSessions: 2 * scale,
      uamCasesOpened: scale,
      traffickingScreenings: scale,
      traffickingVictimsIdentified: 0,
      stockLevels: typed('StockLevelIndicator', [{ item: 'Hygiene kit', unit: 'kit', level: 4 * scale, lowStockThreshold: 5, isLow: 4 * scale <= 5 }]),
    },
  };
}

export const centres: Centre[] = [
  { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso', stats: statsOf(3) },
  { __typename: 'HargeisaCentre', code: 'hargeisa', name: 'Hargeisa', stats: statsOf(2) },
  { __typename: 'MogadishuCentre', code: 'mogadishu', name: 'Mogadishu', stats: statsOf(1) },
];

/** No registrations and no activity: what a centre answers for a quiet period. */
export const quietStats: Stats = {
  ...statsOf(0),
  registrationBreakdown: { __typename: 'RegistrationBreakdown', byNationality: [], bySex: [], byAgeBand: [], byDestination: [] },
  vulnerabilities: { __typename: 'VulnerabilityIndicators', riskFactors: [], byAssessment: [] },
};

export const avrStats: Answer<DashboardReturnsQuery>['avrStats'] = {
  __typename: 'AvrStats',
  pipeline: [
    { __typename: 'AvrPipelineCount', status: 'REQUESTED', direction: 'TO_COUNTRY_OF_ORIGIN', centre: { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso' }, cases: 4 },
    { __typename: 'AvrPipelineCount', status: 'DEPARTED', direction: 'TO_COUNTRY_OF_ORIGIN', centre: { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso' }, cases: 2 },
    { __typename: 'AvrPipelineCount', status: 'REQUESTED', direction: 'TO_SOMALIA', centre: null, cases: 1 },
  ],
  departures: [
    { __typename: 'AvrDepartureCount', month: '2026-02', destinationCountry: 'ETH', returnees: 2 },
    { __typename: 'AvrDepartureCount', month: '2026-01', destinationCountry: 'ETH', returnees: 1 },
  ],
  plansByCompletion: [{ __typename: 'PlanCompletionCount', completion: 'IN_PROGRESS', plans: 2 }],
  sustainabilityByRound: [
    { __typename: 'SustainabilityRoundAverage', round: 0, roundLabel: 'BASELINE', surveys: 2, economic: 0.5, social: 0.625, psychosocial: 0.75, composite: 0.6 },
  ],
  sustainabilityByCentre: [
    { __typename: 'CentreSustainabilityAverage', centre: { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso' }, surveys: 2, returnees: 2, suppressed: false, economic: 0.5, social: 0.625, psychosocial: 0.75, composite: 0.6 },
  ],
};

/**
 * What a coordinator (no cases:read) gets when Bossaso's period is small: its nationalities under
 * 5 merged into the withheld row, its UAM cases opened withheld, its returnees' averages too.
 */
export const withheld = {
  centres: centres.map((c): Centre => c.code !== 'bossaso' ? c : {
    ...c,
    stats: {
      ...c.stats!,
      registrationBreakdown: {
        ...c.stats!.registrationBreakdown,
        byNationality: [...shown('NationalityCount', [{ nationality: 'ETH', registrations: 60 }]), { __typename: 'NationalityCount', nationality: null, registrations: null, suppressed: true }],
      },
      services: { ...c.stats!.services, uamCasesOpened: null },
    },
  }),
  avrStats: {
    ...avrStats,
    sustainabilityByCentre: avrStats.sustainabilityByCentre.map((row) => ({ ...row, surveys: 2, suppressed: true, economic: null, social: null, psychosocial: null, composite: null })),
  },
};
