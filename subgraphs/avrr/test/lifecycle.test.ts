import { viewerFor } from '@mpa/platform/testing';
import { describe, expect, it } from 'vitest';
import { AVR_TRANSITIONS } from '../src/lifecycle/avr-lifecycle.js';
import { newMigrantId, OPEN, TRANSITION, useAvrrHarness } from './harness.js';

const h = useAvrrHarness();

async function open(extra: Record<string, unknown> = {}) {
  const res = await h.exec(OPEN, { input: { migrantId: newMigrantId(), destinationCountry: 'ETH', ...extra } });
  expect(res.errors).toBeUndefined();
  return res.data.openAvrCase as { id: string; version: number; status: string };
}

async function step(c: { id: string; version: number }, to: string, note?: string) {
  const res = await h.exec(TRANSITION, { id: c.id, v: c.version, to, note });
  expect(res.errors, `${to}: ${JSON.stringify(res.errors)}`).toBeUndefined();
  return res.data.transitionAvrCase as { id: string; version: number; status: string };
}

const TRAVEL_DOC = `mutation($id: ID!, $v: Int!) { recordTravelDocument(id: $id, expectedVersion: $v, input: {
  nationalityVerifiedOn: "2026-01-10", type: EMERGENCY_TRAVEL_DOCUMENT, number: "ETD-0042", issuedOn: "2026-01-12" }) { version travelDocument { type number issuedOn } } }`;
const SAFEGUARDS = `mutation($id: ID!, $v: Int!, $input: ChildSafeguardsInput!) { recordChildSafeguards(id: $id, expectedVersion: $v, input: $input) { version } }`;

/** Walks a case from REQUESTED to `target` along the main path, recording what each guard needs. */
async function walk(c: { id: string; version: number; status?: string }, path: string[]) {
  let current = c;
  for (const to of path) {
    if (to === 'FIT_TO_TRAVEL') {
      const doc = await h.exec(TRAVEL_DOC, { id: current.id, v: current.version });
      expect(doc.errors).toBeUndefined();
      current = { ...current, version: doc.data.recordTravelDocument.version };
    }
    current = await step(current, to);
  }
  return current;
}

