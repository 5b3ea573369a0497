import { freePort } from '@mpa/platform';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { post, type GraphQLResponse } from './graphql-client.js';

/** The Mogadishu site's server as the gateway sees it: a port that answers (passing through) or refuses connections. */
class MogadishuServer {
  private server: Server | null = null;
  constructor(readonly port: number, private readonly site: string) {}

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const body: Buffer[] = [];
      for await (const chunk of req) body.push(chunk as Buffer);
      const answer = await fetch(this.site, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(body) });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

let hub: TestHub;
let mogadishu: MogadishuServer;
let gateway: RunningGateway;
let token: string;
const stats = async () => post(gateway.url, '{ centres { code stats { openCases } } }', undefined, token);
const unavailable = (res: GraphQLResponse) => res.errors?.find((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE')?.extensions;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0 });
  token = await hub.tokenFor('coordinator');
  mogadishu = new MogadishuServer(await freePort(), hub.subgraphs.get('mogadishu')!.url);
  await mogadishu.start();
  gateway = await startGateway({
    auth: hub.issuer.auth,
    port: await freePort(),
    subgraphUrls: { ...Object.fromEntries([...hub.subgraphs].map(([name, s]) => [name, s.url])), mogadishu: `http://127.0.0.1:${mogadishu.port}/graphql` },
  });
});
afterAll(async () => {
  await gateway?.close();
  await mogadishu?.stop();
  await hub?.stop();
});

describe('SUBGRAPH_UNAVAILABLE says since when the centre has been unreachable', () => {
  it('dates the outage from the first failed call after the last answer, and keeps that date while it lasts', async () => {
    expect((await stats()).errors).toBeUndefined();

    await mogadishu.stop();
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
    await mogadishu.start();
    expect((await stats()).errors).toBeUndefined();

    await mogadishu.stop();
    const again = unavailable(await stats());
    expect(again?.serviceName).toBe('mogadishu');
    expect(Date.parse(again?.unavailableSince)).toBeGreaterThan(Date.parse(earlier));
  });

  it('counts a refusal as an answer: a centre that says no is reachable, and its outage ends', async () => {
    const earlier = unavailable(await stats())?.unavailableSince;
    await mogadishu.start();
    // Mogadishu itself refuses a Bossaso caseworker its figures: an answer, with its own error.
    const refused = await post(gateway.url, '{ centres { code stats { openCases } } }', undefined, await hub.tokenFor('caseworker@bossaso'));
    expect(refused.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(refused.errors?.map((e) => e.extensions?.code)).not.toContain('SUBGRAPH_UNAVAILABLE');

    await mogadishu.stop();
    expect(Date.parse(unavailable(await stats())?.unavailableSince)).toBeGreaterThan(Date.parse(earlier));
  });
});
