import { viewerFor } from '@mpa/platform/testing';
import { describe, expect, it } from 'vitest';
import { newMigrantId, OPEN, TRANSITION, useAvrrHarness } from './harness.js';

const h = useAvrrHarness();
const PLAN = `mutation($input: PlanMovementInput!) { planMovement(input: $input) { id reference mode status departureDate route destinationCountry escorts version } }`;
const ASSIGN = `mutation($m: ID!, $c: ID!, $v: Int!) { assignCaseToMovement(movementId: $m, caseId: $c, expectedVersion: $v) { id status version movement { reference } } }`;
const DEPART = `mutation($id: ID!, $v: Int!) { departMovement(id: $id, expectedVersion: $v) { status departedAt version cases { status } } }`;
const ARRIVE = `mutation($id: ID!, $v: Int!) { arriveMovement(id: $id, expectedVersion: $v) { status arrivedAt version cases { status } } }`;
const TRAVEL_DOC = `mutation($id: ID!, $v: Int!) { recordTravelDocument(id: $id, expectedVersion: $v, input: {
  nationalityVerifiedOn: "2026-01-10", type: LAISSEZ_PASSER, number: "LP-1", issuedOn: "2026-01-12" }) { version } }`;

async function run(query: string, variables: Record<string, unknown>) {
  const res = await h.exec(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data)[0] as any;
}

/** A case ready to travel: through counselling, eligibility and travel documents, with its document. */
async function readyCase(extra: Record<string, unknown> = {}, withDocument = true) {
  let c = await run(OPEN, { input: { migrantId: newMigrantId(), destinationCountry: 'ETH', ...extra } });
  for (const to of ['COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS']) c = await run(TRANSITION, { id: c.id, v: c.version, to });
  if (!withDocument) return c;
  c = { ...c, version: (await run(TRAVEL_DOC, { id: c.id, v: c.version })).version };
  return run(TRANSITION, { id: c.id, v: c.version, to: 'FIT_TO_TRAVEL' });
}

const plan = (extra: Record<string, unknown> = {}) => run(PLAN, { input: {
  mode: 'AIR', departureDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10), route: 'Bossaso – Addis Ababa',
  destinationCountry: 'ETH', escorts: ['Amina Osman (IOM)', 'Dr. Kalif (medical escort)'], ...extra,
} });

