import { viewerFor } from '@mpa/platform/testing';
import { describe, expect, it } from 'vitest';
import { newMigrantId, OPEN, TRANSITION, useAvrrHarness } from './harness.js';

const h = useAvrrHarness();
const SUPPORT = `mutation($c: ID!, $input: RecordAvrSupportInput!) { recordAvrSupport(caseId: $c, input: $input) {
  id kind documentType documentNumber issuedOn transportMode money { amount currency } providedOn recordedBy } }`;
const PLAN = `mutation($c: ID!, $input: CreateReintegrationPlanInput!) { createReintegrationPlan(caseId: $c, input: $input) { id scope beneficiaries completion version } }`;
const ACTIVITY = `mutation($p: ID!, $input: AddReintegrationActivityInput!) { addReintegrationActivity(planId: $p, input: $input) {
  id dimension type modality money { amount currency } partner status version } }`;
const STATUS = `mutation($id: ID!, $v: Int!, $s: ActivityStatus!, $d: Date) { updateReintegrationActivityStatus(id: $id, expectedVersion: $v, status: $s, deliveredOn: $d) { status deliveredOn version } }`;

async function run(query: string, variables: Record<string, unknown>) {
  const res = await h.exec(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data)[0] as any;
}
const openCase = () => run(OPEN, { input: { migrantId: newMigrantId(), destinationCountry: 'ETH' } });

