import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { loadPortalDocuments } from '../src/security/persisted-documents.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import type { GraphQLResponse } from './graphql-client.js';

let hub: TestHub;
/** A second gateway in front of the same subgraphs, accepting only persisted documents. */
let strict: RunningGateway;

const manifest = (frontend: string) =>
  JSON.parse(readFileSync(new URL(`../../frontends/${frontend}/src/__generated__/persisted-documents.json`, import.meta.url), 'utf8')) as Record<string, string>;
const hashOf = (frontend: string, operation: string) => {
  const found = Object.entries(manifest(frontend)).find(([, doc]) => doc.includes(` ${operation}(`) || doc.startsWith(`query ${operation} `));
  if (!found) throw new Error(`No persisted ${operation} in ${frontend}`);
  return found[0];
};

/** Posts what Apollo's persisted-query link sends: the ID, the variables, and the document only when given. */
async function send(url: string, body: { id?: string; query?: string; variables?: Record<string, unknown> }, username = 'admin'): Promise<GraphQLResponse> {
  const payload = {
    ...(body.query ? { query: body.query } : {}),
    variables: body.variables ?? {},
    ...(body.id ? { extensions: { persistedQuery: { version: 1, sha256Hash: body.id } } } : {}),
  };
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.tokenFor(username)}` },
    body: JSON.stringify(payload),
  });
  return { status: res.status, ...((await res.json()) as object) };
}
const codes = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
const centres = () => hashOf('centres', 'Centres');

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0.02 });
  strict = await startGateway({
    auth: hub.issuer.auth,
    port: 0,
    subgraphUrls: Object.fromEntries([...hub.subgraphs].map(([name, s]) => [name, s.url])),
    persistedDocuments: { only: true },
  });
});
afterAll(async () => {
  await strict?.close();
  await hub?.stop();
});

describe('persisted documents', () => {
  it('loads every frontend package\'s manifest', () => {
    const documents = loadPortalDocuments();
    for (const frontend of ['centres', 'registration']) for (const hash of Object.keys(manifest(frontend))) expect(documents.has(hash)).toBe(true);
  });

  it('runs a portal document sent as its hash alone, answering with the __typenames Apollo Client expects', async () => {
    for (const url of [hub.gatewayUrl, strict.url]) {
      const res = await send(url, { id: centres(), variables: {} });
      expect(res.errors).toBeUndefined();
      expect(res.data.centres.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['bossaso', 'hargeisa', 'mogadishu']));
      expect(res.data.centres[0].__typename).toMatch(/Centre$/);
    }
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND (so Apollo sends the whole document once)', async () => {
    for (const url of [hub.gatewayUrl, strict.url]) {
      const res = await send(url, { id: `sha256:${'0'.repeat(64)}` });
      expect(codes(res)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    }
  });

  it('runs a site document\'s variant for another centre under <hash>@<site>, as forSite sends it', async () => {
    const input = { givenName: 'Hodan', familyName: 'Ali', sex: 'FEMALE', estimatedAge: 24, nationality: 'ETH', hasDocuments: false, idempotencyKey: `persisted-${Date.now()}` };
    const res = await send(strict.url, { id: `${hashOf('registration', 'registerMigrant')}@hargeisa`, variables: { input } }, 'caseworker@hargeisa');
    expect(res.errors).toBeUndefined();
    expect(res.data.site.registerMigrant.migrant.id).toMatch(/^hargeisa:/);
    // The bossaso document itself stays Bossaso's: a Hargeisa caseworker is refused there.
    const bossaso = await send(strict.url, { id: hashOf('registration', 'registerMigrant'), variables: { input: { ...input, idempotencyKey: `${input.idempotencyKey}-b` } } }, 'caseworker@hargeisa');
    expect(codes(bossaso)).toContain('FORBIDDEN');
    expect(codes(await send(strict.url, { id: `${hashOf('registration', 'registerMigrant')}@nowhere`, variables: { input } }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('accepts an integrator\'s own document by default, and refuses it only when persisted documents are required', async () => {
    const query = '{ centres { code } }';
    const open = await send(hub.gatewayUrl, { query }, 'integrator');
    expect(open.errors).toBeUndefined();
    expect(open.data.centres.length).toBeGreaterThan(0);
    const refused = await send(strict.url, { query }, 'integrator');
    expect(codes(refused)).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
    expect(refused.data ?? null).toBeNull();
    // Apollo's retry after PERSISTED_QUERY_NOT_FOUND (document and ID together) is refused too.
    expect(codes(await send(strict.url, { query, id: `sha256:${'1'.repeat(64)}` }))).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
    expect(codes(await send(strict.url, {}))).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
  });
});
