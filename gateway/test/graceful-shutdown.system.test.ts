import { createDevIssuer, demoUsers, freePort, type DevIssuer } from '@mpa/platform';
import { createTestDatabase, type TestDatabase } from '@mpa/platform/testing';
import { sites } from '@mpa/registry';
import { once } from 'node:events';
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnService, stopAll, type RunningService } from '../src/launcher/processes.js';
import { waitFor } from '../src/ops/faults/wait.js';

/**
 * Every process of the hub as `npm start` runs it (its own `src/main.ts`, a child process), each
 * sent SIGTERM while a request is in flight: the request is answered, new connections are refused,
 * and the process exits 0.
 */
let issuer: DevIssuer;
let token: string;
const databases: TestDatabase[] = [];
const processes = new Map<string, RunningService>();
const ports = new Map<string, number>();

beforeAll(async () => {
  const serverUrl = inject('pgServerUrl');
  issuer = await createDevIssuer();
  token = await issuer.issue(demoUsers(sites).find((u) => u.username === 'admin')!);
  for (const name of ['avrr', 'bossaso', 'gateway', 'portal']) ports.set(name, await freePort());
  const auth = { AUTH_JWKS: JSON.stringify(issuer.jwks), LOG_LEVEL: 'warn' };
  for (const name of ['avrr', 'bossaso']) {
    const db = await createTestDatabase(serverUrl, `mpa_${name}`);
    databases.push(db);
    processes.set(name, spawnService({ name, dir: `subgraphs/${name}`, env: { ...auth, [`${name.toUpperCase()}_DATABASE_URL`]: db.url, PORT: String(ports.get(name)) }, healthUrl: '' }));
  }
  await waitFor(async () => (await Promise.all(['avrr', 'bossaso'].map((n) => fetch(`http://127.0.0.1:${ports.get(n)}/health`).then((r) => r.ok)))).every(Boolean), 90_000, 'the subgraphs');
  processes.set('gateway', spawnService({
    name: 'gateway', dir: 'gateway', healthUrl: '',
    env: { ...auth, GATEWAY_PORT: String(ports.get('gateway')), SUBGRAPH_AVRR_URL: graphqlUrl('avrr'), SUBGRAPH_BOSSASO_URL: graphqlUrl('bossaso') },
  }));
  await waitFor(async () => (await fetch(`http://127.0.0.1:${ports.get('gateway')}/health`)).status > 0, 60_000, 'the gateway');
  processes.set('portal', spawnService({
    name: 'portal', dir: 'frontends/portal', healthUrl: '',
    env: { PORTAL_PORT: String(ports.get('portal')), GATEWAY_URL: graphqlUrl('gateway') },
  }));
  await waitFor(async () => (await post('portal', CENTRES)).status === 200, 60_000, 'the portal');
}, 240_000);
afterAll(async () => {
  await stopAll([...processes.values()]);
  for (const db of databases) await db.drop();
});

const graphqlUrl = (name: string) => `http://127.0.0.1:${ports.get(name)}/graphql`;
const CENTRES = JSON.stringify({ query: '{ centres { code } }' });
/** What a subgraph takes directly: the token travels in the body, as the gateway forwards it. */
const DIRECT = JSON.stringify({ query: '{ __typename }', extensions: { jwt: { token: { value: '', prefix: 'Bearer' } } } });

function post(name: string, body: string): Promise<{ status: number; text: string }> {
  return fetch(graphqlUrl(name), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })
    .then(async (r) => ({ status: r.status, text: await r.text() }), () => ({ status: 0, text: '' }));
}

/** Whether the process still accepts a new TCP connection (a fresh one: pooled keep-alive sockets would not tell). */
function accepts(name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(ports.get(name)!, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts a POST whose body is still arriving: in flight until `finish` sends the rest. */
function requestInFlight(name: string, body: string): { finish(): Promise<{ status: number; text: string }> } {
  const req = request(graphqlUrl(name), { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } });
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return {
    finish: () => {
      req.end(body.slice(10));
      return answered;
    },
  };
}

describe('SIGTERM drains in-flight requests before the process exits', () => {
  // The front first, so each process still has what it calls while it drains.
  for (const name of ['portal', 'gateway', 'bossaso', 'avrr']) {
    it(`the ${name} process`, async () => {
      const body = ['bossaso', 'avrr'].includes(name) ? DIRECT.replace('"value":""', `"value":"${token}"`) : CENTRES;
      const child = processes.get(name)!.child;
      const inFlight = requestInFlight(name, body);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      // It stops taking new connections at once…
      await waitFor(async () => !(await accepts(name)), 5000, `${name} refusing new connections`, 50);
      // …yet answers the request it had.
      const answer = await inFlight.finish();
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text).errors).toBeUndefined();
      const [code] = await exited;
      expect(code).toBe(0);
    });
  }
});
