/**
 * The Kubernetes manifests (gateway/deploy/kubernetes), rendered offline with `kubectl kustomize`
 * and checked against the packages: images, ports, environment, probes, the supergraph ConfigMap,
 * scaling, and one CloudNativePG cluster per subgraph database with replicas and backups.
 */
import { AVRR_DATABASE } from '@mpa/avrr';
import { subgraphDatabaseUrl } from '@mpa/platform';
import { AVRR_PORT, sites } from '@mpa/registry';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadSupergraph, subgraphsOf, subgraphUrlsFromEnv } from '../src/supergraph.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OVERLAY = 'gateway/deploy/kubernetes/overlays/production';
const hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
if (!hasKubectl && process.env.CI === 'true') throw new Error('kubectl is needed to render the Kubernetes manifests (apt-get install -y kubectl)');

interface EnvVar { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }
interface Probe { httpGet?: { path: string; port: string | number } }
interface Container {
  name: string;
  image: string;
  ports: { name: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string } }[];
  volumeMounts?: { name: string; mountPath: string; subPath?: string }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: { cpu?: string } };
}
interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
interface Deployment extends Resource {
  spec: { replicas: number; template: { metadata: { labels: Record<string, string> }; spec: { containers: Container[]; securityContext?: { runAsUser?: number }; volumes?: { name: string; configMap?: { name: string } }[] } } };
}

