import { startAvrrSubgraph } from '@mpa/avrr';
import { seedHub, type SeedResult } from '@mpa/demo-data';
import { startSiteSubgraph, type SiteSubgraphOptions } from '@mpa/mrc';
import { createDevIssuer, databaseUrl, demoUsers, freePort, type DemoUser, type DevIssuer, type RunningSubgraph, type SiteConfig } from '@mpa/platform';
import { startTestPostgres } from '@mpa/platform/testing';
import { sites as registry } from '@mpa/registry';
import { randomBytes } from 'node:crypto';
import { composeHub } from '../compose/compose.js';
import { startGateway, type RunningGateway } from '../gateway.js';

export interface TestHubOptions {
  /** A server to use instead of starting one (e.g. from vitest's global setup). */
  serverUrl?: string;
  /** Years of demo data to seed (0 seeds nothing). */
  years?: number;
  /** Fixed last day of demo activity, for deterministic assertions. */
  anchor?: Date;
  /** Sites to run instead of the registry's; the supergraph is then composed for them. */
  sites?: readonly SiteConfig[];
  /** What the centres' AVR outboxes call instead of AVRR's own URL (a faulty link, in fault tests). */
  avrrUrlForSites?: (avrrUrl: string) => string;
  /** Timing of the centres' AVR relays, over the hub's quick defaults (fault tests shorten the delivery timeout). */
  avrRelay?: SiteSubgraphOptions['avrRelay'];
}

export interface TestHub {
  gatewayUrl: string;
  gateway: RunningGateway;
  /** The hub's development identity provider. */
  issuer: DevIssuer;
  /** A valid access token for a demo user (`caseworker@bossaso`, `coordinator`, `admin`, …). */
  tokenFor(username: string): Promise<string>;
  /** Running subgraphs by name (`avrr`, `bossaso`, …). */
  subgraphs: Map<string, RunningSubgraph>;
  /** What the demo data seeded. */
  seed: SeedResult | null;
  /** Databases of this hub by subgraph name. */
  databases: Record<string, string>;
  /** Stops one subgraph, as when a site's server goes down. */
  stopSubgraph(name: string): Promise<void>;
  /** Starts a stopped subgraph again on its port and database, as when the server comes back. */
  restartSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole hub in one process on free ports: real PostgreSQL (fresh databases), the four subgraphs
 * over real HTTP, and the gateway in front, with seeded demo data.
 */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const ownServer = options.serverUrl ? null : await startTestPostgres();
  const serverUrl = options.serverUrl ?? ownServer!.url;
  const suffix = randomBytes(4).toString('hex');
  // Fresh databases for this hub, so suites sharing a server never see each other's rows.
  const sites = (options.sites ?? registry).map((s) => ({ ...s, database: `${s.database}_t${suffix}` }));
  const avrrDatabase = `mpa_avrr_t${suffix}`;
  const years = options.years ?? 0.1;
  const seed = years > 0 ? await seedHub({ serverUrl, sites, years, anchor: options.anchor, avrrDatabase }) : null;

  const issuer = await createDevIssuer();
  const users = demoUsers(sites);
  const subgraphs = new Map<string, RunningSubgraph>();
  // How to start each subgraph on a given port: at first, and again after a stop.
  const starters = new Map<string, (port: number) => Promise<RunningSubgraph>>();
  starters.set('avrr', (port) => startAvrrSubgraph({ sites, auth: issuer.auth, databaseUrl: databaseUrl(serverUrl, avrrDatabase), port }));
  const avrr = await starters.get('avrr')!(await freePort());
  subgraphs.set('avrr', avrr);
  for (const site of sites) {
    // Each centre's AVR outbox delivers to AVRR directly, as the centre's own service account.
    const serviceUser = users.find((u: DemoUser) => u.username === `service@${site.code}`);
    const avrrTarget = serviceUser ? { url: options.avrrUrlForSites?.(avrr.url) ?? avrr.url, token: () => issuer.issue(serviceUser) } : undefined;
    starters.set(site.code, (port) => startSiteSubgraph(site, {
      auth: issuer.auth, databaseUrl: databaseUrl(serverUrl, site.database), port,
      avrr: avrrTarget, avrRelay: { pollIntervalMs: 200, baseDelayMs: 200, maxDelayMs: 5000, ...options.avrRelay },
    }));
    subgraphs.set(site.code, await starters.get(site.code)!(await freePort()));
  }
  const gateway = await startGateway({
    supergraph: options.sites ? composeHub(sites).supergraph : undefined,
    auth: issuer.auth,
    devLogin: { issuer, users },
    port: await freePort(),
    subgraphUrls: Object.fromEntries([...subgraphs].map(([name, s]) => [name, s.url])),
    upstreamTimeoutMs: 5000,
  });
  const stopped = new Set<string>();
  const stopSubgraph = async (name: string) => {
    if (stopped.has(name)) return;
    stopped.add(name);
    await subgraphs.get(name)?.close();
  };
  return {
    gatewayUrl: gateway.url,
    gateway,
    issuer,
    tokenFor: async (username) => {
      const user = users.find((u: DemoUser) => u.username === username);
      if (!user) throw new Error(`No demo user ${username}`);
      return issuer.issue(user);
    },
    subgraphs,
    seed,
    databases: { avrr: avrrDatabase, ...Object.fromEntries(sites.map((s) => [s.code, s.database])) },
    stopSubgraph,
    restartSubgraph: async (name) => {
      const previous = subgraphs.get(name);
      const start = starters.get(name);
      if (!previous || !start || !stopped.has(name)) throw new Error(`${name} is not a stopped subgraph of this hub`);
      subgraphs.set(name, await start(previous.port));
      stopped.delete(name);
    },
    stop: async () => {
      await gateway.close();
      for (const name of subgraphs.keys()) await stopSubgraph(name);
      await ownServer?.stop();
    },
  };
}