describe('movements', () => {
  it('carries many cases from planning through departure to arrival, moving each case with it', async () => {
    const movement = await plan();
    expect(movement).toMatchObject({ status: 'PLANNED', mode: 'AIR', destinationCountry: 'ETH', escorts: ['Amina Osman (IOM)', 'Dr. Kalif (medical escort)'] });
    expect(movement.reference).toMatch(/^MOV-\d{4}-\d{4}$/);
    const cases = [await readyCase(), await readyCase(), await readyCase()];
    for (const c of cases) {
      const booked = await run(ASSIGN, { m: movement.id, c: c.id, v: c.version });
      expect(booked).toMatchObject({ status: 'TRAVEL_BOOKED', movement: { reference: movement.reference } });
    }
    const manifest = await run(`query($id: ID!) { movement(id: $id) { cases { id status } } }`, { id: movement.id });
    expect(manifest.cases.map((c: any) => c.id).sort()).toEqual(cases.map((c) => c.id).sort());
    const departed = await run(DEPART, { id: movement.id, v: movement.version });
    expect(departed.status).toBe('DEPARTED');
    expect(departed.cases.map((c: any) => c.status)).toEqual(['DEPARTED', 'DEPARTED', 'DEPARTED']);
    const arrived = await run(ARRIVE, { id: movement.id, v: departed.version });
    expect(arrived.cases.map((c: any) => c.status)).toEqual(['ARRIVED', 'ARRIVED', 'ARRIVED']);
    const history = await run(`query($id: ID!) { avrCase(id: $id) { transitions { to note } } }`, { id: cases[0].id });
    expect(history.transitions.at(-2)).toEqual({ to: 'DEPARTED', note: `Departed with movement ${movement.reference}.` });
  });

  it('books only cases fit to travel, with their travel document, going to the movement\'s destination', async () => {
    const movement = await plan();
    const early = await run(OPEN, { input: { migrantId: newMigrantId(), destinationCountry: 'ETH' } });
    const res = await h.exec(ASSIGN, { m: movement.id, c: early.id, v: early.version });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'PRECONDITION_FAILED', missing: ['status=FIT_TO_TRAVEL', 'travelDocument'] });
    const elsewhere = await readyCase({ destinationCountry: 'KEN' });
    const wrong = await h.exec(ASSIGN, { m: movement.id, c: elsewhere.id, v: elsewhere.version });
    expect(wrong.errors?.[0]?.extensions?.missing).toEqual(['destinationCountry=ETH']);
  });

  it('refuses to depart while an unaccompanied child on it has no escort, naming the case', async () => {
    const movement = await plan();
    const adult = await readyCase();
    await run(ASSIGN, { m: movement.id, c: adult.id, v: adult.version });
    const consent = new Date(Date.now() - 3_600_000).toISOString();
    let child = await run(OPEN, { input: { migrantId: newMigrantId(), destinationCountry: 'ETH', isUnaccompaniedChild: true } });
    child = await run(TRANSITION, { id: child.id, v: child.version, to: 'COUNSELLED' });
    const s = await run(`mutation($id: ID!, $v: Int!, $input: ChildSafeguardsInput!) { recordChildSafeguards(id: $id, expectedVersion: $v, input: $input) { version } }`,
      { id: child.id, v: child.version, input: { bestInterestsDeterminationRef: 'BID-1', familyAssessment: 'Family traced.', childConsentAt: consent, guardianConsentAt: consent } });
    let c = { id: child.id, version: s.version };
    for (const to of ['ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS']) c = await run(TRANSITION, { id: c.id, v: c.version, to });
    c = { ...c, version: (await run(TRAVEL_DOC, { id: c.id, v: c.version })).version };
    c = await run(TRANSITION, { id: c.id, v: c.version, to: 'FIT_TO_TRAVEL' });
    const noEscort = await h.exec(ASSIGN, { m: movement.id, c: c.id, v: c.version });
    expect(noEscort.errors?.[0]?.extensions).toMatchObject({ code: 'PRECONDITION_FAILED', missing: ['escortName'] });
  });

  it('cancelling a movement puts its cases back to FIT_TO_TRAVEL, off the manifest', async () => {
    const movement = await plan({ mode: 'ROAD_CONVOY', route: 'Hargeisa – Togwajaale – Jijiga' });
    const c = await readyCase();
    await run(ASSIGN, { m: movement.id, c: c.id, v: c.version });
    const noReason = await h.exec(`mutation($id: ID!, $v: Int!) { cancelMovement(id: $id, expectedVersion: $v, reason: " ") { status } }`, { id: movement.id, v: movement.version });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cancelled = await run(`mutation($id: ID!, $v: Int!) { cancelMovement(id: $id, expectedVersion: $v, reason: "Border closed.") { status cases { id } } }`, { id: movement.id, v: movement.version });
    expect(cancelled).toEqual({ status: 'CANCELLED', cases: [] });
    const after = await run(`query($id: ID!) { avrCase(id: $id) { status movement { id } } }`, { id: c.id });
    expect(after).toEqual({ status: 'FIT_TO_TRAVEL', movement: null });
  });

  it('refuses stale versions, invalid plans and non-officers', async () => {
    const movement = await plan();
    const stale = await h.exec(DEPART, { id: movement.id, v: movement.version + 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const empty = await h.exec(DEPART, { id: movement.id, v: movement.version });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'PRECONDITION_FAILED', missing: ['cases'] });
    const bad = await h.exec(PLAN, { input: { mode: 'AIR', departureDate: '2001-01-01', route: '', destinationCountry: 'Ethiopia', escorts: [''] } });
    expect(bad.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.departureDate', 'input.route', 'input.destinationCountry', 'input.escorts.0']);
    const caseworker = await h.exec(PLAN, { input: { mode: 'AIR', departureDate: '2027-01-01', route: 'x', destinationCountry: 'ETH' } }, viewerFor('caseworker', 'bossaso'));
    expect(caseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const input = { mode: 'CHARTER', departureDate: '2027-01-01', route: 'Mogadishu – Addis Ababa', destinationCountry: 'ETH', idempotencyKey: 'mov-1' };
    const [a, b] = await Promise.all([h.exec(PLAN, { input }), h.exec(PLAN, { input })]);
    expect(a.data.planMovement.id).toBe(b.data.planMovement.id);
  });

  it('loads manifests and bookings without one query per movement or case', async () => {
    // The latest departures, so that every movement listed has someone on its manifest.
    for (let i = 0; i < 8; i++) {
      const m = await plan({ departureDate: `2028-06-1${i}` });
      const c = await readyCase();
      await run(ASSIGN, { m: m.id, c: c.id, v: c.version });
    }
    const query = (n: number) => `{ movements(first: ${n}) { edges { node { reference cases { caseNumber movement { reference } } } } } }`;
    let before = h.database.statements.count;
    await h.exec(query(1));
    const forOne = h.database.statements.count - before;
    before = h.database.statements.count;
    const res = await h.exec(query(8));
    const forEight = h.database.statements.count - before;
    expect(res.data.movements.edges.map((e: any) => e.node.cases.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(forEight).toBe(forOne);
    expect(forOne).toBe(3); // the page, the manifests, the movements the cases are booked on
  });
});
