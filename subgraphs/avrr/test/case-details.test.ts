import { viewerFor } from '@mpa/platform/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { newMigrantId, OPEN, TRANSITION, useAvrrHarness } from './harness.js';

// Identifying and free-text details of a case (document numbers, notes, descriptions) need
// cases:read, like names: a coordinator (stats:read, avr:read) reads the case file without them.
const h = useAvrrHarness();

async function run(query: string, variables: Record<string, unknown>) {
  const res = await h.exec(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data)[0] as any;
}

const TRAVEL_DOC = `mutation($id: ID!, $v: Int!) { recordTravelDocument(id: $id, expectedVersion: $v, input: {
  nationalityVerifiedOn: "2026-01-10", type: PASSPORT, number: "EP1234567", issuedOn: "2026-01-12" }) { version } }`;
const SUPPORT = `mutation($c: ID!, $input: RecordAvrSupportInput!) { recordAvrSupport(caseId: $c, input: $input) { id } }`;
const PLAN = `mutation($c: ID!, $input: CreateReintegrationPlanInput!) { createReintegrationPlan(caseId: $c, input: $input) { id } }`;
const ACTIVITY = `mutation($p: ID!, $input: AddReintegrationActivityInput!) { addReintegrationActivity(planId: $p, input: $input) { id } }`;
const PLAN_MOVEMENT = `mutation($input: PlanMovementInput!) { planMovement(input: $input) { id reference } }`;
const ASSIGN = `mutation($m: ID!, $c: ID!, $v: Int!) { assignCaseToMovement(movementId: $m, caseId: $c, expectedVersion: $v) { id } }`;

const DETAILS = `
  transitions { to note }
  travelDocument { type number issuedOn }
  support { kind description documentType documentNumber transportMode }
  reintegrationPlan { scope summary activities { type description partner } }
`;
const CASE_FILE = `query($id: ID!) { avrCase(id: $id) { caseNumber ${DETAILS} } }`;
const MANIFEST = `query($id: ID!) { movement(id: $id) { reference cases { caseNumber ${DETAILS} } } }`;

/** What an AVRR officer reads of the case below (booked on the movement `reference`). */
const officerViewOf = (reference: string) => ({
  transitions: [
    { to: 'REQUESTED', note: null },
    { to: 'COUNSELLED', note: 'Wants to join her brother in Jimma; fears her former employer.' },
    { to: 'ELIGIBILITY_CONFIRMED', note: null },
    { to: 'TRAVEL_DOCUMENTS', note: null },
    { to: 'FIT_TO_TRAVEL', note: null },
    { to: 'TRAVEL_BOOKED', note: `Booked on movement ${reference}.` },
  ],
  travelDocument: { type: 'PASSPORT', number: 'EP1234567', issuedOn: '2026-01-12' },
  support: [
    { kind: 'DOCUMENT', description: 'Birth certificate replaced after the raid.', documentType: 'birth certificate', documentNumber: 'BC-99-0042', transportMode: null },
    { kind: 'TRANSPORT', description: null, documentType: null, documentNumber: null, transportMode: 'bus Addis Ababa – Jimma, to her brother' },
  ],
  reintegrationPlan: {
    scope: 'INDIVIDUAL',
    summary: 'Tailoring shop next to her brother in Jimma.',
    activities: [{ type: 'BUSINESS_START_UP', description: 'Two sewing machines for Fatuma.', partner: 'Ethiopian Red Cross' }],
  },
});
/** What the officer records below (the booking's own note aside). */
const recorded = officerViewOf('');

/** The same case for a coordinator: every identifying or free-text detail null, the rest intact. */
const coordinatorView = {
  transitions: recorded.transitions.map((t) => ({ ...t, note: null })),
  travelDocument: { type: 'PASSPORT', number: null, issuedOn: '2026-01-12' },
  support: [
    { kind: 'DOCUMENT', description: null, documentType: 'birth certificate', documentNumber: null, transportMode: null },
    { kind: 'TRANSPORT', description: null, documentType: null, documentNumber: null, transportMode: null },
  ],
  reintegrationPlan: { scope: 'INDIVIDUAL', summary: null, activities: [{ type: 'BUSINESS_START_UP', description: null, partner: 'Ethiopian Red Cross' }] },
};

/** The paths refused for a coordinator, under the case at `at`. */
const refusedUnder = (at: (string | number)[]) => [
  [...at, 'transitions', 1, 'note'],
  [...at, 'transitions', 5, 'note'],
  [...at, 'travelDocument', 'number'],
  [...at, 'support', 0, 'description'],
  [...at, 'support', 0, 'documentNumber'],
  [...at, 'support', 1, 'transportMode'],
  [...at, 'reintegrationPlan', 'summary'],
  [...at, 'reintegrationPlan', 'activities', 0, 'description'],
].map((path) => JSON.stringify(path)).sort();

function expectRefused(errors: any[] | undefined, paths: string[]) {
  expect((errors ?? []).map((e) => e.extensions?.code)).toEqual(paths.map(() => 'FORBIDDEN'));
  expect((errors ?? []).map((e) => JSON.stringify(e.path)).sort()).toEqual(paths);
  expect(errors?.[0]?.message).toBe('This needs the cases:read scope.');
}

