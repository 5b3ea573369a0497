import { describe, expect, it } from 'vitest';
import { ALL_INDICATORS, PLACEHOLDER_SCORING, scoreSurvey } from '../src/sustainability/indicators.js';
import { newMigrantId, OPEN, TRANSITION, useAvrrHarness } from './harness.js';

const h = useAvrrHarness();
const SURVEY = `mutation($c: ID!, $input: RecordSurveyInput!) { recordSustainabilitySurvey(caseId: $c, input: $input) {
  id round roundLabel economicScore socialScore psychosocialScore compositeScore level compositeChange scoringVersion { name } } }`;

async function run(query: string, variables: Record<string, unknown>) {
  const res = await h.exec(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data)[0] as any;
}

/** A returnee who has arrived (walked through the lifecycle with its travel document). */
async function arrivedCase() {
  let c = await run(OPEN, { input: { migrantId: newMigrantId(), destinationCountry: 'ETH' } });
  for (const to of ['COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS', 'FIT_TO_TRAVEL', 'TRAVEL_BOOKED', 'DEPARTED', 'ARRIVED']) {
    if (to === 'FIT_TO_TRAVEL') {
      const doc = await run(`mutation($id: ID!, $v: Int!) { recordTravelDocument(id: $id, expectedVersion: $v, input: { nationalityVerifiedOn: "2026-01-01", type: PASSPORT, number: "P1", issuedOn: "2026-01-02" }) { version } }`, { id: c.id, v: c.version });
      c = { ...c, version: doc.version };
    }
    c = await run(TRANSITION, { id: c.id, v: c.version, to });
  }
  return c;
}

/** Answers as lists per dimension, in the order of the indicators (economic, social, psychosocial). */
const answers = (economic: number[], social: number[], psychosocial: number[]) =>
  [...economic, ...social, ...psychosocial].map((value, i) => ({ indicator: ALL_INDICATORS[i], value }));
const MIXED = answers([5, 5, 3, 1, 1], [4, 4, 4, 4, 4], [5, 4, 3, 2, 1]);

describe('sustainability scoring (hand-computed)', () => {
  it('scores each dimension as the weighted mean of its normalised answers, and the composite as the weighted mean of the dimensions', () => {
    const byIndicator = (list: { indicator: string | undefined; value: number }[]) => Object.fromEntries(list.map((a) => [a.indicator!, a.value]));
    // Placeholder weights: economic (1+1+0.5+0+0)/5 = 0.5; social 0.75; psychosocial (1+.75+.5+.25+0)/5 = 0.5; composite 1.75/3.
    expect(scoreSurvey(byIndicator(MIXED), PLACEHOLDER_SCORING)).toEqual({ economic: 0.5, social: 0.75, psychosocial: 0.5, composite: 0.5833, level: 'MEDIUM' });
    expect(scoreSurvey(byIndicator(answers([1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1])), PLACEHOLDER_SCORING)).toEqual({ economic: 0, social: 0, psychosocial: 0, composite: 0, level: 'LOW' });
    expect(scoreSurvey(byIndicator(answers([5, 5, 5, 5, 5], [5, 5, 5, 5, 5], [5, 5, 5, 5, 5])), PLACEHOLDER_SCORING).composite).toBe(1);
  });
});

