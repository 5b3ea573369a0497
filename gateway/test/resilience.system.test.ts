import { freePort } from '@mpa/platform';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { post } from './graphql-client.js';
import { SiteLink } from './site-link.js';

let hub: TestHub;
let link: SiteLink;
let gateway: RunningGateway;
let token: string;
const STATS = '{ centres { code stats { openCases } } }';
const missing = (res: Awaited<ReturnType<typeof post>>) => res.data.centres.filter((c: any) => c.stats === null).map((c: any) => c.code);

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0.02 });
  token = await hub.tokenFor('coordinator');
  link = new SiteLink(await freePort(), hub.subgraphs.get('hargeisa')!.url);
  await link.open();
  gateway = await startGateway({
    auth: hub.issuer.auth,
    port: await freePort(),
    subgraphUrls: { ...Object.fromEntries([...hub.subgraphs].map(([name, s]) => [name, s.url])), hargeisa: `http://127.0.0.1:${link.port}/graphql` },
    upstreamTimeoutMs: 1500,
  });
});
afterAll(async () => {
  await gateway?.close();
  await link?.close();
  await hub?.stop();
});

describe('a site down, hanging, and back', () => {
  it('answers for every centre while the link is up', async () => {
    const res = await post(gateway.url, STATS, undefined, token);
    expect(res.errors).toBeUndefined();
    expect(missing(res)).toEqual([]);
  });

  it('does not let a hanging site hang the dashboard: the others answer within the timeout', async () => {
    link.mode = 'hanging';
    const started = Date.now();
    const res = await post(gateway.url, STATS, undefined, token);
    const took = Date.now() - started;
    expect(took).toBeLessThan(5000);
    expect(missing(res)).toEqual(['hargeisa']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'hargeisa' });
    link.mode = 'up';
  });

  it('serves the site again when it comes back, without restarting the gateway', async () => {
    await link.close();
    const down = await post(gateway.url, STATS, undefined, token);
    expect(missing(down)).toEqual(['hargeisa']);
    await link.open();
    const back = await post(gateway.url, STATS, undefined, await hub.tokenFor('admin'));
    expect(back.errors).toBeUndefined();
    expect(missing(back)).toEqual([]);
  });

  it('never writes an access token to the logs when a subgraph call fails', async () => {
    const written: string[] = [];
    const capture = (stream: NodeJS.WriteStream) =>
      vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array) => written.push(String(chunk)) > 0) as typeof stream.write);
    capture(process.stdout);
    capture(process.stderr);
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' ')));
    }
    try {
      await link.close();
      const res = await post(gateway.url, STATS, undefined, token);
      expect(missing(res)).toEqual(['hargeisa']);
    } finally {
      vi.restoreAllMocks();
      await link.open();
    }
    expect(written.join('')).toContain('ECONNREFUSED');
    expect(written.join('')).not.toContain(token.split('.')[1]);
  });
});