describe('return support', () => {
  it('records documents, transport and money per case, in the order provided', async () => {
    const c = await openCase();
    await run(SUPPORT, { c: c.id, input: { kind: 'DOCUMENT', documentType: 'exit permit', documentNumber: 'EP-77', issuedOn: '2026-02-01', providedOn: '2026-02-01' } });
    await run(SUPPORT, { c: c.id, input: { kind: 'POCKET_MONEY', amount: 150, currency: 'USD', providedOn: '2026-02-03' } });
    await run(SUPPORT, { c: c.id, input: { kind: 'TRANSPORT', transportMode: 'bus Addis Ababa – Jimma', providedOn: '2026-02-04' } });
    await run(SUPPORT, { c: c.id, input: { kind: 'TRAVEL_ALLOWANCE', amount: 2500.5, currency: 'ETB', providedOn: '2026-02-04' } });
    const res = await run(`query($id: ID!) { avrCase(id: $id) { support { kind documentNumber transportMode money { amount currency } recordedBy } } }`, { id: c.id });
    expect(res.support).toEqual([
      { kind: 'DOCUMENT', documentNumber: 'EP-77', transportMode: null, money: null, recordedBy: 'avrr-officer@all' },
      { kind: 'POCKET_MONEY', documentNumber: null, transportMode: null, money: { amount: '150.00', currency: 'USD' }, recordedBy: 'avrr-officer@all' },
      { kind: 'TRANSPORT', documentNumber: null, transportMode: 'bus Addis Ababa – Jimma', money: null, recordedBy: 'avrr-officer@all' },
      { kind: 'TRAVEL_ALLOWANCE', documentNumber: null, transportMode: null, money: { amount: '2500.50', currency: 'ETB' }, recordedBy: 'avrr-officer@all' },
    ]);
  });

  it('refuses incomplete or malformed support, listing every field, writing nothing', async () => {
    const c = await openCase();
    const doc = await h.exec(SUPPORT, { c: c.id, input: { kind: 'DOCUMENT', providedOn: '2999-01-01' } });
    expect(doc.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.documentType', 'input.documentNumber', 'input.issuedOn', 'input.providedOn']);
    const cash = await h.exec(SUPPORT, { c: c.id, input: { kind: 'POCKET_MONEY', amount: -1.234, currency: 'DOLLARS', providedOn: '2026-01-01' } });
    expect(cash.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.amount', 'input.currency']);
    const noCurrency = await h.exec(SUPPORT, { c: c.id, input: { kind: 'POCKET_MONEY', amount: 10, providedOn: '2026-01-01' } });
    expect(noCurrency.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.currency']);
    const res = await run(`query($id: ID!) { avrCase(id: $id) { support { id } } }`, { id: c.id });
    expect(res.support).toEqual([]);
  });

  it('returns the first record for a repeated key, and refuses support for a withdrawn case or by non-officers', async () => {
    const c = await openCase();
    const input = { kind: 'POCKET_MONEY', amount: 50, currency: 'USD', providedOn: '2026-01-01', idempotencyKey: `s-${c.id}` };
    const [a, b] = await Promise.all([h.exec(SUPPORT, { c: c.id, input }), h.exec(SUPPORT, { c: c.id, input })]);
    expect(a.data.recordAvrSupport.id).toBe(b.data.recordAvrSupport.id);
    const caseworker = await h.exec(SUPPORT, { c: c.id, input: { ...input, idempotencyKey: null } }, viewerFor('caseworker', 'bossaso'));
    expect(caseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await run(TRANSITION, { id: c.id, v: c.version, to: 'WITHDRAWN' });
    const late = await h.exec(SUPPORT, { c: c.id, input: { ...input, idempotencyKey: null } });
    expect(late.errors?.[0]?.extensions?.code).toBe('PRECONDITION_FAILED');
  });
});

describe('reintegration plans', () => {
  it('plans activities in the three dimensions, delivered in kind, cash or both, and reports completion', async () => {
    const c = await openCase();
    const plan = await run(PLAN, { c: c.id, input: { scope: 'HOUSEHOLD', beneficiaries: 4, summary: 'Small shop in Jimma.' } });
    expect(plan).toMatchObject({ scope: 'HOUSEHOLD', beneficiaries: 4, completion: null });
    const shop = await run(ACTIVITY, { p: plan.id, input: { dimension: 'ECONOMIC', type: 'BUSINESS_START_UP', modality: 'BOTH', amount: 1200, currency: 'USD', partner: 'Ethiopian Red Cross' } });
    expect(shop).toMatchObject({ status: 'PLANNED', money: { amount: '1200.00', currency: 'USD' }, partner: 'Ethiopian Red Cross' });
    const school = await run(ACTIVITY, { p: plan.id, input: { dimension: 'SOCIAL', type: 'EDUCATION', modality: 'IN_KIND' } });
    const mhpss = await run(ACTIVITY, { p: plan.id, input: { dimension: 'PSYCHOSOCIAL', type: 'MHPSS', modality: 'IN_KIND' } });
    const started = await run(STATUS, { id: shop.id, v: shop.version, s: 'IN_PROGRESS' });
    await run(STATUS, { id: shop.id, v: started.version, s: 'DELIVERED', d: '2026-03-01' });
    await run(STATUS, { id: mhpss.id, v: mhpss.version, s: 'CANCELLED' });
    const res = await run(`query($id: ID!) { avrCase(id: $id) { reintegrationPlan { completion activities { type status deliveredOn } } } }`, { id: c.id });
    expect(res.reintegrationPlan.completion).toBe(0.5); // one of two live activities delivered
    expect(res.reintegrationPlan.activities).toEqual([
      { type: 'BUSINESS_START_UP', status: 'DELIVERED', deliveredOn: '2026-03-01' },
      { type: 'EDUCATION', status: 'PLANNED', deliveredOn: null },
      { type: 'MHPSS', status: 'CANCELLED', deliveredOn: null },
    ]);
    expect(school.id).toMatch(/^avrr:/);
  });

  it('refuses a type outside its dimension, cash without an amount, a second plan, and an invalid status change', async () => {
    const c = await openCase();
    const plan = await run(PLAN, { c: c.id, input: { scope: 'INDIVIDUAL' } });
    const wrong = await h.exec(ACTIVITY, { p: plan.id, input: { dimension: 'SOCIAL', type: 'JOB_PLACEMENT', modality: 'CASH' } });
    expect(wrong.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.type', 'input.amount', 'input.currency']);
    const second = await h.exec(PLAN, { c: c.id, input: { scope: 'INDIVIDUAL' } });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const individual = await h.exec(PLAN, { c: (await openCase()).id, input: { scope: 'INDIVIDUAL', beneficiaries: 3 } });
    expect(individual.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.beneficiaries']);
    const a = await run(ACTIVITY, { p: plan.id, input: { dimension: 'SOCIAL', type: 'HOUSING', modality: 'IN_KIND' } });
    const delivered = await run(STATUS, { id: a.id, v: a.version, s: 'DELIVERED' });
    const back = await h.exec(STATUS, { id: a.id, v: delivered.version, s: 'IN_PROGRESS' });
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'DELIVERED', to: 'IN_PROGRESS', allowed: [] });
    const stale = await h.exec(STATUS, { id: a.id, v: a.version, s: 'CANCELLED' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('loads plans and activities for a page of cases in a fixed number of statements', async () => {
    for (let i = 0; i < 6; i++) {
      const c = await openCase();
      const plan = await run(PLAN, { c: c.id, input: { scope: 'INDIVIDUAL' } });
      await run(ACTIVITY, { p: plan.id, input: { dimension: 'ECONOMIC', type: 'VOCATIONAL_TRAINING', modality: 'IN_KIND' } });
      await run(`mutation($c: ID!) { recordAvrSupport(caseId: $c, input: { kind: POCKET_MONEY, amount: 20, currency: "USD", providedOn: "2026-01-01" }) { id } }`, { c: c.id });
    }
    const query = (n: number) => `{ avrCases(first: ${n}) { edges { node { support { kind } reintegrationPlan { completion activities { type } } } } } }`;
    let before = h.database.statements.count;
    await h.exec(query(1));
    const forOne = h.database.statements.count - before;
    before = h.database.statements.count;
    const res = await h.exec(query(6));
    const forSix = h.database.statements.count - before;
    expect(res.data.avrCases.edges.every((e: any) => e.node.reintegrationPlan.activities.length === 1)).toBe(true);
    expect(forSix).toBe(forOne);
    expect(forOne).toBe(4); // page, support, plans, activities
  });
});
