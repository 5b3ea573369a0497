import { defineSite } from '@mpa/platform';
import { sites } from '@mpa/registry';
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { composeHub } from '../src/compose/compose.js';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../src/supergraph-files.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { post } from './graphql-client.js';

describe('build-time composition', () => {
  it('matches the committed supergraph and public API schema (run `npm run compose` when this fails)', async () => {
    const graph = composeHub(sites);
    expect(await readFile(SUPERGRAPH_FILE, 'utf8')).toBe(graph.supergraph);
    expect(await readFile(API_SCHEMA_FILE, 'utf8')).toBe(graph.apiSchema);
  });

  it('keeps routing metadata out of the public schema', () => {
    const { apiSchema } = composeHub(sites);
    expect(apiSchema).not.toMatch(/join__|_entities|_service|link__/);
    expect(apiSchema).toContain('bossaso: SiteMutations!');
  });
});

describe('a fourth Migrant Response Centre', () => {
  // What a new MRC's thin package holds: configuration, no code.
  const garowe = defineSite({ code: 'garowe', name: 'Garowe', openedOn: '2026-01-15', port: 4104, database: 'mpa_garowe' });
  let hub: TestHub | undefined;
  afterAll(() => hub?.stop());

  it('composes from configuration alone', () => {
    const { apiSchema } = composeHub([...sites, garowe]);
    expect(apiSchema).toContain('type GaroweCentre implements Centre');
    expect(apiSchema).toContain('type GaroweMigrant implements Migrant');
    expect(apiSchema).toContain('garowe: SiteMutations!');
  });

  it('serves its own records through the same documents as the other centres', async () => {
    hub = await startTestHub({ serverUrl: inject('pgServerUrl'), sites: [...sites, garowe], years: 0.05 });
    const token = await hub.tokenFor('admin');
    const centres = await post(hub.gatewayUrl, '{ centres { code name stats { registrations } } }', undefined, token);
    expect(centres.errors).toBeUndefined();
    expect(centres.data.centres.map((c: any) => c.code)).toEqual(['bossaso', 'hargeisa', 'mogadishu', 'garowe']);
    const registered = await post(hub.gatewayUrl, 'mutation { garowe { registerMigrant(input: { givenName: "Ilhan", familyName: "Farah", sex: FEMALE, estimatedAge: 30, nationality: "SOM", hasDocuments: true }) { migrant { id } } } }', undefined, token);
    const id = registered.data.garowe.registerMigrant.migrant.id;
    expect(id).toMatch(/^garowe:/);
    const opened = await post(hub.gatewayUrl, `mutation { openAvrCase(input: { migrantId: "${id}", destinationCountry: "SOM" }) { migrant { __typename ... on Migrant { id } } centre { name } } }`, undefined, token);
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openAvrCase).toEqual({ migrant: { __typename: 'GaroweMigrant', id }, centre: { name: 'Garowe' } });
  });
});