let caseId: string;
let caseNumber: string;
let movementId: string;
let movementReference: string;

beforeAll(async () => {
  let c = await run(OPEN, { input: { migrantId: newMigrantId(), destinationCountry: 'ETH' } });
  caseId = c.id;
  caseNumber = c.caseNumber;
  c = await run(TRANSITION, { id: c.id, v: c.version, to: 'COUNSELLED', note: recorded.transitions[1]!.note });
  for (const to of ['ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS']) c = await run(TRANSITION, { id: c.id, v: c.version, to });
  c = { ...c, version: (await run(TRAVEL_DOC, { id: c.id, v: c.version })).version };
  c = await run(TRANSITION, { id: c.id, v: c.version, to: 'FIT_TO_TRAVEL' });
  const [document, transport] = recorded.support;
  await run(SUPPORT, { c: caseId, input: { kind: 'DOCUMENT', description: document!.description, documentType: document!.documentType, documentNumber: document!.documentNumber, issuedOn: '2026-01-15', providedOn: '2026-01-15' } });
  await run(SUPPORT, { c: caseId, input: { kind: 'TRANSPORT', transportMode: transport!.transportMode, providedOn: '2026-01-16' } });
  const plan = await run(PLAN, { c: caseId, input: { scope: 'INDIVIDUAL', summary: recorded.reintegrationPlan.summary } });
  await run(ACTIVITY, { p: plan.id, input: { dimension: 'ECONOMIC', type: 'BUSINESS_START_UP', modality: 'IN_KIND', description: recorded.reintegrationPlan.activities[0]!.description, partner: 'Ethiopian Red Cross' } });
  const departureDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  ({ id: movementId, reference: movementReference } = await run(PLAN_MOVEMENT, { input: { mode: 'AIR', departureDate, route: 'Bossaso – Addis Ababa', destinationCountry: 'ETH' } }));
  await run(ASSIGN, { m: movementId, c: caseId, v: c.version });
});

describe("a case's identifying and free-text details", () => {
  it('are read by an AVRR officer (cases:read, avr:read, avr:write)', async () => {
    const res = await h.exec(CASE_FILE, { id: caseId }, viewerFor('avrr-officer'));
    expect(res.errors).toBeUndefined();
    expect(res.data.avrCase).toEqual({ caseNumber, ...officerViewOf(movementReference) });
  });

  it('are refused to a coordinator one by one with FORBIDDEN, the rest of the case file answered', async () => {
    const res = await h.exec(CASE_FILE, { id: caseId }, viewerFor('coordinator'));
    expect(res.data.avrCase).toEqual({ caseNumber, ...coordinatorView });
    expectRefused(res.errors, refusedUnder(['avrCase']));
  });

  it('are refused to a coordinator on a movement manifest and in the case list too', async () => {
    const manifest = await h.exec(MANIFEST, { id: movementId }, viewerFor('coordinator'));
    expect(manifest.data.movement.cases).toEqual([{ caseNumber, ...coordinatorView }]);
    expectRefused(manifest.errors, refusedUnder(['movement', 'cases', 0]));
    const list = await h.exec(`query { avrCases(first: 50) { edges { node { caseNumber ${DETAILS} } } } }`, {}, viewerFor('coordinator'));
    const at = list.data.avrCases.edges.findIndex((e: any) => e.node.caseNumber === caseNumber);
    expect(list.data.avrCases.edges[at].node).toEqual({ caseNumber, ...coordinatorView });
    expectRefused(list.errors, refusedUnder(['avrCases', 'edges', at, 'node']));
  });

  it('are null without an error when absent, for a coordinator as for anyone', async () => {
    const fresh = await run(OPEN, { input: { migrantId: newMigrantId(), destinationCountry: 'ETH' } });
    const res = await h.exec(CASE_FILE, { id: fresh.id }, viewerFor('coordinator'));
    expect(res.errors).toBeUndefined();
    expect(res.data.avrCase).toMatchObject({ transitions: [{ to: 'REQUESTED', note: null }], travelDocument: null, support: [], reintegrationPlan: null });
  });

  it("refuse an unaccompanied child's safeguards to a viewer with avr:write but no cases:read", async () => {
    const child = await run(OPEN, { input: { migrantId: newMigrantId(), destinationCountry: 'ETH', isUnaccompaniedChild: true } });
    const q = `query($id: ID!) { avrCase(id: $id) { caseNumber childSafeguards { escortName } } }`;
    const writer = await h.exec(q, { id: child.id }, viewerFor('coordinator', null, ['avr:write']));
    expect(writer.data.avrCase).toEqual({ caseNumber: child.caseNumber, childSafeguards: null });
    expect(writer.errors?.map((e: any) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['avrCase', 'childSafeguards']]]);
    const officer = await h.exec(q, { id: child.id }, viewerFor('avrr-officer'));
    expect(officer.errors).toBeUndefined();
    expect(officer.data.avrCase.childSafeguards).toEqual({ escortName: null });
  });
});
