import type { Viewer } from '@mpa/platform';
import { viewerFor } from '@mpa/platform/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_INDICATORS } from '../src/sustainability/indicators.js';
import { newMigrantId, OPEN, TRANSITION, useAvrrHarness } from './harness.js';

const h = useAvrrHarness();
const today = new Date().toISOString().slice(0, 10);
const BY_CENTRE = `query($from: Date!, $to: Date!) { avrStats(from: $from, to: $to) {
  sustainabilityByCentre { centre { code } surveys returnees suppressed economic social psychosocial composite } } }`;

async function ok(query: string, variables: Record<string, unknown>, viewer?: Viewer) {
  const res = await h.exec(query, variables, viewer);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}
const byCentre = async (viewer: Viewer, from = '2020-01-01') => (await ok(BY_CENTRE, { from, to: today }, viewer)).avrStats.sustainabilityByCentre;

/** A case of `site` walked to ARRIVED, ready for sustainability surveys. */
async function arrivedCase(site: string): Promise<string> {
  let avrCase = (await ok(OPEN, { input: { migrantId: newMigrantId(site), destinationCountry: 'ETH' } })).openAvrCase;
  for (const to of ['COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS', 'FIT_TO_TRAVEL', 'TRAVEL_BOOKED', 'DEPARTED', 'ARRIVED']) {
    if (to === 'FIT_TO_TRAVEL') {
      const recorded = await ok(
        `mutation($id: ID!, $v: Int!) { recordTravelDocument(id: $id, expectedVersion: $v, input: { nationalityVerifiedOn: "2026-01-01", type: PASSPORT, number: "P1", issuedOn: "2026-01-02" }) { version } }`,
        { id: avrCase.id, v: avrCase.version },
      );
      avrCase = { ...avrCase, version: recorded.recordTravelDocument.version };
    }
    avrCase = (await ok(TRANSITION, { id: avrCase.id, v: avrCase.version, to })).transitionAvrCase;
  }
  return avrCase.id;
}
/** A survey answering every indicator with `answer` (1–5: scores (answer − 1) / 4). */
const survey = (caseId: string, round: number, answer: number) =>
  ok(`mutation($c: ID!, $input: RecordSurveyInput!) { recordSustainabilitySurvey(caseId: $c, input: $input) { id } }`, {
    c: caseId,
    input: { round, conductedOn: today, answers: ALL_INDICATORS.map((indicator) => ({ indicator, value: answer })) },
  });

let hargeisaCase: string;
beforeAll(async () => {
  // Bossaso: four returnees, five surveys scoring 0.5, 0.75, 1, 0.5 and 1. Hargeisa: one survey scoring 0.25.
  const first = await arrivedCase('bossaso');
  const second = await arrivedCase('bossaso');
  hargeisaCase = await arrivedCase('hargeisa');
  await survey(first, 0, 3);
  await survey(first, 1, 4);
  await survey(second, 0, 5);
  await survey(await arrivedCase('bossaso'), 0, 3);
  await survey(await arrivedCase('bossaso'), 0, 5);
  await survey(hargeisaCase, 0, 2);
});

const scores = (value: number) => ({ suppressed: false, economic: value, social: value, psychosocial: value, composite: value });
/** An AVRR officer holds cases:read: every average, however few the surveys. */
const officer = viewerFor('avrr-officer');

describe('sustainability by referring centre', () => {
  it('averages every survey of each centre’s returnees in the period', async () => {
    expect(await byCentre(officer)).toEqual([
      { centre: { code: 'bossaso' }, surveys: 5, returnees: 4, ...scores(0.75) },
      { centre: { code: 'hargeisa' }, surveys: 1, returnees: 1, ...scores(0.25) },
    ]);
  });

  it('withholds from a coordinator the averages of fewer than 5 surveys, one returnee’s own scores', async () => {
    expect(await byCentre(viewerFor('coordinator'))).toEqual([
      { centre: { code: 'bossaso' }, surveys: 5, returnees: 4, ...scores(0.75) },
      { centre: { code: 'hargeisa' }, surveys: 1, returnees: 1, suppressed: true, economic: null, social: null, psychosocial: null, composite: null },
    ]);
  });

  it('gives site staff their own centre only, and nothing outside the period', async () => {
    // A caseworker may read the centre's cases: the exact figures.
    expect(await byCentre(viewerFor('caseworker', 'hargeisa'))).toEqual([{ centre: { code: 'hargeisa' }, surveys: 1, returnees: 1, ...scores(0.25) }]);
    const past = await ok(BY_CENTRE, { from: '2020-01-01', to: '2020-12-31' }, viewerFor('coordinator'));
    expect(past.avrStats.sustainabilityByCentre).toEqual([]);
  });

  it('is one more GROUP BY statement, however many surveys there are', async () => {
    const count = async () => {
      const before = h.database.statements.count;
      const rows = await byCentre(officer);
      return { statements: h.database.statements.count - before, rows };
    };
    // Each measured right after a write, so computed, not answered from the indicator cache.
    await h.em().getConnection().execute('UPDATE data_version SET version = gen_random_uuid()');
    const once = await count();
    await survey(hargeisaCase, 1, 4);
    await survey(await arrivedCase('hargeisa'), 0, 4);
    const again = await count();
    expect(again.rows[1]).toEqual({ centre: { code: 'hargeisa' }, surveys: 3, returnees: 2, ...scores(0.5833) });
    expect(again.statements).toBe(once.statements);
    // The data version, avrStats' own four indicators, and this one.
    expect(again.statements).toBe(6);
  });
});
