import { databaseUrl, demoUsers, ROLES, type DemoUser } from '@mpa/platform';
import { sites } from '@mpa/registry';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { queryDatabase } from './database-checksums.js';

let hub: TestHub;
let migrant: string;
/** A Bossaso migrant's AVR case holding every identifying and free-text detail (made in beforeAll). */
let avrCase: string;

/** An identifying or free-text detail of an AVR case: needs cases:read on top of avr:read. */
const caseDetailProbe = (name: string, selection: string) => ({
  name, subgraph: 'avrr', scopes: ['avr:read', 'cases:read'], siteBound: true, query: () => `{ avrCase(id: "${avrCase}") { ${selection} } }`,
});

/** What each probe reads or writes at the Bossaso subgraph (or AVRR's), and the scopes the matrix says it needs (all of them). */
const PROBES: { name: string; subgraph: string; scopes: readonly string[]; siteBound: boolean; query: (id: string, user: string) => string }[] = [
  { name: 'names and case file', subgraph: 'bossaso', scopes: ['cases:read'], siteBound: true,
    query: (id) => `{ _entities(representations: [{ __typename: "BossasoMigrant", id: "${id}" }]) { ... on BossasoMigrant { fullName } } }` },
  { name: 'medical consultations', subgraph: 'bossaso', scopes: ['medical:read'], siteBound: true,
    query: (id) => `{ _entities(representations: [{ __typename: "BossasoMigrant", id: "${id}" }]) { ... on BossasoMigrant { medicalConsultations { edges { cursor } } } } }` },
  { name: 'UAM case', subgraph: 'bossaso', scopes: ['protection:read'], siteBound: true,
    query: (id) => `{ _entities(representations: [{ __typename: "BossasoMigrant", id: "${id}" }]) { ... on BossasoMigrant { uamCase { id } } } }` },
  { name: 'MHPSS sessions', subgraph: 'bossaso', scopes: ['mhpss:read'], siteBound: true,
    query: (id) => `{ _entities(representations: [{ __typename: "BossasoMigrant", id: "${id}" }]) { ... on BossasoMigrant { mhpssSessions { edges { cursor } } } } }` },
  { name: 'indicators', subgraph: 'bossaso', scopes: ['stats:read'], siteBound: true,
    query: () => '{ _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) { ... on BossasoCentre { stats { openCases } } } }' },
  { name: 'registering a migrant', subgraph: 'bossaso', scopes: ['cases:write'], siteBound: true,
    query: (_id, user) => `mutation { bossaso { registerMigrant(input: { givenName: "Matrix", familyName: "${user.replace(/\W/g, '')}", sex: MALE, estimatedAge: 30,
      nationality: "ETH", hasDocuments: false, confirmNotDuplicate: true }) { migrant { id } } } }` },
  { name: 'AVR cases', subgraph: 'avrr', scopes: ['avr:read'], siteBound: false, query: () => '{ avrCases(first: 1) { totalCount } }' },
  caseDetailProbe('AVR transition notes', 'transitions { note }'),
  caseDetailProbe('travel document number', 'travelDocument { number }'),
  caseDetailProbe('AVR support document number', 'support { documentNumber }'),
  caseDetailProbe('AVR support description', 'support { description }'),
  caseDetailProbe('reintegration plan summary', 'reintegrationPlan { summary }'),
  caseDetailProbe('reintegration activity description', 'reintegrationPlan { activities { description } }'),
];

const scopesOf = (user: DemoUser) => new Set<string>([...ROLES[user.role].scopes, ...(user.extraScopes ?? [])]);

/** Sends a query straight to a subgraph with a user's genuine token, as the gateway forwards it. */
async function direct(subgraph: string, query: string, token: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: { extensions?: { code?: string } }[] }> {
  const res = await fetch(hub.subgraphs.get(subgraph)!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, extensions: { jwt: { token: { value: token, prefix: 'Bearer' } } } }),
  });
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

