import { createDevIssuer, demoUsers } from '@mpa/platform';
import { sites } from '@mpa/registry';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { post, type GraphQLResponse } from './graphql-client.js';

let hub: TestHub;
const as = async (username: string, query: string, variables?: Record<string, unknown>) =>
  post(hub.gatewayUrl, query, variables, await hub.tokenFor(username));
const codes = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
let bossasoMigrant: string;
let hargeisaMigrant: string;

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0.05 });
  const first = async (site: string) =>
    (await as('admin', `{ centre(code: "${site}") { migrants(first: 1) { edges { node { id } } } } }`)).data.centre.migrants.edges[0].node.id;
  bossasoMigrant = await first('bossaso');
  hargeisaMigrant = await first('hargeisa');
});
afterAll(() => hub?.stop());

describe('authentication at the gateway', () => {
  it('refuses a request without a token with 401 UNAUTHENTICATED', async () => {
    const res = await post(hub.gatewayUrl, '{ centres { code } }');
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses tampered, foreign, expired and wrong-audience tokens', async () => {
    const good = await hub.tokenFor('caseworker@bossaso');
    const [header, payload, signature] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, mpa_site: 'hargeisa', scope: 'audit:read cases:read' })).toString('base64url')}.${signature}`;
    const stranger = await createDevIssuer();
    const foreign = await stranger.issue(demoUsers(sites).find((u) => u.username === 'admin')!);
    const key = await import('jose').then((j) => j.importJWK(stranger.privateJwk, 'RS256'));
    const expired = await new SignJWT({ scope: 'stats:read' }).setProtectedHeader({ alg: 'RS256', kid: stranger.privateJwk.kid })
      .setIssuer('mpa-hub-dev').setAudience('mpa-hub').setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key);
    const hubKey = await import('jose').then((j) => j.importJWK(hub.issuer.privateJwk, 'RS256'));
    const otherAudience = await new SignJWT({ scope: 'stats:read' }).setProtectedHeader({ alg: 'RS256', kid: hub.issuer.privateJwk.kid })
      .setIssuer('mpa-hub-dev').setAudience('another-app').setExpirationTime('1h').sign(hubKey);
    for (const token of [forged, foreign, expired, otherAudience, 'not-a-jwt', '']) {
      const res = await post(hub.gatewayUrl, '{ centres { code } }', undefined, token);
      expect(res.status, token.slice(0, 20)).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('issues demo tokens from /auth/login in development, and refuses a wrong password', async () => {
    const login = (body: unknown) => fetch(new URL('/auth/login', hub.gatewayUrl), { method: 'POST', body: JSON.stringify(body) });
    const ok = await login({ username: 'caseworker@hargeisa', password: 'demo' });
    expect(ok.status).toBe(200);
    const session = await ok.json();
    expect(session.user).toMatchObject({ username: 'caseworker@hargeisa', role: 'caseworker', site: 'hargeisa' });
    const res = await post(hub.gatewayUrl, '{ centre(code: "hargeisa") { stats { openCases } } }', undefined, session.token);
    expect(res.data.centre.stats.openCases).toBeGreaterThan(0);
    expect((await login({ username: 'caseworker@hargeisa', password: 'wrong' })).status).toBe(401);
    expect((await login({ username: 'nobody', password: 'demo' })).status).toBe(401);
  });
});

describe('subgraphs never trust an unauthenticated caller', () => {
  const direct = (name: string, body: unknown) =>
    fetch(hub.subgraphs.get(name)!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('refuses a request sent straight to a subgraph without a token', async () => {
    const res = await direct('bossaso', { query: '{ _service { sdl } }' });
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a replayed gateway request whose forwarded identity was altered', async () => {
    const token = await hub.tokenFor('caseworker@bossaso');
    const query = `{ _entities(representations: [{ __typename: "HargeisaMigrant", id: "${hargeisaMigrant}" }]) { ... on HargeisaMigrant { fullName } } }`;
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const altered = `${h}.${Buffer.from(JSON.stringify({ ...claims, mpa_site: 'hargeisa' })).toString('base64url')}.${s}`;
    const res = await direct('hargeisa', { query, extensions: { jwt: { token: { value: altered, prefix: 'Bearer' }, payload: { ...claims, mpa_site: 'hargeisa' } } } });
    expect(res.status).toBe(401);
    // The genuine token is verified and still refused: it is a Bossaso user's.
    const genuine = await direct('hargeisa', { query, extensions: { jwt: { token: { value: token, prefix: 'Bearer' } } } });
    const body = await genuine.json();
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(body.data)).not.toContain('fullName');
  });
});

const MIGRANT = 'query($id: ID!) { migrant(id: $id) { id ... on Migrant { fullName } } }';
const STATS = '{ centres { code stats { openCases } } }';
const LIST = '{ centres { code migrants(first: 1) { totalCount } } }';
const AVR = '{ avrCases(first: 100) { totalCount edges { node { centre { code } } } } }';
const REGISTER = (site: string) =>
  `mutation { ${site} { registerMigrant(input: { givenName: "Role", familyName: "Check", sex: MALE, estimatedAge: 30, nationality: "ETH", hasDocuments: false }) { migrant { id } } } }`;

describe('the role matrix, row by row (docs: README, Security)', () => {
  it('site caseworker: own centre read and write; another centre FORBIDDEN', async () => {
    const own = await as('caseworker@bossaso', MIGRANT, { id: bossasoMigrant });
    expect(own.data.migrant.fullName).toBeTruthy();
    const other = await as('caseworker@hargeisa', MIGRANT, { id: bossasoMigrant });
    expect(codes(other)).toContain('FORBIDDEN');
    expect(other.data?.migrant?.fullName ?? null).toBeNull();
    const list = await as('caseworker@bossaso', LIST);
    expect(list.data.centres.map((c: any) => c.migrants === null)).toEqual([false, true, true]);
    expect(codes(list)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(codes(await as('caseworker@bossaso', REGISTER('bossaso')))).toEqual([]);
    expect(codes(await as('caseworker@bossaso', REGISTER('hargeisa')))).toEqual(['FORBIDDEN']);
  });

  it("site caseworker: only their own centre's AVR cases", async () => {
    const res = await as('caseworker@hargeisa', AVR);
    expect(res.errors).toBeUndefined();
    expect(new Set(res.data.avrCases.edges.map((e: any) => e.node.centre.code))).toEqual(new Set(['hargeisa']));
  });

  it('medical, MHPSS and government partner staff: read their centre; only government partners register', async () => {
    for (const user of ['medical@mogadishu', 'mhpss@mogadishu', 'government@mogadishu']) {
      const res = await as(user, '{ centre(code: "mogadishu") { migrants(first: 1) { totalCount } } }');
      expect(res.data.centre.migrants.totalCount, user).toBeGreaterThan(0);
    }
    expect(codes(await as('medical@mogadishu', REGISTER('mogadishu')))).toEqual(['FORBIDDEN']);
    expect(codes(await as('mhpss@mogadishu', REGISTER('mogadishu')))).toEqual(['FORBIDDEN']);
    expect(codes(await as('government@mogadishu', REGISTER('mogadishu')))).toEqual([]);
    expect(codes(await as('government@mogadishu', AVR))).toEqual(['FORBIDDEN']);
  });

  it('regional coordinator: indicators of every centre, no names; names only with the explicit scope', async () => {
    const stats = await as('coordinator', STATS);
    expect(stats.errors).toBeUndefined();
    expect(stats.data.centres.every((c: any) => c.stats.openCases > 0)).toBe(true);
    expect(codes(await as('coordinator', LIST))).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(codes(await as('coordinator', MIGRANT, { id: hargeisaMigrant }))).toContain('FORBIDDEN');
    const named = await as('coordinator-names', LIST);
    expect(named.errors).toBeUndefined();
    expect((await as('coordinator', AVR)).data.avrCases.totalCount).toBeGreaterThan(0);
  });

  it('integrator service account: indicators only', async () => {
    expect((await as('integrator', STATS)).errors).toBeUndefined();
    expect(codes(await as('integrator', LIST))).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(codes(await as('integrator', AVR))).toEqual(['FORBIDDEN']);
    expect(codes(await as('integrator', REGISTER('bossaso')))).toEqual(['FORBIDDEN']);
  });

  it('AVRR officer: every centre’s migrants and AVR cases, opens cases; does not register migrants', async () => {
    const res = await as('avrr-officer', AVR);
    expect(new Set(res.data.avrCases.edges.map((e: any) => e.node.centre.code)).size).toBeGreaterThan(1);
    expect((await as('avrr-officer', MIGRANT, { id: hargeisaMigrant })).data.migrant.fullName).toBeTruthy();
    expect(codes(await as('avrr-officer', REGISTER('bossaso')))).toEqual(['FORBIDDEN']);
  });

  it('administrator: everything', async () => {
    for (const query of [STATS, LIST, AVR]) expect((await as('admin', query)).errors).toBeUndefined();
  });
});

describe('no cross-user leaks in the gateway', () => {
  it('two users sending the same query at the same time each get only what they may see', async () => {
    const query = '{ centres { code migrants(first: 3) { edges { node { fullName } } } } }';
    const [bossasoToken, hargeisaToken] = await Promise.all([hub.tokenFor('caseworker@bossaso'), hub.tokenFor('caseworker@hargeisa')]);
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => post(hub.gatewayUrl, query, undefined, i % 2 ? hargeisaToken : bossasoToken)),
      );
      results.forEach((res, i) => {
        const visible = res.data.centres.filter((c: any) => c.migrants !== null).map((c: any) => c.code);
        expect(visible).toEqual([i % 2 ? 'hargeisa' : 'bossaso']);
      });
    }
  });
});

describe('abuse limits at the gateway', () => {
  it('refuses deeply nested, very wide and alias-flooded operations before they reach a centre', async () => {
    let nested = 'code';
    for (let i = 0; i < 10; i++) nested = `migrants(first: 1) { edges { node { avrCase { centre { ${nested} } } } } }`;
    const tooDeep = await as('admin', `{ centres { ${nested} } }`);
    expect(codes(tooDeep)).toContain('OPERATION_LIMIT_EXCEEDED');
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: centres { code }`).join(' ');
    const flood = await as('admin', `{ ${aliases} }`);
    expect(codes(flood)).toContain('OPERATION_LIMIT_EXCEEDED');
    const wide = `{ centres { ${Array.from({ length: 5000 }, () => 'code').join(' ')} } }`;
    const wideRes = await as('admin', wide);
    // Refused while parsing: the document never reaches validation or a subgraph.
    expect(codes(wideRes)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(wideRes.errors![0]!.message).toMatch(/token/i);
    const costly = '{ centres { migrants(first: 100) { edges { node { avrCase { centre { migrants(first: 100) { edges { node { id } } } } } } } } } }';
    expect(codes(await as('admin', costly)).length).toBeGreaterThan(0);
  });

  it('refuses oversized bodies, batches and malformed documents with clean errors, and keeps serving', async () => {
    const token = await hub.tokenFor('admin');
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const huge = await fetch(hub.gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query: '{ centres { code } }', variables: { x: 'y'.repeat(200_000) } }) });
    expect(huge.status).toBe(413);
    const batch = await fetch(hub.gatewayUrl, { method: 'POST', headers, body: JSON.stringify([{ query: '{ centres { code } }' }, { query: '{ centres { code } }' }]) });
    expect(batch.status).toBeGreaterThanOrEqual(400);
    for (const query of ['{ centres { code ', '{ nope }', 'mutation { bossaso { registerMigrant(input: "x") { created } } }', '\u0000\u202e{ centres }']) {
      const res = await as('admin', query);
      expect(res.errors?.length, query).toBeGreaterThan(0);
      expect(JSON.stringify(res.errors)).not.toMatch(/at .*\.(js|ts):\d+|SELECT |127\.0\.0\.1/);
    }
    expect((await as('admin', '{ centres { code } }')).data.centres).toHaveLength(3);
  });
});

describe('per-user rate limit', () => {
  it("refuses a user's requests past the limit with RATE_LIMITED and 429, without slowing other users", async () => {
    const { startGateway } = await import('../src/gateway.js');
    const { freePort } = await import('@mpa/platform');
    const limited = await startGateway({
      auth: hub.issuer.auth,
      port: await freePort(),
      subgraphUrls: Object.fromEntries([...hub.subgraphs].map(([name, s]) => [name, s.url])),
      rateLimit: { limit: 3, windowMs: 60_000 },
    });
    try {
      const [busy, other] = await Promise.all([hub.tokenFor('coordinator'), hub.tokenFor('integrator')]);
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await post(limited.url, STATS, undefined, busy));
      expect(results.slice(0, 3).every((r) => !r.errors)).toBe(true);
      expect(results[3]!.status).toBe(429);
      expect(codes(results[3]!)).toEqual(['RATE_LIMITED']);
      expect((await post(limited.url, STATS, undefined, other)).errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });
});
