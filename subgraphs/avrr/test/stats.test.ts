import { untrackedTables, type Viewer } from '@mpa/platform';
import { viewerFor } from '@mpa/platform/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_INDICATORS } from '../src/sustainability/indicators.js';
import { newMigrantId, OPEN, TRANSITION, useAvrrHarness } from './harness.js';

const h = useAvrrHarness();
const today = new Date().toISOString().slice(0, 10);
const month = today.slice(0, 7);
const STATS = `query($from: Date!, $to: Date!) { avrStats(from: $from, to: $to) {
  pipeline { status direction centre { code } cases }
  departures { month destinationCountry returnees }
  plansByCompletion { completion plans }
  sustainabilityByRound { round roundLabel surveys suppressed economic social psychosocial composite } } }`;

async function run(query: string, variables: Record<string, unknown>, viewer?: Viewer) {
  const res = await h.exec(query, variables, viewer);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data)[0] as any;
}
async function walk(c: any, path: string[]) {
  for (const to of path) {
    if (to === 'FIT_TO_TRAVEL') {
      const doc = await run(`mutation($id: ID!, $v: Int!) { recordTravelDocument(id: $id, expectedVersion: $v, input: { nationalityVerifiedOn: "2026-01-01", type: PASSPORT, number: "P1", issuedOn: "2026-01-02" }) { version } }`, { id: c.id, v: c.version });
      c = { ...c, version: doc.version };
    }
    c = await run(TRANSITION, { id: c.id, v: c.version, to });
  }
  return c;
}
const TO_ARRIVAL = ['COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS', 'FIT_TO_TRAVEL', 'TRAVEL_BOOKED', 'DEPARTED', 'ARRIVED'];
const allAnswers = (value: number) => ALL_INDICATORS.map((indicator) => ({ indicator, value }));

beforeAll(async () => {
  // Bossaso: two to Ethiopia (one arrived with a plan half delivered and two surveys), one requested. Hargeisa: one to Kenya, departed.
  const a = await walk(await run(OPEN, { input: { migrantId: newMigrantId('bossaso'), destinationCountry: 'ETH' } }), TO_ARRIVAL);
  const b = await walk(await run(OPEN, { input: { migrantId: newMigrantId('bossaso'), destinationCountry: 'ETH' } }), TO_ARRIVAL);
  await run(OPEN, { input: { migrantId: newMigrantId('bossaso'), destinationCountry: 'ETH' } });
  await walk(await run(OPEN, { input: { migrantId: newMigrantId('hargeisa'), destinationCountry: 'KEN' } }), TO_ARRIVAL.slice(0, 6));
  await run(OPEN, { input: { direction: 'TO_SOMALIA', hostCountry: 'LBY', referringMission: 'IOM Libya', returnee: { fullName: 'Faadumo Nuur' }, destinationCountry: 'SOM' } });
  const plan = await run(`mutation($c: ID!) { createReintegrationPlan(caseId: $c, input: { scope: INDIVIDUAL }) { id } }`, { c: a.id });
  const act = await run(`mutation($p: ID!) { addReintegrationActivity(planId: $p, input: { dimension: ECONOMIC, type: JOB_PLACEMENT, modality: IN_KIND }) { id version } }`, { p: plan.id });
  await run(`mutation($p: ID!) { addReintegrationActivity(planId: $p, input: { dimension: SOCIAL, type: HOUSING, modality: IN_KIND }) { id } }`, { p: plan.id });
  await run(`mutation($id: ID!, $v: Int!) { updateReintegrationActivityStatus(id: $id, expectedVersion: $v, status: DELIVERED) { status } }`, { id: act.id, v: act.version });
  await run(`mutation($c: ID!) { createReintegrationPlan(caseId: $c, input: { scope: INDIVIDUAL }) { id } }`, { c: b.id });
  const SURVEY = `mutation($c: ID!, $input: RecordSurveyInput!) { recordSustainabilitySurvey(caseId: $c, input: $input) { id } }`;
  await run(SURVEY, { c: a.id, input: { round: 0, conductedOn: today, answers: allAnswers(3) } }); // 0.5 everywhere
  await run(SURVEY, { c: b.id, input: { round: 0, conductedOn: today, answers: allAnswers(5) } }); // 1 everywhere
  await run(SURVEY, { c: a.id, input: { round: 1, conductedOn: today, answers: allAnswers(4) } }); // 0.75 everywhere
});

