import { databaseUrl, demoUsers, ROLES, type DemoUser } from '@mpa/platform';
import { sites } from '@mpa/registry';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { queryDatabase } from './database-checksums.js';

let hub: TestHub;
let migrant: string;

/** What each probe reads or writes at the Bossaso subgraph (or AVRR's), and the scope the matrix says it needs. */
const PROBES: { name: string; subgraph: string; scope: string; siteBound: boolean; query: (id: string, user: string) => string }[] = [
  { name: 'names and case file', subgraph: 'bossaso', scope: 'cases:read', siteBound: true,
    query: (id) => `{ _entities(representations: [{ __typename: "BossasoMigrant", id: "${id}" }]) { ... on BossasoMigrant { fullName } } }` },
  { name: 'medical consultations', subgraph: 'bossaso', scope: 'medical:read', siteBound: true,
    query: (id) => `{ _entities(representations: [{ __typename: "BossasoMigrant", id: "${id}" }]) { ... on BossasoMigrant { medicalConsultations { edges { cursor } } } } }` },
  { name: 'UAM case', subgraph: 'bossaso', scope: 'protection:read', siteBound: true,
    query: (id) => `{ _entities(representations: [{ __typename: "BossasoMigrant", id: "${id}" }]) { ... on BossasoMigrant { uamCase { id } } } }` },
  { name: 'MHPSS sessions', subgraph: 'bossaso', scope: 'mhpss:read', siteBound: true,
    query: (id) => `{ _entities(representations: [{ __typename: "BossasoMigrant", id: "${id}" }]) { ... on BossasoMigrant { mhpssSessions { edges { cursor } } } } }` },
  { name: 'indicators', subgraph: 'bossaso', scope: 'stats:read', siteBound: true,
    query: () => '{ _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) { ... on BossasoCentre { stats { openCases } } } }' },
  { name: 'registering a migrant', subgraph: 'bossaso', scope: 'cases:write', siteBound: true,
    query: (_id, user) => `mutation { bossaso { registerMigrant(input: { givenName: "Matrix", familyName: "${user.replace(/\W/g, '')}", sex: MALE, estimatedAge: 30,
      nationality: "ETH", hasDocuments: false, confirmNotDuplicate: true }) { migrant { id } } } }` },
  { name: 'AVR cases', subgraph: 'avrr', scope: 'avr:read', siteBound: false, query: () => '{ avrCases(first: 1) { totalCount } }' },
];

const scopesOf = (user: DemoUser) => new Set<string>([...ROLES[user.role].scopes, ...(user.extraScopes ?? [])]);

/** Sends a query straight to a subgraph with a user's genuine token, as the gateway forwards it. */
async function direct(subgraph: string, query: string, token: string): Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }> {
  const res = await fetch(hub.subgraphs.get(subgraph)!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, extensions: { jwt: { token: { value: token, prefix: 'Bearer' } } } }),
  });
  return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0.02 });
  const [row] = await queryDatabase<{ id: string }>(databaseUrl(inject('pgServerUrl'), hub.databases.bossaso!), `SELECT 'bossaso:' || id AS id FROM migrant LIMIT 1`);
  migrant = row!.id;
});
afterAll(() => hub?.stop());

describe('the role matrix, row by row, when calling a subgraph directly', () => {
  it('every demo user gets exactly what their role\'s scopes and site allow, and FORBIDDEN for the rest', async () => {
    const mismatches: string[] = [];
    for (const user of demoUsers(sites)) {
      const token = await hub.tokenFor(user.username);
      const scopes = scopesOf(user);
      for (const probe of PROBES) {
        const allowed = scopes.has(probe.scope) && (!probe.siteBound || user.site === null || user.site === 'bossaso');
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
