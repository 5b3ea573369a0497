import { freePort } from '@mpa/platform';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { post, type GraphQLResponse } from './graphql-client.js';
import { SiteLink } from './site-link.js';

let hub: TestHub;
/** The gateway's way to Mogadishu: open, or gone (connection refused). */
let mogadishu: SiteLink;
let gateway: RunningGateway;
let token: string;
const stats = async () => post(gateway.url, '{ centres { code stats { openCases } } }', undefined, token);
const unavailable = (res: GraphQLResponse) => res.errors?.find((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE')?.extensions;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0 });
  token = await hub.tokenFor('coordinator');
  mogadishu = new SiteLink(await freePort(), hub.subgraphs.get('mogadishu')!.url);
  await mogadishu.open();
  gateway = await startGateway({
    auth: hub.issuer.auth,
    port: await freePort(),
    subgraphUrls: { ...Object.fromEntries([...hub.subgraphs].map(([name, s]) => [name, s.url])), mogadishu: `http://127.0.0.1:${mogadishu.port}/graphql` },
  });
});
afterAll(async () => {
  await gateway?.close();
  await mogadishu?.close();
  await hub?.stop();
});

describe('SUBGRAPH_UNAVAILABLE says since when the centre has been unreachable', () => {
  it('dates the outage from the first failed call after the last answer, and keeps that date while it lasts', async () => {
    expect((await stats()).errors).toBeUndefined();

    await mogadishu.close();
    const before = Date.now();
    const first = await stats();
    const after = Date.now();
    expect(first.data.centres.find((c: { code: string }) => c.code === 'mogadishu').stats).toBeNull();
    expect(first.data.centres.filter((c: { stats: unknown }) => c.stats !== null)).toHaveLength(2);
    const since = unavailable(first);
    expect(since).toMatchObject({ serviceName: 'mogadishu' });
    expect(since?.unavailableSince).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const at = Date.parse(since?.unavailableSince);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);

    await pause(30);
    expect(unavailable(await stats())?.unavailableSince).toBe(since?.unavailableSince);
  });

  it('starts a new date after the centre answered again', async () => {
    const earlier = unavailable(await stats())?.unavailableSince;
    await mogadishu.open();
    expect((await stats()).errors).toBeUndefined();

    await mogadishu.close();
    const again = unavailable(await stats());
    expect(again?.serviceName).toBe('mogadishu');
    expect(Date.parse(again?.unavailableSince)).toBeGreaterThan(Date.parse(earlier));
  });

  it('counts a refusal as an answer: a centre that says no is reachable, and its outage ends', async () => {
    const earlier = unavailable(await stats())?.unavailableSince;
    await mogadishu.open();
    // Mogadishu itself refuses a Bossaso caseworker its figures: an answer, with its own error.
    const refused = await post(gateway.url, '{ centres { code stats { openCases } } }', undefined, await hub.tokenFor('caseworker@bossaso'));
    expect(refused.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(refused.errors?.map((e) => e.extensions?.code)).not.toContain('SUBGRAPH_UNAVAILABLE');

    await mogadishu.close();
    expect(Date.parse(unavailable(await stats())?.unavailableSince)).toBeGreaterThan(Date.parse(earlier));
  });
});
