// `npm run bench`: the whole hub on seeded data, driven over HTTP from this separate process.
// Each operation runs against Hive Gateway, against @apollo/gateway on the same supergraph and
// subgraphs, and (for one-site work) straight against the subgraphs; warm-up discarded. Then SQL
// statements per request, the portal's bundle sizes and cold loads in Chromium.
//   npm run bench -- --scale 10 --seconds 20
//   npm run bench -- --scale 1 --seconds 5 --concurrency 0.25 --note "machine shared with other work"
import { seedHub } from '@mpa/demo-data';
import { createDevIssuer, databaseUrl, demoUsers, freePort } from '@mpa/platform';
import { startTestPostgres } from '@mpa/platform/testing';
import { sites } from '@mpa/registry';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../launcher/postgres.js';
import { spawnService, stopAll, waitHealthy, type RunningService, type ServiceSpec } from '../launcher/processes.js';
import { bundleSizes, portalLoadTimings, type LoadTimings } from './frontend.js';
import { createClient, runLoad, type Client } from './load.js';
import { describeMachine, watchLoad } from './machine.js';
import { operations, type GraphQLBody, type Operation } from './operations.js';
import { cpuSeconds, watchMemory } from './processes.js';
import { renderReport, type BenchRun } from './report.js';
import { readSamples } from './samples.js';
import { statementsPerOperation } from './sql-statements.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    only: { type: 'string' },
    /** Scales every operation's connections (a busy machine: 0.25); targets are judged only at 1. */
    concurrency: { type: 'string', default: '1' },
    'frontend-runs': { type: 'string', default: '5' },
    'skip-frontend': { type: 'boolean', default: false },
    note: { type: 'string' },
    /** A folder for V8 CPU profiles of the gateways and subgraphs (`<pid>.cpuprofile`, open in Chrome DevTools). */
    profile: { type: 'string' },
  },
});
const years = Number(values.scale);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const concurrency = Number(values.concurrency);
if (![years, seconds, warmup, concurrency].every((n) => Number.isFinite(n) && n >= 0) || years === 0 || concurrency === 0) {
  console.error('--scale, --seconds, --warmup and --concurrency must be positive numbers');
  process.exit(2);
}
const log = (line: string) => console.log(`[bench] ${line}`);
const startedAt = new Date();
const machine = describeMachine();
const load = watchLoad();
const SITE = 'bossaso';

if (!values['skip-frontend']) {
  log('building the portal’s packages (turbo, cached when unchanged)');
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--filter=@mpa/portal...', '--output-logs=errors-only'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (build.status !== 0) log(`frontend build failed (sizes and timings are from whatever dist/ holds):\n${build.stdout}${build.stderr}`);
}

const pg = await startTestPostgres();
const issuer = await createDevIssuer();
const users = demoUsers(sites);
const running: RunningService[] = [];
const cleanup = async () => {
  await stopAll(running);
  await pg.stop();
};
process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