describe("coordinators' AVR indicators", () => {
  it('counts the pipeline by state and referring centre, departures by month and destination, plans by completion and average scores by round', async () => {
    const stats = await run(STATS, { from: `${month}-01`, to: today }, viewerFor('coordinator'));
    expect(stats.pipeline).toEqual([
      { status: 'ARRIVED', direction: 'TO_COUNTRY_OF_ORIGIN', centre: { code: 'bossaso' }, cases: 2 },
      { status: 'REQUESTED', direction: 'TO_COUNTRY_OF_ORIGIN', centre: { code: 'bossaso' }, cases: 1 },
      { status: 'DEPARTED', direction: 'TO_COUNTRY_OF_ORIGIN', centre: { code: 'hargeisa' }, cases: 1 },
      { status: 'REQUESTED', direction: 'TO_SOMALIA', centre: null, cases: 1 },
    ]);
    expect(stats.departures).toEqual([{ month, destinationCountry: 'ETH', returnees: 2 }, { month, destinationCountry: 'KEN', returnees: 1 }]);
    expect(stats.plansByCompletion).toEqual([{ completion: 'IN_PROGRESS', plans: 1 }, { completion: 'NO_ACTIVITIES', plans: 1 }]);
    // Two surveys and one: a returnee's own scores, withheld from a coordinator (no cases:read).
    const withheld = { suppressed: true, economic: null, social: null, psychosocial: null, composite: null };
    expect(stats.sustainabilityByRound).toEqual([
      { round: 0, roundLabel: 'BASELINE', surveys: 2, ...withheld },
      { round: 1, roundLabel: 'FOLLOW_UP_1', surveys: 1, ...withheld },
    ]);
    const officer = await run(STATS, { from: `${month}-01`, to: today }, viewerFor('avrr-officer'));
    expect(officer.sustainabilityByRound).toEqual([
      { round: 0, roundLabel: 'BASELINE', surveys: 2, suppressed: false, economic: 0.75, social: 0.75, psychosocial: 0.75, composite: 0.75 },
      { round: 1, roundLabel: 'FOLLOW_UP_1', surveys: 1, suppressed: false, economic: 0.75, social: 0.75, psychosocial: 0.75, composite: 0.75 },
    ]);
  });

  it("gives site staff their own centre's figures only, and nothing outside the period", async () => {
    const hargeisa = await run(STATS, { from: `${month}-01`, to: today }, viewerFor('caseworker', 'hargeisa'));
    expect(hargeisa.pipeline).toEqual([{ status: 'DEPARTED', direction: 'TO_COUNTRY_OF_ORIGIN', centre: { code: 'hargeisa' }, cases: 1 }]);
    expect(hargeisa.sustainabilityByRound).toEqual([]);
    const past = await run(STATS, { from: '2020-01-01', to: '2020-12-31' }, viewerFor('coordinator'));
    expect(past).toEqual({ pipeline: [], departures: [], plansByCompletion: [], sustainabilityByRound: [] });
  });

  it('runs a fixed number of SQL statements, and refuses bad periods and callers without the scope', async () => {
    const statements = async () => {
      const before = h.database.statements.count;
      await run(STATS, { from: '2019-06-01', to: today }, viewerFor('coordinator'));
      return h.database.statements.count - before;
    };
    // The data version, then four GROUP BY statements; asked again with nothing written, the version only.
    expect(await statements()).toBe(5);
    expect(await statements()).toBe(1);
    const reversed = await h.exec(STATS, { from: today, to: '2020-01-01' }, viewerFor('coordinator'));
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const long = await h.exec(STATS, { from: '2000-01-01', to: today }, viewerFor('coordinator'));
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const service = await h.exec(STATS, { from: '2020-01-01', to: today }, viewerFor('site-service', 'bossaso'));
    expect(service.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the indicator cache', () => {
  it('is invalidated by a write to any table but the audit log', async () => {
    expect(await untrackedTables(h.em())).toEqual([]);
  });

  it('shows a case opened since the last request at once', async () => {
    const pipeline = async () => (await run(STATS, { from: today, to: today }, viewerFor('coordinator'))).pipeline as { cases: number }[];
    const total = async () => (await pipeline()).reduce((n, r) => n + r.cases, 0);
    const before = await total();
    expect(await total()).toBe(before);
    await run(OPEN, { input: { migrantId: newMigrantId('bossaso'), destinationCountry: 'ETH' } });
    expect(await total()).toBe(before + 1);
  });
});
