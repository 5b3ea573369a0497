/**
 * Static checks of docker-compose.yml, the Dockerfiles and .dockerignore. There is no Docker engine in
 * CI, so this reads the files and checks them against the repository: services, build files, ports,
 * health checks, start-up order and the ports the packages themselves default to.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, posix } from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { published?: string | number; target?: number; host_ip?: string })[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  restart?: string;
  profiles?: string[];
  working_dir?: string;
  command?: string | string[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

/** Compose interpolation with nothing set in the environment: every `${VAR:-default}` takes its default. */
function interpolate(value: Json): Json {
  if (typeof value === 'string') {
    return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
      (match, name: string | undefined, op: string | undefined, arg: string | undefined, bare: string | undefined) => {
        if (match === '$$') return '$';
        if (bare) return '';
        if (op?.endsWith('?')) throw new Error(`${name} is required by docker-compose.yml: ${arg ?? ''}`);
        return op?.endsWith('-') ? (arg ?? '') : '';
      });
  }
  if (Array.isArray(value)) return value.map(interpolate);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v)]));
  return value;
}

const compose = interpolate(parse(read('docker-compose.yml'), { merge: true }) as Json) as unknown as Compose;
const services = compose.services;

// The packages and the ports they listen on by default (the process facts the images rely on).
const SUBGRAPHS = { avrr: 4100, bossaso: 4101, hargeisa: 4102, mogadishu: 4103 } as const;
const SITES = ['bossaso', 'hargeisa', 'mogadishu'] as const;
/** App service → package folder, port variable and default port. */
const APPS: Record<string, { dir: string; portVar: string; port: number; healthPath: string }> = {
  ...Object.fromEntries(Object.entries(SUBGRAPHS).map(([name, port]) =>
    [name, { dir: `subgraphs/${name}`, portVar: 'PORT', port, healthPath: '/health' }])),
  gateway: { dir: 'gateway', portVar: 'GATEWAY_PORT', port: 4000, healthPath: '/health' },
  portal: { dir: 'frontends/portal', portVar: 'PORTAL_PORT', port: 8080, healthPath: '/' },
};
const PUBLISHED: Record<string, number> = { gateway: 4000, portal: 8080 };

function env(service: Service): Record<string, string | null> {
  const e = service.environment ?? {};
  if (Array.isArray(e)) {
    return Object.fromEntries(e.map((entry) => {
      const i = entry.indexOf('=');
      return i < 0 ? [entry, null] : [entry.slice(0, i), entry.slice(i + 1)];
    }));
  }
  return Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v === null ? null : String(v)]));
}

function dependsOn(service: Service): Record<string, string | undefined> {
  const d = service.depends_on ?? [];
  if (Array.isArray(d)) return Object.fromEntries(d.map((name) => [name, undefined]));
  return Object.fromEntries(Object.entries(d).map(([name, spec]) => [name, spec?.condition]));
}

/** The Dockerfile path of a service, relative to the repository root (the compose file's folder). */
function dockerfileOf(service: Service): string | undefined {
  if (!service.build) return undefined;
  const { context = '.', dockerfile = 'Dockerfile' } = typeof service.build === 'string' ? { context: service.build } : service.build;
  return posix.normalize(posix.join(context, dockerfile));
}

/** Host side of each published port: `[host, container]`. */
function publishedPorts(service: Service): [number, number][] {
  return (service.ports ?? []).map((p) => {
    if (typeof p === 'object') return [Number(p.published), Number(p.target)];
    const parts = String(p).split(':');
    const container = Number(parts.at(-1)!.split('/')[0]);
    return [parts.length >= 2 ? Number(parts.at(-2)) : NaN, container];
  });
}

function healthTest(service: Service): string {
  const t = service.healthcheck?.test;
  return Array.isArray(t) ? t.join(' ') : (t ?? '');
}

const isOneShot = (service: Service): boolean => service.restart === 'no';