describe('the AVR lifecycle state machine', () => {
  it('takes a case from request to closure, keeping every step with who, when, from, to and why', async () => {
    const c = await open();
    expect(c.status).toBe('REQUESTED');
    const done = await walk(c, ['COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS', 'FIT_TO_TRAVEL', 'TRAVEL_BOOKED', 'DEPARTED', 'ARRIVED', 'REINTEGRATION']);
    await step(done, 'CLOSED', 'Reintegration plan completed.');
    const res = await h.exec(`query($id: ID!) { avrCase(id: $id) { status allowedTransitions transitions { from to note actor actorName at } } }`, { id: c.id });
    expect(res.data.avrCase.status).toBe('CLOSED');
    expect(res.data.avrCase.allowedTransitions).toEqual([]);
    const steps = res.data.avrCase.transitions;
    expect(steps.map((t: any) => [t.from, t.to])).toEqual([
      [null, 'REQUESTED'], ['REQUESTED', 'COUNSELLED'], ['COUNSELLED', 'ELIGIBILITY_CONFIRMED'], ['ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS'],
      ['TRAVEL_DOCUMENTS', 'FIT_TO_TRAVEL'], ['FIT_TO_TRAVEL', 'TRAVEL_BOOKED'], ['TRAVEL_BOOKED', 'DEPARTED'], ['DEPARTED', 'ARRIVED'],
      ['ARRIVED', 'REINTEGRATION'], ['REINTEGRATION', 'CLOSED'],
    ]);
    expect(steps.at(-1)).toMatchObject({ note: 'Reintegration plan completed.', actor: 'avrr-officer@all', actorName: 'avrr-officer' });
    expect(steps.every((t: any) => typeof t.at === 'string')).toBe(true);
  });

  it('offers only the valid next steps', async () => {
    const c = await open();
    expect((c as any).allowedTransitions).toEqual(['COUNSELLED', 'WITHDRAWN', 'REJECTED', 'CANCELLED']);
    const departed = await walk(c, ['COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS', 'FIT_TO_TRAVEL', 'TRAVEL_BOOKED', 'DEPARTED']);
    expect((departed as any).allowedTransitions).toEqual(['ARRIVED']);
  });

  it('refuses a transition the state machine does not allow with INVALID_TRANSITION naming from, to and the allowed states', async () => {
    const c = await open();
    const res = await h.exec(TRANSITION, { id: c.id, v: c.version, to: 'DEPARTED' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REQUESTED', to: 'DEPARTED', allowed: ['COUNSELLED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'] });
    expect(res.errors?.[0]?.message).toMatch(/REQUESTED to DEPARTED/);
    const after = await h.exec(`query($id: ID!) { avrCase(id: $id) { status version transitions { to } } }`, { id: c.id });
    expect(after.data.avrCase).toMatchObject({ status: 'REQUESTED', version: 1, transitions: [{ to: 'REQUESTED' }] });
  });

  it('keeps final states final and does not let a departed case be withdrawn', async () => {
    const withdrawn = await step(await open(), 'WITHDRAWN', 'Migrant decided to stay.');
    const again = await h.exec(TRANSITION, { id: withdrawn.id, v: withdrawn.version, to: 'COUNSELLED' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] });
    for (const final of ['CLOSED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'] as const) expect(AVR_TRANSITIONS[final]).toEqual([]);
    expect(AVR_TRANSITIONS.DEPARTED).not.toContain('WITHDRAWN');
    // A withdrawn case no longer blocks a new request for the same migrant.
  });

  it('refuses to leave TRAVEL_DOCUMENTS before nationality is verified and a travel document issued', async () => {
    const c = await walk(await open(), ['COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS']);
    const res = await h.exec(TRANSITION, { id: c.id, v: c.version, to: 'FIT_TO_TRAVEL' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'PRECONDITION_FAILED', missing: ['nationalityVerifiedOn', 'travelDocument'] });
  });

  it('refuses a stale expectedVersion with CONFLICT, and returns the case when a successful transition is retried', async () => {
    const c = await open();
    const moved = await step(c, 'COUNSELLED');
    const retried = await h.exec(TRANSITION, { id: c.id, v: c.version, to: 'COUNSELLED' });
    expect(retried.errors).toBeUndefined();
    expect(retried.data.transitionAvrCase).toMatchObject({ status: 'COUNSELLED', version: moved.version });
    const stale = await h.exec(TRANSITION, { id: c.id, v: c.version, to: 'WITHDRAWN' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const history = await h.exec(`query($id: ID!) { avrCase(id: $id) { transitions { to } } }`, { id: c.id });
    expect(history.data.avrCase.transitions).toHaveLength(2);
  });

  it('lets only one of two concurrent transitions of the same version through', async () => {
    const c = await open();
    const [a, b] = await Promise.all([
      h.exec(TRANSITION, { id: c.id, v: c.version, to: 'COUNSELLED' }),
      h.exec(TRANSITION, { id: c.id, v: c.version, to: 'WITHDRAWN' }),
    ]);
    const ok = [a, b].filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect([a, b].find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [row] = await h.sql(`SELECT count(*)::int AS n FROM avr_case_transition WHERE case_id = ?`, [c.id.slice(5)]);
    expect(row.n).toBe(2);
  });

  it('lets only AVRR officers move cases, and refuses unknown cases', async () => {
    const c = await open();
    const caseworker = await h.exec(TRANSITION, { id: c.id, v: c.version, to: 'COUNSELLED' }, viewerFor('caseworker', 'bossaso'));
    expect(caseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const coordinator = await h.exec(TRANSITION, { id: c.id, v: c.version, to: 'COUNSELLED' }, viewerFor('coordinator'));
    expect(coordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await h.exec(TRANSITION, { id: 'avrr:00000000-0000-4000-8000-000000000000', v: 1, to: 'COUNSELLED' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const foreign = await h.exec(TRANSITION, { id: newMigrantId(), v: 1, to: 'COUNSELLED' });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records every transition in the audit log with the old and new status and the reason', async () => {
    const c = await open();
    await step(c, 'REJECTED', 'Not eligible: holds refugee status.');
    const res = await h.exec(`query($f: AuditFilter) { avrrAuditEvents(filter: $f) { edges { node { action changes { field from to } reason } } } }`, { f: { entityId: c.id } }, viewerFor('admin'));
    const update = res.data.avrrAuditEvents.edges.map((e: any) => e.node).find((n: any) => n.action === 'update');
    expect(update.reason).toBe('Not eligible: holds refugee status.');
    expect(update.changes).toContainEqual({ field: 'status', from: '"REQUESTED"', to: '"REJECTED"' });
  });

  it('loads the history of many cases in one SQL statement however many are listed', async () => {
    for (let i = 0; i < 12; i++) await step(await open(), 'COUNSELLED');
    const query = (n: number) => `{ avrCases(first: ${n}) { edges { node { id transitions { from to } allowedTransitions } } } }`;
    let before = h.database.statements.count;
    await h.exec(query(2));
    const forTwo = h.database.statements.count - before;
    before = h.database.statements.count;
    const res = await h.exec(query(12));
    const forTwelve = h.database.statements.count - before;
    expect(res.data.avrCases.edges).toHaveLength(12);
    expect(forTwelve).toBe(forTwo);
    expect(forTwo).toBe(2); // the page, then every case's transitions
  });
});

describe('unaccompanied children', () => {
  const child = () => open({ isUnaccompaniedChild: true });

  it('cannot have eligibility confirmed without a best-interests determination, a family assessment and both consents', async () => {
    const c = await step(await child(), 'COUNSELLED');
    const res = await h.exec(TRANSITION, { id: c.id, v: c.version, to: 'ELIGIBILITY_CONFIRMED' });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'PRECONDITION_FAILED', missing: ['bestInterestsDeterminationRef', 'familyAssessment', 'childConsentAt', 'guardianConsentAt'],
    });
    const partial = await h.exec(SAFEGUARDS, { id: c.id, v: c.version, input: { bestInterestsDeterminationRef: 'BID-BOS-2026-007', familyAssessment: 'Mother traced in Dire Dawa, willing to receive.' } });
    expect(partial.errors).toBeUndefined();
    const still = await h.exec(TRANSITION, { id: c.id, v: partial.data.recordChildSafeguards.version, to: 'ELIGIBILITY_CONFIRMED' });
    expect(still.errors?.[0]?.extensions?.missing).toEqual(['childConsentAt', 'guardianConsentAt']);
  });

  it('travel with an escort and cannot arrive without a signed hand-over', async () => {
    let c: { id: string; version: number; status?: string } = await step(await child(), 'COUNSELLED');
    const consent = new Date(Date.now() - 86_400_000).toISOString();
    const s = await h.exec(SAFEGUARDS, { id: c.id, v: c.version, input: {
      bestInterestsDeterminationRef: 'BID-BOS-2026-008', familyAssessment: 'Uncle in Jimma, assessed by the child-protection partner.', childConsentAt: consent, guardianConsentAt: consent,
    } });
    c = { ...c, version: s.data.recordChildSafeguards.version };
    c = await walk(c, ['ELIGIBILITY_CONFIRMED', 'TRAVEL_DOCUMENTS', 'FIT_TO_TRAVEL']);
    const noEscort = await h.exec(TRANSITION, { id: c.id, v: c.version, to: 'TRAVEL_BOOKED' });
    expect(noEscort.errors?.[0]?.extensions).toMatchObject({ code: 'PRECONDITION_FAILED', missing: ['escortName'] });
    const e = await h.exec(SAFEGUARDS, { id: c.id, v: c.version, input: { escortName: 'Fatuma Ali (IOM escort)' } });
    c = await walk({ ...c, version: e.data.recordChildSafeguards.version }, ['TRAVEL_BOOKED', 'DEPARTED']);
    const noHandOver = await h.exec(TRANSITION, { id: c.id, v: c.version, to: 'ARRIVED' });
    expect(noHandOver.errors?.[0]?.extensions).toMatchObject({ code: 'PRECONDITION_FAILED', missing: ['handOver'] });
    const ho = await h.exec(SAFEGUARDS, { id: c.id, v: c.version, input: { handOverSignedBy: 'Ato Bekele (uncle)', handOverSignedAt: new Date().toISOString() } });
    await step({ ...c, version: ho.data.recordChildSafeguards.version }, 'ARRIVED', 'Handed over to the uncle at Bole airport.');
  });

  it("logs every read of a child's safeguards, and hides them from roles without protection access", async () => {
    const c = await child();
    const q = `query($id: ID!) { avrCase(id: $id) { childSafeguards { bestInterestsDeterminationRef } } }`;
    const [before] = await h.sql(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'read' AND entity_id = ?`, [c.id]);
    expect((await h.exec(q, { id: c.id })).errors).toBeUndefined();
    const [after] = await h.sql(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'read' AND entity_id = ?`, [c.id]);
    expect(after.n).toBe(before.n + 1);
    const coordinator = await h.exec(q, { id: c.id }, viewerFor('coordinator'));
    expect(coordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("logs the reads of many children's safeguards in one statement, one entry per child", async () => {
    const children = [await child(), await child(), await child(), await child()];
    const ids = children.map((c) => c.id);
    const q = `query($ids: [_Any!]!) { _entities(representations: $ids) { ... on AvrCase { childSafeguards { escortName } } } }`;
    const reps = (list: string[]) => list.map((id) => ({ __typename: 'AvrCase', id }));
    let before = h.database.statements.count;
    await h.exec(q, { ids: reps(ids.slice(0, 1)) });
    const forOne = h.database.statements.count - before;
    before = h.database.statements.count;
    const res = await h.exec(q, { ids: reps(ids) });
    const forFour = h.database.statements.count - before;
    expect(res.errors).toBeUndefined();
    expect(forFour).toBe(forOne);
    expect(forOne).toBe(2); // the cases, then one INSERT into the audit log
    const [logged] = await h.sql(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'read' AND entity = 'ChildSafeguards' AND entity_id IN (?)`, [ids]);
    expect(logged.n).toBe(5);
  });

  it('refuses safeguards for a case that is not a child\'s, and consents dated in the future', async () => {
    const adult = await open();
    const res = await h.exec(SAFEGUARDS, { id: adult.id, v: adult.version, input: { escortName: 'x' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('PRECONDITION_FAILED');
    const c = await child();
    const future = await h.exec(SAFEGUARDS, { id: c.id, v: c.version, input: { childConsentAt: '2999-01-01T00:00:00Z', bestInterestsDeterminationRef: 'x'.repeat(101) } });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.bestInterestsDeterminationRef', 'input.childConsentAt']);
  });
});
