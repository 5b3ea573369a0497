import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { startTestHub, type TestHub } from '../src/testing/hub.js';

let hub: TestHub;
const lines: string[] = [];

beforeAll(async () => {
  process.env.LOG_LEVEL = 'info';
  const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
    lines.push(String(chunk));
    return write(chunk, ...rest);
  }) as typeof process.stdout.write);
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0.02 });
});
afterAll(async () => {
  vi.restoreAllMocks();
  delete process.env.LOG_LEVEL;
  await hub?.stop();
});

describe('observability', () => {
  it("carries the gateway's request ID into every subgraph's structured log line", async () => {
    const token = await hub.tokenFor('admin');
    const res = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'trace-4242' },
      body: JSON.stringify({ query: 'query CentresForTrace { centres { code stats { openCases } } }', operationName: 'CentresForTrace' }),
    });
    expect(res.headers.get('x-request-id')).toBe('trace-4242');
    expect((await res.json()).data.centres).toHaveLength(3);
    const logged = lines.flatMap((l) => l.split('\n')).filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    const traced = logged.filter((l) => l.requestId === 'trace-4242');
    expect(new Set(traced.map((l) => l.service))).toEqual(new Set(['avrr', 'bossaso', 'hargeisa', 'mogadishu']));
    for (const line of traced) expect(line).toMatchObject({ level: 'info', msg: 'request', user: 'admin', status: 200 });
  });

  it('serves Prometheus metrics on the gateway and every subgraph', async () => {
    const gateway = await (await fetch(new URL('/metrics', hub.gatewayUrl))).text();
    expect(gateway).toMatch(/mpa_requests_total\{[^}]*operation="CentresForTrace"[^}]*outcome="ok"[^}]*\} 1/);
    expect(gateway).toMatch(/mpa_subgraph_request_duration_seconds_count\{[^}]*subgraph="hargeisa"/);
    expect(gateway).toContain('process_resident_memory_bytes');
    const bossaso = await (await fetch(new URL('/metrics', hub.subgraphs.get('bossaso')!.url))).text();
    expect(bossaso).toMatch(/mpa_requests_total\{[^}]*service="bossaso"/);
    expect(bossaso).toContain('mpa_db_pool_connections_used');
  });
});
