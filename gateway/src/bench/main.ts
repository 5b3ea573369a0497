// `npm run bench`: the whole hub on seeded data, driven over HTTP from this separate process.
// Each operation runs against Hive Gateway, against @apollo/gateway on the same supergraph and
// subgraphs, and (for one-site work) straight against the subgraph; warm-up discarded.
//   npm run bench -- --scale 10 --seconds 20
import { seedHub } from '@mpa/demo-data';
import { createDevIssuer, databaseUrl, demoUsers, freePort } from '@mpa/platform';
import { startTestPostgres } from '@mpa/platform/testing';
import { AVRR_PORT, sites } from '@mpa/registry';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../launcher/postgres.js';
import { spawnService, stopAll, waitHealthy, type RunningService, type ServiceSpec } from '../launcher/processes.js';
import { runLoad, type LoadResult } from './load.js';
import { operations, type GraphQLBody, type Samples } from './operations.js';
import { watchMemory } from './processes.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
const years = Number(values.scale);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const log = (line: string) => console.log(`[bench] ${line}`);

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
  const seedStarted = Date.now();
  const seeded = await seedHub({ serverUrl: pg.url, sites: benchSites, years, avrrDatabase: 'mpa_avrr_bench', onlyIfEmpty: true, log });
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  log(`seeded ${years} year(s) in ${seedSeconds.toFixed(1)} s`);

  const env = { AUTH_JWKS: JSON.stringify(issuer.jwks), LOG_LEVEL: 'warn' };
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
  ].map((spec) => ({ ...spec, healthUrl: `http://127.0.0.1:${ports[spec.name]}/health` }));
  const routing = Object.fromEntries(Object.keys(ports).map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, subgraphUrl(name)]));
  const hivePort = await freePort();
  const apolloPort = await freePort();
  const gatewaySpecs: ServiceSpec[] = [
    { name: 'hive-gateway', dir: 'gateway', env: { ...env, ...routing, GATEWAY_PORT: String(hivePort), RATE_LIMIT_PER_MINUTE: '100000000' }, healthUrl: `http://127.0.0.1:${hivePort}/health` },
    { name: 'apollo-gateway', dir: 'gateway', entry: 'src/bench/apollo-gateway.ts', env: { ...env, ...routing, GATEWAY_PORT: String(apolloPort) }, healthUrl: `http://127.0.0.1:${apolloPort}/?query=%7B__typename%7D` },
  ];
  for (const spec of [...subgraphSpecs, ...gatewaySpecs]) {
    const service = spawnService(spec);
    running.push(service);
    await waitHealthy(spec, service, 120_000);
  }
  const targets = { hive: `http://127.0.0.1:${hivePort}/graphql`, apollo: `http://127.0.0.1:${apolloPort}/graphql` };
  const tokens = new Map(await Promise.all(users.map(async (u) => [u.username, await issuer.issue(u)] as const)));
  const token = (username: string) => tokens.get(username)!;

  // Sample records to vary the variables with.
  const samples: Samples = { sites: sites.map((s) => s.code), migrantIds: {} };
  for (const s of sites) {
    const res = await post(targets.hive, token('admin'), {
      operationName: 'Sample',
      query: `query Sample($code: ID!) { centre(code: $code) { migrants(first: 100) { edges { node { id } } } } }`,
      variables: { code: s.code },
    });
    samples.migrantIds[s.code] = res.data.centre.migrants.edges.map((e: { node: { id: string } }) => e.node.id);
  }

  const memory = watchMemory(Object.fromEntries(running.map((r) => [r.name, r.child.pid!])));
  const rows: { operation: string; target: string; connections: number; result: LoadResult }[] = [];
  for (const op of operations.filter((o) => !values.only || o.name.includes(values.only))) {
    const runs: [string, string, (i: number) => GraphQLBody][] = [
      ['hive', targets.hive, (i) => op.body(i, samples)],
      ['apollo', targets.apollo, (i) => op.body(i, samples)],
    ];
    if (op.floor) {
      const floor = op.floor;
      // One site's floor: the same subgraph every time, the one the gateway would call.
      const site = floor.subgraph(0, samples);
      runs.push(['no gateway', subgraphUrl(site), (i) => floor.body(i * samples.sites.length, samples)]);
    }
    for (const [target, url, body] of runs) {
      const viaBody = target === 'no gateway' ? withToken(body, token(op.user)) : body;
      await runLoad(url, token(op.user), viaBody, op.connections, warmup);
      const result = await runLoad(url, token(op.user), viaBody, op.connections, seconds);
      rows.push({ operation: op.name, target, connections: op.connections, result });
      log(`${op.name} — ${target}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, errors ${result.errors}${result.firstError ? ` (${result.firstError.slice(0, 160)})` : ''}`);
    }
  }
  const peaks = memory.stop();
  const sql = await statementsPerPageSize(targets.hive, token('avrr-officer'), Object.fromEntries(Object.keys(ports).map((n) => [n, ports[n]!])));

  const report = renderReport({ years, seconds, warmup, seeded: seeded.migrants, avrCases: seeded.avrCases, seedSeconds, rows, peaks, sql });
  const dir = join(REPO_ROOT, 'gateway', 'bench-results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().slice(0, 10)}-scale-${years}.md`);
  await writeFile(file, report);
  console.log(`\n${report}\nwritten to ${file}`);
} finally {
  await cleanup();
}