interface Dockerfile { text: string; expose: number[]; env: Record<string, string>; workdir: string; cmd: string; user: string; froms: string[] }
function readDockerfile(path: string): Dockerfile {
  const text = read(path);
  // Join continuation lines, drop comments.
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const out: Dockerfile = { text, expose: [], env: {}, workdir: '', cmd: '', user: '', froms: [] };
  for (const line of lines) {
    const [, instruction = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    switch (instruction.toUpperCase()) {
      case 'FROM': out.froms.push(rest); out.expose = []; out.env = {}; out.workdir = ''; out.cmd = ''; out.user = ''; break;
      case 'EXPOSE': out.expose.push(...rest.split(/\s+/).map((p) => Number(p.split('/')[0]))); break;
      case 'ENV': for (const m of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) out.env[m[1]!] = m[2]!.replace(/^"|"$/g, ''); break;
      case 'WORKDIR': out.workdir = rest.startsWith('/') ? rest : posix.join(out.workdir || '/', rest); break;
      case 'CMD': out.cmd = rest; break;
      case 'USER': out.user = rest; break;
    }
  }
  return out; // the final stage's settings: the image that runs
}

/** Workspace folders from the root package.json (`dir/*` globs and plain folders). */
function workspaceDirs(): string[] {
  const globs = (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces;
  return globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [glob];
    const parent = glob.slice(0, -2);
    if (!existsSync(join(ROOT, parent))) return [];
    return readdirSync(join(ROOT, parent), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${parent}/${d.name}`);
  }).filter((dir) => existsSync(join(ROOT, dir, 'package.json')));
}

describe('docker-compose.yml', () => {
  it('has every expected service', () => {
    for (const name of ['postgres', 'avrr', 'bossaso', 'hargeisa', 'mogadishu', 'gateway', 'portal', 'seed']) {
      expect(services, name).toHaveProperty(name);
    }
  });

  it('runs PostgreSQL 16 on a named volume, with the password configurable', () => {
    const pg = services.postgres!;
    expect(pg.image).toBe('postgres:16');
    expect(healthTest(pg)).toContain('pg_isready');
    const volume = (pg as { volumes?: string[] }).volumes?.[0] ?? '';
    expect(volume).toMatch(/^pgdata:\/var\/lib\/postgresql\/data$/);
    expect(compose.volumes).toHaveProperty('pgdata');
    const raw = read('docker-compose.yml');
    expect(raw).toMatch(/POSTGRES_PASSWORD:\s*\$\{POSTGRES_PASSWORD:-[^}]+\}/);
  });

  it('builds every app service from the repository root with a Dockerfile that exists', () => {
    for (const [name, service] of Object.entries(services)) {
      if (!service.build) continue;
      const context = typeof service.build === 'string' ? service.build : (service.build.context ?? '.');
      expect(posix.normalize(context), `${name} build context`).toBe('.');
      const dockerfile = dockerfileOf(service)!;
      expect(existsSync(join(ROOT, dockerfile)), `${name}: ${dockerfile} exists`).toBe(true);
    }
    for (const [name, app] of Object.entries(APPS)) {
      expect(dockerfileOf(services[name]!), name).toBe(`${app.dir}/Dockerfile`);
    }
  });

  it('has a service with an image to build for every runnable package', () => {
    const runnable = workspaceDirs()
      .filter((dir) => dir.startsWith('subgraphs/') || dir === 'gateway' || dir === 'frontends/portal')
      .filter((dir) => existsSync(join(ROOT, dir, 'src/main.ts')));
    expect(runnable.length).toBeGreaterThan(0);
    const built = new Set(Object.values(services).map(dockerfileOf));
    for (const dir of runnable) expect(built.has(`${dir}/Dockerfile`), `a service builds ${dir}/Dockerfile`).toBe(true);
  });

  it('depends only on services that exist, without cycles, and waits for health', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [target, condition] of Object.entries(dependsOn(service))) {
        expect(services, `${name} → ${target}`).toHaveProperty(target);
        expect(condition, `${name} → ${target}`).toBe('service_healthy');
        expect(services[target]!.healthcheck, `${target} has the healthcheck ${name} waits for`).toBeDefined();
      }
    }
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (name: string, path: string[]): void => {
      if (state.get(name) === 'done') return;
      if (state.get(name) === 'visiting') throw new Error(`depends_on cycle: ${[...path, name].join(' → ')}`);
      state.set(name, 'visiting');
      for (const target of Object.keys(dependsOn(services[name]!))) visit(target, [...path, name]);
      state.set(name, 'done');
    };
    for (const name of Object.keys(services)) visit(name, []);

    for (const name of Object.keys(SUBGRAPHS)) expect(Object.keys(dependsOn(services[name]!)), name).toEqual(['postgres']);
    expect(Object.keys(dependsOn(services.gateway!)).sort()).toEqual(Object.keys(SUBGRAPHS).sort());
    expect(Object.keys(dependsOn(services.portal!))).toEqual(['gateway']);
    expect(Object.keys(dependsOn(services.seed!)).sort()).toEqual(Object.keys(SUBGRAPHS).sort());
  });

  it('publishes only the gateway and the portal, on their default ports, without collisions', () => {
    const hostPorts: number[] = [];
    for (const [name, service] of Object.entries(services)) {
      const ports = publishedPorts(service);
      if (!(name in PUBLISHED)) {
        expect(ports, `${name} stays on the internal network`).toEqual([]);
        continue;
      }
      expect(ports, name).toEqual([[PUBLISHED[name], PUBLISHED[name]]]);
      hostPorts.push(...ports.map(([host]) => host));
    }
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
  });

  it('gives every long-running service a healthcheck and a restart policy; one-shots run once', () => {
    for (const [name, service] of Object.entries(services)) {
      if (isOneShot(service)) {
        expect(service.healthcheck, `${name} is one-shot`).toBeUndefined();
        continue;
      }
      expect(service.healthcheck?.test, name).toBeDefined();
      expect(service.healthcheck?.disable, name).not.toBe(true);
      expect(service.restart, name).toBe('unless-stopped');
    }
    expect(services.seed!.restart).toBe('no');
  });

  it('configures each app by environment, listening on all interfaces of its container', () => {
    for (const [name, app] of Object.entries(APPS)) {
      const e = env(services[name]!);
      expect(e[app.portVar], `${name} ${app.portVar}`).toBe(String(app.port));
      expect(e.HOST, name).toBe('0.0.0.0');
      expect(e.NODE_ENV, name).toBeTruthy();
      expect(healthTest(services[name]!), name).toContain(`http://127.0.0.1:${app.port}${app.healthPath}'`);
    }
    for (const name of Object.keys(SUBGRAPHS)) {
      const url = new URL(env(services[name]!).DATABASE_URL!);
      expect(url.hostname, name).toBe('postgres');
      expect(url.protocol).toMatch(/^postgres(ql)?:$/);
    }
    expect(new URL(env(services.seed!).DATABASE_URL!).hostname).toBe('postgres');
    expect(services.seed!.command).toEqual(['npm', 'run', 'seed']);
    expect(services.seed!.working_dir).toBe('/app');
  });

  it("passes the identity provider's settings to the gateway and every subgraph (each verifies tokens)", () => {
    for (const name of [...Object.keys(SUBGRAPHS), 'gateway']) {
      const e = env(services[name]!);
      for (const key of ['AUTH_JWKS_URL', 'AUTH_JWKS', 'AUTH_ISSUER', 'AUTH_AUDIENCE']) expect(e, `${name} ${key}`).toHaveProperty(key);
    }
  });

  it('points the gateway at every subgraph and the portal at the gateway', () => {
    const e = env(services.gateway!);
    for (const [name, port] of Object.entries(SUBGRAPHS)) {
      expect(e[`SUBGRAPH_${name.toUpperCase()}_URL`], name).toBe(`http://${name}:${port}/graphql`);
    }
    expect(env(services.portal!).GATEWAY_URL).toBe(`http://gateway:${APPS.gateway!.port}/graphql`);
  });

  it("uses each site's own port from subgraphs/<site>/src/site.ts", () => {
    for (const site of SITES) {
      const port = /^\s*port:\s*(\d+)\s*,?\s*$/m.exec(read(`subgraphs/${site}/src/site.ts`))?.[1];
      expect(port, `port: line in subgraphs/${site}/src/site.ts`).toBeDefined();
      expect(env(services[site]!).PORT, site).toBe(port);
      expect(SUBGRAPHS[site], site).toBe(Number(port));
    }
  });
});

