// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), demo data on the first run, the
// frontends built, then every subgraph, the gateway and the portal as their own processes.
import { seedHub } from '@mpa/demo-data';
import { createDevIssuer, DEMO_PASSWORD, demoUsers } from '@mpa/platform';
import { AVRR_PORT, sites } from '@mpa/registry';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { databaseServer, REPO_ROOT } from './postgres.js';
import { spawnService, stopAll, waitHealthy, type RunningService, type ServiceSpec } from './processes.js';

const log = (line: string) => console.log(`[hub]        ${line}`);
const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
const portalPort = Number(process.env.PORTAL_PORT ?? 8080);

const db = await databaseServer(log);
// Without a configured identity provider, a development issuer signs demo users' tokens; its keys
// are made anew each start, so sessions end with the hub.
const external = process.env.AUTH_JWKS_URL || process.env.AUTH_JWKS;
const devIssuer = external ? null : await createDevIssuer();
// The key the gateway signs clients' addresses with for the subgraphs' audit logs: one per start unless given.
const authEnv: Record<string, string> = {
  ...(devIssuer ? { AUTH_JWKS: JSON.stringify(devIssuer.jwks) } : {}),
  AUTH_ORIGIN_KEY: process.env.AUTH_ORIGIN_KEY ?? randomBytes(32).toString('base64url'),
};
const running: RunningService[] = [];
let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('stopping…');
    await stopAll(running);
    await db.stop();
    log('stopped');
  }
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

try {
  const seeded = await seedHub({ serverUrl: db.url, sites, years: Number(process.env.SEED_YEARS ?? 1), onlyIfEmpty: true, log });
  log(seeded.seeded ? 'seeded demo data' : 'databases already hold data; not seeding');

  log('building the frontends');
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--filter=./frontends/*', '--output-logs=errors-only'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('frontend build failed');

  // Each centre's AVR outbox delivers to AVRR directly, with a token of the centre's service account
  // (issued here by the development issuer; with an external identity provider, set SERVICE_TOKEN_<SITE>).
  const avrrEnv = async (site: string): Promise<Record<string, string>> => {
    const user = demoUsers(sites).find((u) => u.username === `service@${site}`);
    const token = devIssuer && user ? await devIssuer.issue(user, 30 * 24 * 3600) : process.env[`SERVICE_TOKEN_${site.toUpperCase()}`];
    return { AVRR_URL: `http://127.0.0.1:${AVRR_PORT}/graphql`, ...(token ? { SERVICE_TOKEN: token } : {}) };
  };
  const siteEnv = Object.fromEntries(await Promise.all(sites.map(async (s) => [s.code, await avrrEnv(s.code)] as const)));
  const subgraphs: ServiceSpec[] = [
    { name: 'avrr', dir: 'subgraphs/avrr', port: AVRR_PORT },
    ...sites.map((s) => ({ name: s.code, dir: `subgraphs/${s.code}`, port: s.port })),
  ].map(({ name, dir, port }) => ({
    name,
    dir,
    env: { ...authEnv, ...(siteEnv[name] ?? {}), DATABASE_URL: db.url, PORT: String(port) },
    healthUrl: `http://127.0.0.1:${port}/health`,
  }));
  const gateway: ServiceSpec = {
    name: 'gateway',
    dir: 'gateway',
    env: { ...authEnv, GATEWAY_PORT: String(gatewayPort), TRUSTED_PROXIES: '127.0.0.1', ...(devIssuer ? { AUTH_DEV_SIGNING_KEY: JSON.stringify(devIssuer.privateJwk) } : {}) },
    healthUrl: `http://127.0.0.1:${gatewayPort}/health`,
  };
  const portal: ServiceSpec = {
    name: 'portal',
    dir: 'frontends/portal',
    env: { PORTAL_PORT: String(portalPort), GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql` },
    healthUrl: `http://127.0.0.1:${portalPort}/`,
  };
  // Subgraphs start together; the gateway after them, the portal last.
  const started = subgraphs.map((spec) => [spec, spawnService(spec)] as const);
  running.push(...started.map(([, s]) => s));
  await Promise.all(started.map(([spec, s]) => waitHealthy(spec, s)));
  for (const spec of [gateway, portal]) {
    const service = spawnService(spec);
    running.push(service);
    await waitHealthy(spec, service);
  }
  // One process down is a site down, not a hub down: the gateway keeps serving the others.
  for (const service of running) {
    service.child.once('exit', (code, signal) => {
      if (!stopping) log(`${service.name} stopped (${signal ?? `code ${code}`}); the rest of the hub keeps serving`);
    });
  }
  console.log(`
  mpa-hub is running${db.embedded ? ' on the embedded PostgreSQL' : ''}
    Portal            http://localhost:${portalPort}
    GraphQL gateway   http://localhost:${gatewayPort}/graphql
    Gateway health    http://localhost:${gatewayPort}/health
${devIssuer ? `  Demo users (password "${DEMO_PASSWORD}"): caseworker@bossaso, medical@hargeisa, protection@mogadishu,
    coordinator, avrr-officer, admin, … (README: Security). Token: POST /auth/login on the gateway.
` : ''}  Ctrl-C stops everything.
`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await shutdown(1);
}