/** Opens an AVR case for a Bossaso migrant who has none, as the AVRR officer, and records a detail of every guarded kind. */
async function openDetailedAvrCase(): Promise<string> {
  const token = await hub.tokenFor('avrr-officer');
  const officer = async (query: string, variables: Record<string, unknown>) => {
    const res = await direct('avrr', query, token, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data)[0] as { id: string; version: number };
  };
  const active = await queryDatabase<{ migrant_id: string }>(databaseUrl(inject('pgServerUrl'), hub.databases.avrr!), `SELECT migrant_id FROM avr_case WHERE migrant_id IS NOT NULL`);
  const [row] = await queryDatabase<{ id: string }>(databaseUrl(inject('pgServerUrl'), hub.databases.bossaso!),
    `SELECT 'bossaso:' || id AS id FROM migrant WHERE NOT ('bossaso:' || id = ANY($1::text[])) LIMIT 1`, [active.map((r) => r.migrant_id)]);
  const opened = await officer('mutation($input: OpenAvrCaseInput!) { openAvrCase(input: $input) { id version } }', { input: { migrantId: row!.id, destinationCountry: 'ETH' } });
  const counselled = await officer('mutation($id: ID!, $v: Int!) { transitionAvrCase(id: $id, expectedVersion: $v, to: COUNSELLED, note: "Wants to join her brother.") { id version } }', { id: opened.id, v: opened.version });
  await officer(`mutation($id: ID!, $v: Int!) { recordTravelDocument(id: $id, expectedVersion: $v, input: {
    nationalityVerifiedOn: "2026-01-10", type: PASSPORT, number: "EP1234567", issuedOn: "2026-01-12" }) { id version } }`, { id: counselled.id, v: counselled.version });
  await officer(`mutation($c: ID!) { recordAvrSupport(caseId: $c, input: { kind: DOCUMENT, description: "Replaced after the raid.", documentType: "birth certificate",
    documentNumber: "BC-42", issuedOn: "2026-01-15", providedOn: "2026-01-15" }) { id } }`, { c: opened.id });
  const plan = await officer('mutation($c: ID!) { createReintegrationPlan(caseId: $c, input: { scope: INDIVIDUAL, summary: "Tailoring shop in Jimma." }) { id } }', { c: opened.id });
  await officer('mutation($p: ID!) { addReintegrationActivity(planId: $p, input: { dimension: ECONOMIC, type: BUSINESS_START_UP, modality: IN_KIND, description: "Two sewing machines." }) { id } }', { p: plan.id });
  return opened.id;
}

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0.02 });
  const [row] = await queryDatabase<{ id: string }>(databaseUrl(inject('pgServerUrl'), hub.databases.bossaso!), `SELECT 'bossaso:' || id AS id FROM migrant LIMIT 1`);
  migrant = row!.id;
  avrCase = await openDetailedAvrCase();
});
afterAll(() => hub?.stop());

describe('the role matrix, row by row, when calling a subgraph directly', () => {
  it('every demo user gets exactly what their role\'s scopes and site allow, and FORBIDDEN for the rest', async () => {
    const mismatches: string[] = [];
    for (const user of demoUsers(sites)) {
      const token = await hub.tokenFor(user.username);
      const scopes = scopesOf(user);
      for (const probe of PROBES) {
        const allowed = probe.scopes.every((scope) => scopes.has(scope)) && (!probe.siteBound || user.site === null || user.site === 'bossaso');
        const res = await direct(probe.subgraph, probe.query(migrant, user.username), token);
        const refused = (res.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN');
        const otherErrors = (res.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN');
        if (allowed === refused || otherErrors.length) {
          mismatches.push(`${user.username} / ${probe.name}: expected ${allowed ? 'allowed' : 'FORBIDDEN'}, got ${JSON.stringify(res).slice(0, 200)}`);
        }
      }
    }
    expect(mismatches, mismatches.join('\n')).toEqual([]);
  });
});
