import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { post } from './graphql-client.js';

let hub: TestHub;
const tokens: Record<string, string> = {};
const as = (user: string) => (query: string, variables?: Record<string, unknown>) => post(hub.gatewayUrl, query, variables, tokens[user]);

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0.1 });
  for (const user of ['avrr-officer', 'coordinator', 'caseworker@bossaso', 'caseworker@hargeisa', 'service@bossaso', 'service@hargeisa']) tokens[user] = await hub.tokenFor(user);
});
afterAll(() => hub?.stop());

/** A Bossaso migrant of the demo data without an AVR case yet. */
async function migrantWithoutCase(): Promise<{ id: string; fullName: string }> {
  const res = await as('avrr-officer')('{ centre(code: "bossaso") { migrants(first: 100) { edges { node { id fullName avrCase { id } } } } } }');
  expect(res.errors).toBeUndefined();
  const free = res.data.centre.migrants.edges.map((e: any) => e.node).filter((m: any) => !m.avrCase);
  const pick = free[Math.floor(Math.random() * free.length)];
  expect(pick).toBeDefined();
  return pick;
}

const RECEIVE = `mutation($input: AvrReferralInput!) { receiveAvrReferral(input: $input) { created avrCase { id status version migrant { __typename id } centre { name } } } }`;
const TRANSITION = `mutation($id: ID!, $v: Int!, $to: AvrStatus!, $note: String) { transitionAvrCase(id: $id, expectedVersion: $v, to: $to, note: $note) { status version allowedTransitions } }`;

describe('AVRR through the gateway, over HTTP', () => {
  it("takes a centre's referral once, joined to the centre's migrant record", async () => {
    const migrant = await migrantWithoutCase();
    const input = {
      referralId: randomUUID(), migrantId: migrant.id, destinationCountry: 'ETH', destinationRegion: 'Oromia',
      requestedAt: new Date(Date.now() - 3_600_000).toISOString(), isUnaccompaniedChild: false, consentRecordedAt: new Date(Date.now() - 3_600_000).toISOString(),
    };
    const first = await as('service@bossaso')(RECEIVE, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.receiveAvrReferral).toMatchObject({
      created: true, avrCase: { status: 'REQUESTED', migrant: { __typename: 'BossasoMigrant', id: migrant.id }, centre: { name: 'Bossaso' } },
    });
    // The service account reads no names; an AVRR officer sees the case joined to the centre's record.
    const joined = await as('avrr-officer')('query($id: ID!) { avrCase(id: $id) { migrant { ... on BossasoMigrant { fullName } } } }', { id: first.data.receiveAvrReferral.avrCase.id });
    expect(joined.data.avrCase.migrant.fullName).toBe(migrant.fullName);
    const again = await as('service@bossaso')(RECEIVE, { input });
    expect(again.data.receiveAvrReferral).toMatchObject({ created: false, avrCase: { id: first.data.receiveAvrReferral.avrCase.id } });
    const foreign = await as('service@hargeisa')(RECEIVE, { input: { ...input, referralId: randomUUID() } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const person = await as('caseworker@bossaso')(RECEIVE, { input: { ...input, referralId: randomUUID() } });
    expect(person.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const back = await as('caseworker@bossaso')('query($id: ID!) { migrant(id: $id) { avrCase { id status } } }', { id: migrant.id });
    expect(back.data.migrant.avrCase).toEqual({ id: first.data.receiveAvrReferral.avrCase.id, status: 'REQUESTED' });
  });

  it('lets an AVRR officer move a case step by step, refusing invalid steps with INVALID_TRANSITION', async () => {
    const migrant = await migrantWithoutCase();
    const opened = await as('avrr-officer')('mutation($m: ID!) { openAvrCase(input: { migrantId: $m, destinationCountry: "ETH" }) { id version } }', { m: migrant.id });
    const c = opened.data.openAvrCase;
    const jump = await as('avrr-officer')(TRANSITION, { id: c.id, v: c.version, to: 'ARRIVED' });
    expect(jump.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REQUESTED', to: 'ARRIVED', allowed: ['COUNSELLED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'] });
    const counselled = await as('avrr-officer')(TRANSITION, { id: c.id, v: c.version, to: 'COUNSELLED', note: 'Counselled on return options.' });
    expect(counselled.data.transitionAvrCase).toEqual({ status: 'COUNSELLED', version: 2, allowedTransitions: ['ELIGIBILITY_CONFIRMED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'] });
    const caseworker = await as('caseworker@bossaso')(TRANSITION, { id: c.id, v: 2, to: 'ELIGIBILITY_CONFIRMED' });
    expect(caseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const history = await as('caseworker@bossaso')('query($id: ID!) { avrCase(id: $id) { transitions { from to note actorName } } }', { id: c.id });
    expect(history.data.avrCase.transitions).toEqual([
      { from: null, to: 'REQUESTED', note: null, actorName: 'AVRR officer' },
      { from: 'REQUESTED', to: 'COUNSELLED', note: 'Counselled on return options.', actorName: 'AVRR officer' },
    ]);
    const otherCentre = await as('caseworker@hargeisa')('query($id: ID!) { avrCase(id: $id) { id } }', { id: c.id });
    expect(otherCentre.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives coordinators the AVR pipeline by state and centre', async () => {
    const res = await as('coordinator')('query($from: Date!, $to: Date!) { avrStats(from: $from, to: $to) { pipeline { status centre { code name } cases } departures { month returnees } } }', {
      from: '2020-01-01', to: new Date().toISOString().slice(0, 10),
    });
    expect(res.errors).toBeUndefined();
    const total = res.data.avrStats.pipeline.reduce((n: number, r: any) => n + r.cases, 0);
    const listed = await as('coordinator')('{ avrCases { totalCount } }');
    expect(total).toBe(listed.data.avrCases.totalCount);
    expect(res.data.avrStats.pipeline.every((r: any) => r.centre === null || typeof r.centre.name === 'string')).toBe(true);
  });
});