describe('sustainability surveys', () => {
  it('records a baseline and follow-ups after return, with scores and their trend, under the active placeholder version', async () => {
    const c = await arrivedCase();
    const baseline = await run(SURVEY, { c: c.id, input: { round: 0, conductedOn: '2026-03-01', answers: MIXED } });
    expect(baseline).toMatchObject({
      roundLabel: 'BASELINE', economicScore: 0.5, socialScore: 0.75, psychosocialScore: 0.5, compositeScore: 0.5833, level: 'MEDIUM',
      compositeChange: null, scoringVersion: { name: 'placeholder-1' },
    });
    await run(SURVEY, { c: c.id, input: { round: 1, conductedOn: '2026-06-01', answers: answers([5, 5, 5, 5, 5], [5, 5, 5, 5, 5], [5, 5, 5, 5, 5]) } });
    const trend = await run(`query($id: ID!) { avrCase(id: $id) { sustainabilitySurveys { roundLabel compositeScore compositeChange level } } }`, { id: c.id });
    expect(trend.sustainabilitySurveys).toEqual([
      { roundLabel: 'BASELINE', compositeScore: 0.5833, compositeChange: null, level: 'MEDIUM' },
      { roundLabel: 'FOLLOW_UP_1', compositeScore: 1, compositeChange: 0.4167, level: 'HIGH' },
    ]);
  });

  it('scores with a new version once activated, while earlier scores keep theirs', async () => {
    const before = await arrivedCase();
    await run(SURVEY, { c: before.id, input: { round: 0, conductedOn: '2026-03-01', answers: MIXED } });
    const weights = ALL_INDICATORS.map((indicator) => ({ indicator, weight: indicator === 'ECONOMIC_SATISFACTION' ? 3 : 1 }));
    const version = await run(`mutation($input: ScoringVersionInput!) { createScoringVersion(input: $input) { id name active } }`, { input: {
      name: 'programme-2027', description: 'Economic satisfaction weighs triple; the economy counts double.', indicatorWeights: weights,
      dimensionWeights: [{ dimension: 'ECONOMIC', weight: 2 }, { dimension: 'SOCIAL', weight: 1 }, { dimension: 'PSYCHOSOCIAL', weight: 1 }],
      thresholds: [{ level: 'SUSTAINABLE', minComposite: 0.6 }, { level: 'AT_RISK', minComposite: 0 }],
    } });
    expect(version.active).toBe(false);
    await run(`mutation($id: ID!) { activateScoringVersion(id: $id) { active } }`, { id: version.id });
    const versions = await run('{ sustainabilityScoringVersions { name active } }', {});
    expect(versions.filter((v: any) => v.active)).toEqual([{ name: 'programme-2027', active: true }]);
    const after = await arrivedCase();
    const scored = await run(SURVEY, { c: after.id, input: { round: 0, conductedOn: '2026-03-01', answers: MIXED } });
    // Economic (3·1 + 1 + 0.5 + 0 + 0) / 7 = 0.642857; composite (2·0.642857 + 0.75 + 0.5) / 4 = 0.633929.
    expect(scored).toMatchObject({ economicScore: 0.6429, socialScore: 0.75, psychosocialScore: 0.5, compositeScore: 0.6339, level: 'SUSTAINABLE', scoringVersion: { name: 'programme-2027' } });
    const old = await run(`query($id: ID!) { avrCase(id: $id) { sustainabilitySurveys { compositeScore scoringVersion { name } } } }`, { id: before.id });
    expect(old.sustainabilitySurveys).toEqual([{ compositeScore: 0.5833, scoringVersion: { name: 'placeholder-1' } }]);
    // Back to the placeholder for the other tests.
    const placeholder = (await run('{ sustainabilityScoringVersions { id name } }', {})).find((v: any) => v.name === 'placeholder-1');
    await run(`mutation($id: ID!) { activateScoringVersion(id: $id) { active } }`, { id: placeholder.id });
  });

  it('refuses surveys before return, out of order, twice for a round, or with incomplete answers', async () => {
    const early = await run(OPEN, { input: { migrantId: newMigrantId(), destinationCountry: 'ETH' } });
    const notYet = await h.exec(SURVEY, { c: early.id, input: { round: 0, conductedOn: '2026-03-01', answers: MIXED } });
    expect(notYet.errors?.[0]?.extensions).toMatchObject({ code: 'PRECONDITION_FAILED', missing: ['status=ARRIVED'] });
    const c = await arrivedCase();
    const skipped = await h.exec(SURVEY, { c: c.id, input: { round: 1, conductedOn: '2026-03-01', answers: MIXED } });
    expect(skipped.errors?.[0]?.extensions).toMatchObject({ code: 'PRECONDITION_FAILED', missing: ['BASELINE'] });
    const incomplete = await h.exec(SURVEY, { c: c.id, input: { round: 0, conductedOn: '2999-01-01', answers: [{ indicator: 'HOUSING', value: 6 }, { indicator: 'HOUSING', value: 3 }] } });
    expect(incomplete.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.conductedOn', 'input.answers.0.value', 'input.answers.1.indicator', 'input.answers']);
    await run(SURVEY, { c: c.id, input: { round: 0, conductedOn: '2026-03-01', answers: MIXED } });
    const twice = await h.exec(SURVEY, { c: c.id, input: { round: 0, conductedOn: '2026-03-02', answers: MIXED } });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a scoring version that leaves out indicators or has no positive weight', async () => {
    const res = await h.exec(`mutation($input: ScoringVersionInput!) { createScoringVersion(input: $input) { id } }`, { input: {
      name: 'broken', description: 'x', indicatorWeights: [{ indicator: 'HOUSING', weight: 1 }],
      dimensionWeights: [{ dimension: 'ECONOMIC', weight: 0 }, { dimension: 'SOCIAL', weight: 0 }, { dimension: 'PSYCHOSOCIAL', weight: 0 }],
      thresholds: [{ level: 'HIGH', minComposite: 0.5 }],
    } });
    expect(res.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.indicatorWeights', 'input.dimensionWeights', 'input.thresholds']);
  });

  it('loads the surveys, trend and scoring versions of a page of cases in a fixed number of statements', async () => {
    for (let i = 0; i < 3; i++) {
      const c = await arrivedCase();
      await run(SURVEY, { c: c.id, input: { round: 0, conductedOn: '2026-03-01', answers: MIXED } });
      await run(SURVEY, { c: c.id, input: { round: 1, conductedOn: '2026-06-01', answers: MIXED } });
    }
    const query = (n: number) => `{ avrCases(first: ${n}) { edges { node { sustainabilitySurveys { compositeScore compositeChange scoringVersion { name } } } } } }`;
    let before = h.database.statements.count;
    await h.exec(query(1));
    const forOne = h.database.statements.count - before;
    before = h.database.statements.count;
    const res = await h.exec(query(3));
    const forThree = h.database.statements.count - before;
    expect(res.data.avrCases.edges.map((e: any) => e.node.sustainabilitySurveys.length)).toEqual([2, 2, 2]);
    expect(forThree).toBe(forOne);
    expect(forOne).toBe(3); // page, surveys, scoring versions
  });
});