try {
  const benchSites = sites.map((s) => ({ ...s, database: `${s.database}_bench` }));
  const seed = await seedHub({ serverUrl: pg.url, sites: benchSites, years, avrrDatabase: 'mpa_avrr_bench', log, progress: true });

  const env = { AUTH_JWKS: JSON.stringify(issuer.jwks), LOG_LEVEL: 'warn' };
  const profiling: Record<string, string> = values.profile
    ? { NODE_OPTIONS: `--import ${join(REPO_ROOT, 'gateway', 'src', 'bench', 'cpu-profile.mjs')}`, BENCH_PROFILE_DIR: values.profile }
    : {};
  const ports = { avrr: await freePort(), ...Object.fromEntries(await Promise.all(sites.map(async (s) => [s.code, await freePort()] as const))) } as Record<string, number>;
  const subgraphUrl = (name: string) => `http://127.0.0.1:${ports[name]}/graphql`;
  const subgraphSpecs: ServiceSpec[] = [
    { name: 'avrr', dir: 'subgraphs/avrr', env: { ...env, PORT: String(ports.avrr), AVRR_DATABASE_URL: databaseUrl(pg.url, 'mpa_avrr_bench') }, healthUrl: '' },
    ...benchSites.map((s) => ({
      name: s.code,
      dir: `subgraphs/${s.code}`,
      env: { ...env, PORT: String(ports[s.code]), [`${s.code.toUpperCase()}_DATABASE_URL`]: databaseUrl(pg.url, s.database) },
      healthUrl: '',
    })),
  ].map((spec) => ({ ...spec, env: { ...spec.env, ...profiling }, healthUrl: `http://127.0.0.1:${ports[spec.name]}/health` }));
  const routing = Object.fromEntries(Object.keys(ports).map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, subgraphUrl(name)]));
  const hivePort = await freePort();
  const apolloPort = await freePort();
  const portalPort = await freePort();
  const serviceSpecs: ServiceSpec[] = [
    ...subgraphSpecs,
    // The development login (for the portal's sign-in) signs with the bench issuer's key, so the bench's tokens stay valid.
    {
      name: 'hive-gateway', dir: 'gateway',
      env: { ...env, ...profiling, AUTH_DEV_SIGNING_KEY: JSON.stringify(issuer.privateJwk), ...routing, GATEWAY_PORT: String(hivePort), RATE_LIMIT_PER_MINUTE: '100000000' },
      healthUrl: `http://127.0.0.1:${hivePort}/health`,
    },
    { name: 'apollo-gateway', dir: 'gateway', entry: 'src/bench/apollo-gateway.ts', env: { ...env, ...profiling, ...routing, GATEWAY_PORT: String(apolloPort) }, healthUrl: `http://127.0.0.1:${apolloPort}/?query=%7B__typename%7D` },
    ...(values['skip-frontend'] ? [] : [{
      name: 'portal', dir: 'frontends/portal',
      env: { NODE_ENV: 'production', PORTAL_PORT: String(portalPort), GATEWAY_URL: `http://127.0.0.1:${hivePort}/graphql` },
      healthUrl: `http://127.0.0.1:${portalPort}/`,
    }]),
  ];
  for (const spec of serviceSpecs) {
    const service = spawnService(spec);
    running.push(service);
    await waitHealthy(spec, service, 120_000);
  }
  const targets = { hive: `http://127.0.0.1:${hivePort}/graphql`, apollo: `http://127.0.0.1:${apolloPort}/graphql` };
  const tokens = new Map(await Promise.all(users.map(async (u) => [u.username, await issuer.issue(u)] as const)));
  const tokenOf = (op: Operation) => tokens.get(op.user.replace('{site}', SITE))!;
  const setup = createClient(4);
  const samples = await readSamples(setup, targets.hive, tokens.get(`caseworker@${SITE}`)!, { site: SITE, sites: sites.map((s) => s.code), years });
  log(`samples: ${samples.migrantIds.length} migrants over ${samples.years.join(', ')}, ${samples.stockItemIds.length} stock items`);

  const memory = watchMemory(Object.fromEntries(running.map((r) => [r.name, r.child.pid!])));
  const runs: BenchRun[] = [];
  const selected = operations.filter((o) => !values.only || o.name.includes(values.only));
  for (const op of selected) {
    const token = tokenOf(op);
    const connections = Math.max(1, Math.round(op.connections * concurrency));
    const viaGateway = (url: string) => (i: number, client: Client) => client.post(url, token, op.body(i, samples));
    const work: [BenchRun['target'], (i: number, client: Client) => Promise<unknown>][] = [['hive', viaGateway(targets.hive)], ['apollo', viaGateway(targets.apollo)]];
    if (op.floor) {
      const floor = op.floor;
      // Subgraph requests carry the token in the body, as the gateway forwards it.
      work.push(['no gateway', (i, client) => floor(i, samples, (subgraph, body: GraphQLBody) =>
        client.post(subgraphUrl(subgraph), token, { ...body, extensions: { jwt: { token: { value: token, prefix: 'Bearer' } } } }))]);
    }
    for (const [target, fn] of work) {
      await runLoad(fn, connections, warmup);
      const cpuBefore = Object.fromEntries(running.map((r) => [r.name, cpuSeconds(r.child.pid!)]));
      const result = await runLoad(fn, connections, seconds);
      // CPU each process spent per request of this run (the gateway's own cost, apart from waiting).
      const cpuMsPerRequest = Object.fromEntries(running.map((r) => [r.name, ((cpuSeconds(r.child.pid!) - cpuBefore[r.name]!) * 1000) / Math.max(1, result.requests)]));
      runs.push({ operation: op.name, target, connections, result, cpuMsPerRequest });
      log(`${op.name} — ${target}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, errors ${result.errors}${result.firstError ? ` (${result.firstError.slice(0, 160)})` : ''}`);
    }
  }
  const metricsUrls = Object.values(ports).map((port) => `http://127.0.0.1:${port}/metrics`);
  const sql = await statementsPerOperation(selected, samples, setup, targets, tokenOf, metricsUrls);
  await setup.close();

  let frontend: { sizes: Awaited<ReturnType<typeof bundleSizes>>; timings: LoadTimings | null; error?: string } | undefined;
  if (!values['skip-frontend']) {
    frontend = { sizes: await bundleSizes(join(REPO_ROOT, 'frontends')), timings: null };
    try {
      frontend.timings = await portalLoadTimings(`http://127.0.0.1:${portalPort}/`, Number(values['frontend-runs']));
    } catch (err) {
      frontend.error = err instanceof Error ? err.message : String(err);
    }
  }
  const peaks = memory.stop();

  const report = renderReport({
    startedAt, finishedAt: new Date(), machine, load: load.stop(), options: { years, seconds, warmup, concurrency, note: values.note },
    site: SITE, seed, runs, peaks, sql, frontend,
  });
  const dir = join(REPO_ROOT, 'gateway', 'bench-results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${startedAt.toISOString().slice(0, 16).replace(/[T:]/g, '-')}-scale-${years}.md`);
  await writeFile(file, report);
  await copyFile(file, join(dir, 'LATEST.md'));
  console.log(`\n${report}\nwritten to ${file} and bench-results/LATEST.md`);
} finally {
  await cleanup();
}