const rendered: Resource[] = hasKubectl
  ? parseAllDocuments(execFileSync('kubectl', ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', OVERLAY], { cwd: ROOT, encoding: 'utf8' })).map((d) => d.toJS() as Resource)
  : [];
const all = (kind: string) => rendered.filter((r) => r.kind === kind);
const one = <T extends Resource = Resource>(kind: string, name: string): T => {
  const found = rendered.find((r) => r.kind === kind && r.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in the rendered manifests`);
  return found as T;
};
const deployment = (name: string) => one<Deployment>('Deployment', name);
const container = (name: string) => deployment(name).spec.template.spec.containers[0]!;
const envOf = (name: string) => new Map((container(name).env ?? []).map((e) => [e.name, e]));

/** Every process the hub deploys: its package folder, the variable naming its port, and that port. */
const PROCESSES: Record<string, { dir: string; portVar: string; port: number }> = {
  avrr: { dir: 'subgraphs/avrr', portVar: 'PORT', port: AVRR_PORT },
  ...Object.fromEntries(sites.map((s) => [s.code, { dir: `subgraphs/${s.code}`, portVar: 'PORT', port: s.port }])),
  gateway: { dir: 'gateway', portVar: 'GATEWAY_PORT', port: 4000 },
  portal: { dir: 'frontends/portal', portVar: 'PORTAL_PORT', port: 8080 },
};
const SUBGRAPHS = ['avrr', ...sites.map((s) => s.code)];
/** The paths each kind of process serves (the code is read below to show they exist). */
const SERVED: Record<string, { file: string; paths: string[] }> = {
  subgraph: { file: 'subgraphs/platform/src/http/subgraph-server.ts', paths: ['/health', '/metrics'] },
  gateway: { file: 'gateway/src/gateway.ts', paths: ['/health', '/metrics'] },
  portal: { file: 'frontends/portal/src/server.ts', paths: ['/'] },
};
const servedBy = (name: string) => SERVED[name === 'gateway' || name === 'portal' ? name : 'subgraph']!;

/** The final stage of a package's Dockerfile: what it exposes, where it runs, as whom. */
function image(dir: string): { expose: number[]; workdir: string; user: string; env: string } {
  const lines = readFileSync(join(ROOT, dir, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ').split('\n').filter((l) => !l.trim().startsWith('#'));
  const last = lines.slice(lines.findLastIndex((l) => /^FROM\s/i.test(l)));
  const values = (instruction: string) => last.filter((l) => l.startsWith(`${instruction} `)).map((l) => l.slice(instruction.length + 1).trim());
  return { expose: values('EXPOSE').map(Number), workdir: values('WORKDIR').at(-1) ?? '', user: values('USER').at(-1) ?? '', env: values('ENV').join(' ') };
}

/** Source files of a package and the platform every backend shares, to show a variable is read. */
function sourceOf(dir: string): string {
  const files = (d: string): string[] => readdirSync(join(ROOT, d), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === '__generated__' ? [] : files(join(d, e.name))) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));
  return [dir, 'subgraphs/platform', 'subgraphs/mrc', 'subgraphs/avrr'].flatMap((d) => files(join(d, 'src'))).map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
}

describe.skipIf(!hasKubectl)('Kubernetes manifests (kubectl kustomize, offline)', () => {
  it('render a Deployment and a Service for every process, all in the overlay\'s namespace', () => {
    expect(all('Deployment').map((d) => d.metadata.name).sort()).toEqual(Object.keys(PROCESSES).sort());
    expect(all('Service').map((d) => d.metadata.name).sort()).toEqual(Object.keys(PROCESSES).sort());
    const namespaced = rendered.filter((r) => r.kind !== 'Namespace');
    expect(new Set(namespaced.map((r) => r.metadata.namespace))).toEqual(new Set(['mpa-hub']));
  });

  it('run each package\'s image on the port the package and its Dockerfile use, as its Service does', () => {
    for (const [name, { dir, portVar, port }] of Object.entries(PROCESSES)) {
      const c = container(name);
      expect(c.image, name).toMatch(new RegExp(`/mpa-hub/${name}:\\d+\\.\\d+\\.\\d+$`));
      expect(c.ports.map((p) => p.containerPort), name).toEqual([port]);
      expect(envOf(name).get(portVar)?.value, name).toBe(String(port));
      const built = image(dir);
      expect(built.expose, name).toEqual([port]);
      expect(built.env, name).toContain(`${portVar}=${port}`);
      // The images run as the `node` user of the Node images (uid 1000).
      expect(built.user, name).toBe('node');
      expect(deployment(name).spec.template.spec.securityContext?.runAsUser, name).toBe(1000);
      const service = one('Service', name).spec as { selector: Record<string, string>; ports: { port: number; targetPort: string }[] };
      expect(service.ports, name).toEqual([{ name: 'http', port, targetPort: 'http' }]);
      for (const [key, value] of Object.entries(service.selector)) expect(deployment(name).spec.template.metadata.labels[key], name).toBe(value);
    }
  });

  it('probe every process on paths it serves, on its own port; subgraphs are ready only while their database answers', () => {
    for (const name of Object.keys(PROCESSES)) {
      const c = container(name);
      const served = servedBy(name);
      const code = readFileSync(join(ROOT, served.file), 'utf8');
      for (const probe of [c.readinessProbe, c.livenessProbe]) {
        expect(probe?.httpGet?.port, name).toBe('http');
        expect(served.paths, name).toContain(probe!.httpGet!.path);
        expect(code, `${served.file} serves ${probe!.httpGet!.path}`).toMatch(new RegExp(`['"\`]${probe!.httpGet!.path.replace(/\//g, '\\/')}['"\`]`));
      }
    }
    for (const name of SUBGRAPHS) {
      expect(container(name).readinessProbe?.httpGet?.path).toBe('/health');
      // A database restart must not restart the pods: liveness does not look at the database.
      expect(container(name).livenessProbe?.httpGet?.path).toBe('/metrics');
    }
    // One centre down must not take the gateway out of service (its /health reports the subgraphs).
    expect(container('gateway').readinessProbe?.httpGet?.path).not.toBe('/health');
  });

  it('set only environment variables the packages read', () => {
    for (const [name, { dir }] of Object.entries(PROCESSES)) {
      const code = sourceOf(dir);
      for (const variable of envOf(name).keys()) {
        if (/_DATABASE_URL$|^SUBGRAPH_/.test(variable)) continue; // names built from the subgraph's name: checked below
        expect(code, `${name} reads ${variable}`).toMatch(new RegExp(`env(\\.|\\[['"])${variable}\\b`));
      }
    }
    const auth = one('ConfigMap', 'mpa-hub-auth').data!;
    const platform = sourceOf('subgraphs/platform');
    for (const variable of Object.keys(auth)) expect(platform, variable).toMatch(new RegExp(`env\\.${variable}\\b`));
    for (const name of [...SUBGRAPHS, 'gateway']) expect(container(name).envFrom?.[0]?.configMapRef?.name, name).toBe('mpa-hub-auth');
  });

  it('give each subgraph the connection URI of its own CloudNativePG cluster, with replicas and backups', () => {
    const databases: Record<string, string> = { avrr: AVRR_DATABASE, ...Object.fromEntries(sites.map((s) => [s.code, s.database])) };
    expect(all('Cluster').map((c) => c.metadata.name).sort()).toEqual(SUBGRAPHS.map((n) => `${n}-db`).sort());
    for (const name of SUBGRAPHS) {
      const cluster = one('Cluster', `${name}-db`).spec as { instances: number; bootstrap: { initdb: { database: string } }; backup: { barmanObjectStore: { destinationPath: string }; retentionPolicy: string } };
      expect(cluster.instances, name).toBeGreaterThanOrEqual(3);
      expect(cluster.bootstrap.initdb.database, name).toBe(databases[name]);
      expect(cluster.backup.barmanObjectStore.destinationPath, name).toMatch(/^s3:\/\//);
      expect(cluster.backup.retentionPolicy, name).toMatch(/^\d+d$/);
      const scheduled = all('ScheduledBackup').filter((b) => (b.spec as { cluster: { name: string } }).cluster.name === `${name}-db`);
      expect(scheduled, name).toHaveLength(1);
      // The variable the subgraph reads for its own database, from the secret the operator writes.
      const variable = [...envOf(name).keys()].find((v) => v.endsWith('_DATABASE_URL'))!;
      expect(subgraphDatabaseUrl(databases[name]!, { [variable]: 'postgresql://from-the-secret' }), name).toBe('postgresql://from-the-secret');
      expect(envOf(name).get(variable)?.valueFrom?.secretKeyRef, name).toEqual({ name: `${name}-db-app`, key: 'uri' });
    }
  });

  it('let every centre\'s outbox reach AVRR as the centre\'s service account', () => {
    const avrrUrl = `http://avrr:${AVRR_PORT}/graphql`;
    for (const site of sites) {
      expect(envOf(site.code).get('AVRR_URL')?.value).toBe(avrrUrl);
      expect(envOf(site.code).get('SERVICE_TOKEN')?.valueFrom?.secretKeyRef).toEqual({ name: `${site.code}-service-token`, key: 'token' });
    }
  });

  it('ship the committed supergraph as a ConfigMap, mounted where the gateway image reads it, with every subgraph\'s Service URL', () => {
    const [configMap] = all('ConfigMap').filter((c) => c.metadata.name.startsWith('supergraph-'));
    expect(configMap?.data?.['supergraph.graphql']).toBe(loadSupergraph());
    const gateway = deployment('gateway').spec.template.spec;
    const volume = gateway.volumes?.find((v) => v.configMap?.name === configMap!.metadata.name);
    const mount = container('gateway').volumeMounts?.find((m) => m.name === volume?.name);
    // The image copies gateway/ to its WORKDIR, and the gateway reads supergraph.graphql there.
    expect(mount).toMatchObject({ mountPath: `${image('gateway').workdir}/supergraph.graphql`, subPath: 'supergraph.graphql' });
    const env = Object.fromEntries([...envOf('gateway')].map(([k, v]) => [k, v.value ?? '']));
    const urls = subgraphUrlsFromEnv(loadSupergraph(), env);
    expect(Object.keys(urls).sort()).toEqual([...subgraphsOf(loadSupergraph()).keys()].sort());
    for (const [name, url] of Object.entries(urls)) expect(url).toBe(`http://${name}:${PROCESSES[name]!.port}/graphql`);
  });

  it('scale the gateway out: several replicas, a HorizontalPodAutoscaler on CPU and a disruption budget', () => {
    expect(deployment('gateway').spec.replicas).toBeGreaterThanOrEqual(2);
    expect(container('gateway').resources?.requests?.cpu).toBeTruthy();
    const hpa = one('HorizontalPodAutoscaler', 'gateway').spec as { scaleTargetRef: { kind: string; name: string }; minReplicas: number; maxReplicas: number };
    expect(hpa.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'gateway' });
    expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.maxReplicas).toBeGreaterThan(hpa.minReplicas);
    expect(one('PodDisruptionBudget', 'gateway')).toBeTruthy();
    for (const name of [...SUBGRAPHS, 'portal']) expect(deployment(name).spec.replicas, name).toBeGreaterThanOrEqual(2);
  });
});