describe('Dockerfiles', () => {
  const workspaceGlobs = (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces;

  for (const [name, app] of Object.entries(APPS)) {
    describe(`${app.dir}/Dockerfile`, () => {
      const path = `${app.dir}/Dockerfile`;
      const file = existsSync(join(ROOT, path)) ? readDockerfile(path) : undefined;

      it('exposes the port the service is configured with', () => {
        expect(file, path).toBeDefined();
        expect(file!.expose).toEqual([Number(env(services[name]!)[app.portVar])]);
        expect(file!.env[app.portVar]).toBe(String(app.port));
        expect(file!.env.HOST).toBe('0.0.0.0');
      });

      it('runs `tsx src/main.ts` in its package folder as the node user', () => {
        expect(file!.workdir).toBe(`/app/${app.dir}`);
        expect(file!.cmd).toBe('["tsx", "src/main.ts"]');
        expect(file!.user).toBe('node');
      });

      it('follows the shared pattern: node 20 slim, npm 11, manifests of every workspace before npm ci', () => {
        const text = file!.text;
        expect(text).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
        expect(file!.froms[0]).toBe('${NODE_IMAGE} AS manifests');
        expect(text).toContain('npm install -g npm@11.19.1');
        for (const glob of workspaceGlobs) expect(text, `manifests of ${glob}`).toContain(`${glob}/package.json`);
        expect(text).toContain('package-lock.json');
        const npmCi = text.indexOf('RUN --mount=type=cache,target=/root/.npm npm ci');
        expect(npmCi).toBeGreaterThan(0);
        expect(text.indexOf('COPY --from=manifests')).toBeLessThan(npmCi);
        // Before `npm ci` the deps stage sees the manifests only; the source comes in afterwards.
        const deps = text.slice(text.indexOf('AS deps'), npmCi);
        expect(deps.match(/^COPY .*$/gm)).toEqual(['COPY --from=manifests /manifests/ ./']);
      });
    });
  }

  it('are the same in their shared stages', () => {
    const shared = (path: string): string => {
      const text = read(path);
      return text.slice(text.indexOf('ARG NODE_IMAGE'), text.indexOf('RUN --mount=type=cache,target=/root/.npm npm ci'));
    };
    const stages = Object.values(APPS).map((app) => shared(`${app.dir}/Dockerfile`));
    expect(stages[0]!.length).toBeGreaterThan(0);
    for (const stage of stages) expect(stage).toBe(stages[0]);
  });

  it('builds the frontends inside the portal image', () => {
    expect(read('frontends/portal/Dockerfile')).toContain("npx turbo run build --filter='./frontends/*'");
  });
});

describe('.dockerignore', () => {
  it('keeps installed, generated and local-only files out of the build context', () => {
    const patterns = read('.dockerignore').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    for (const name of ['node_modules', '.data', 'dist', '.turbo', 'test-results']) {
      // `**/` also covers the workspaces' own folders (patterns are anchored at the context root).
      expect(patterns, name).toContain(`**/${name}`);
    }
    expect(patterns).toContain('.git');
  });
});
