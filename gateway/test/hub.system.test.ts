import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { post } from './graphql-client.js';

let hub: TestHub;
let adminToken: string;
const q = (query: string, variables?: Record<string, unknown>) => post(hub.gatewayUrl, query, variables, adminToken);

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0.25 });
  adminToken = await hub.tokenFor('admin');
});
afterAll(() => hub?.stop());

describe('the hub through the gateway, over HTTP', () => {
  it("answers the cross-centre query with each site's figures from its own database", async () => {
    const res = await q('{ centres { __typename code name openedOn stats { openCases registrations } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.centres.map((c: any) => [c.__typename, c.code, c.name])).toEqual([
      ['BossasoCentre', 'bossaso', 'Bossaso'],
      ['HargeisaCentre', 'hargeisa', 'Hargeisa'],
      ['MogadishuCentre', 'mogadishu', 'Mogadishu'],
    ]);
    for (const centre of res.data.centres) {
      expect(centre.stats.registrations).toBe(hub.seed!.migrants[centre.code]);
      expect(centre.stats.openCases).toBeGreaterThan(0);
    }
    // Bossaso and Hargeisa register a few hundred a month, Mogadishu fewer.
    expect(hub.seed!.migrants.mogadishu).toBeLessThan(hub.seed!.migrants.hargeisa!);
  });

  it('joins both ways: AVR cases to the centre migrant, and centre migrants to their AVR case', async () => {
    const cases = await q('{ avrCases(first: 10) { edges { node { id status migrant { __typename id fullName registrationNumber } centre { name } } } } }');
    expect(cases.errors).toBeUndefined();
    for (const { node } of cases.data.avrCases.edges) {
      const site = node.migrant.id.split(':')[0];
      expect(node.migrant.__typename.toLowerCase()).toBe(`${site}migrant`);
      expect(node.migrant.fullName).toMatch(/\S+ \S+/);
      expect(node.centre.name.toLowerCase()).toBe(site);
    }
    const migrantId = cases.data.avrCases.edges[0].node.migrant.id;
    const back = await q('query($id: ID!) { migrant(id: $id) { id fullName avrCase { id } } }', { id: migrantId });
    expect(back.data.migrant.avrCase.id).toBe(cases.data.avrCases.edges[0].node.id);

    const lists = await q('{ centres { code migrants(first: 100) { edges { node { id fullName avrCase { status migrant { id } } } } } } }');
    expect(lists.errors).toBeUndefined();
    const withCase = lists.data.centres.flatMap((c: any) => c.migrants.edges.map((e: any) => e.node)).filter((m: any) => m.avrCase);
    expect(withCase.length).toBeGreaterThan(0);
    for (const m of withCase) expect(m.avrCase.migrant.id).toBe(m.id);
  });

  it("pages one centre's migrants without overlap", async () => {
    const PAGE = 'query($after: String) { centre(code: "hargeisa") { migrants(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }';
    const one = await q(PAGE);
    const two = await q(PAGE, { after: one.data.centre.migrants.pageInfo.endCursor });
    const ids1 = one.data.centre.migrants.edges.map((e: any) => e.node.id);
    const ids2 = two.data.centre.migrants.edges.map((e: any) => e.node.id);
    expect(ids1).toHaveLength(25);
    expect(ids2).toHaveLength(25);
    expect(ids1.filter((id: string) => ids2.includes(id))).toEqual([]);
    expect(one.data.centre.migrants.totalCount).toBe(hub.seed!.migrants.hargeisa);
  });

  it('registers through the site namespace and refuses bad input with BAD_USER_INPUT, writing nothing', async () => {
    const COUNT = '{ centre(code: "mogadishu") { migrants { totalCount } } }';
    const before = (await q(COUNT)).data.centre.migrants.totalCount;
    const bad = await q('mutation($input: RegisterMigrantInput!) { mogadishu { registerMigrant(input: $input) { created } } }', {
      input: { givenName: '', familyName: 'Hassan', sex: 'MALE', estimatedAge: 25, nationality: 'ZZZ', hasDocuments: false },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await q(COUNT)).data.centre.migrants.totalCount).toBe(before);
    const wrongType = await q('mutation { mogadishu { registerMigrant(input: { givenName: 1 }) { created } } }');
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const good = await q('mutation($input: RegisterMigrantInput!) { mogadishu { registerMigrant(input: $input) { migrant { id fullName } } } }', {
      input: { givenName: 'Ayaan', familyName: 'Hassan', sex: 'FEMALE', estimatedAge: 25, nationality: 'SOM', hasDocuments: true },
    });
    expect(good.data.mogadishu.registerMigrant.migrant.id).toMatch(/^mogadishu:/);
    expect((await q(COUNT)).data.centre.migrants.totalCount).toBe(before + 1);
  });

  it('reports each subgraph on /health', async () => {
    const res = await fetch(new URL('/health', hub.gatewayUrl));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', subgraphs: { avrr: 'ok', bossaso: 'ok', hargeisa: 'ok', mogadishu: 'ok' } });
  });

  it('still answers for the other centres when one site is down, naming the missing site', async () => {
    await hub.stopSubgraph('hargeisa');
    const res = await q('{ centres { code name stats { openCases } } }');
    expect(res.status).toBe(200);
    expect(res.data.centres.map((c: any) => [c.code, c.stats === null])).toEqual([
      ['bossaso', false],
      ['hargeisa', true],
      ['mogadishu', false],
    ]);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'hargeisa' } });
    expect(res.errors![0]!.message).toContain('hargeisa');
    expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
    const health = await fetch(new URL('/health', hub.gatewayUrl));
    expect(health.status).toBe(503);
    expect((await health.json()).subgraphs.hargeisa).toBe('unavailable');
  });
});