async function post(url: string, token: string, body: GraphQLBody): Promise<{ data: any; errors?: unknown[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return (await res.json()) as { data: any; errors?: unknown[] };
}

/** Subgraph requests carry the token in the body, as the gateway forwards it. */
function withToken(body: (i: number) => GraphQLBody, token: string): (i: number) => GraphQLBody & { extensions: unknown } {
  return (i) => ({ ...body(i), extensions: { jwt: { token: { value: token, prefix: 'Bearer' } } } });
}

/** SQL statements all subgraphs send for one page of 5 and one page of 50 (they must not grow). */
async function statementsPerPageSize(gatewayUrl: string, token: string, subgraphPorts: Record<string, number>): Promise<Record<number, number>> {
  const total = async () => {
    let sum = 0;
    for (const port of Object.values(subgraphPorts)) {
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      sum += Number(/^mpa_sql_statements(?:\{[^}]*\})? (\d+)/m.exec(text)?.[1] ?? 0);
    }
    return sum;
  };
  const out: Record<number, number> = {};
  for (const size of [5, 50]) {
    const before = await total();
    await post(gatewayUrl, token, {
      operationName: 'PageForSql',
      query: `query PageForSql($n: Int) { centres { migrants(first: $n) { edges { node { id fullName avrCase { status } } } } } }`,
      variables: { n: size },
    });
    out[size] = (await total()) - before;
  }
  return out;
}

function renderReport(r: {
  years: number; seconds: number; warmup: number; seeded: Record<string, number>; avrCases: number; seedSeconds: number;
  rows: { operation: string; target: string; connections: number; result: LoadResult }[]; peaks: Record<string, number>; sql: Record<number, number>;
}): string {
  const cpu = cpus();
  const lines = [
    `# Benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Load generator, gateways, subgraphs and PostgreSQL share the machine.`,
    `Data: ${r.years} year(s) of demo data (${Object.entries(r.seeded).map(([s, n]) => `${s} ${n}`).join(', ')} migrants; ${r.avrCases} AVR cases), seeded in ${r.seedSeconds.toFixed(1)} s.`,
    `Each run: ${r.warmup} s warm-up (discarded), then ${r.seconds} s of closed-loop load; every request has its own variables.`,
    '',
    '| operation | target | conns | req/s | p50 ms | p95 ms | p99 ms | errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...r.rows.map(({ operation, target, connections, result: x }) =>
      `| ${operation} | ${target} | ${connections} | ${x.rps.toFixed(0)} | ${x.p50.toFixed(1)} | ${x.p95.toFixed(1)} | ${x.p99.toFixed(1)} | ${x.errors} |`),
    '',
    '## Ratios',
    '',
  ];
  for (const operation of new Set(r.rows.map((x) => x.operation))) {
    const of = (t: string) => r.rows.find((x) => x.operation === operation && x.target === t)?.result;
    const hive = of('hive');
    const apollo = of('apollo');
    const floor = of('no gateway');
    if (hive && apollo) lines.push(`- ${operation}: Hive / Apollo throughput ${(hive.rps / apollo.rps).toFixed(2)}×`);
    if (hive && floor) lines.push(`- ${operation}: gateway overhead at p50 ${(((hive.p50 - floor.p50) / floor.p50) * 100).toFixed(0)}% of the no-gateway floor (${floor.p50.toFixed(1)} → ${hive.p50.toFixed(1)} ms)`);
  }
  lines.push('', '## Peak memory (RSS) per process', '', '| process | MB |', '|---|---:|', ...Object.entries(r.peaks).map(([name, mb]) => `| ${name} | ${mb.toFixed(0)} |`));
  lines.push('', '## SQL statements per request', '', `Every centre's first page of migrants with their AVR status: ${r.sql[5]} statements for pages of 5, ${r.sql[50]} for pages of 50.`, '');
  return lines.join('\n');
}
