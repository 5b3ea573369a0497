import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { soak } from '../src/ops/soak.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';

let hub: TestHub;
let serverUrl: string;

beforeAll(async () => {
  serverUrl = inject('pgServerUrl');
  hub = await startTestHub({ serverUrl, years: 0.02 });
});
afterAll(() => hub?.stop());

// Memory is judged by the long run only (`npm run soak`, results in gateway/reliability-results/):
// in 20 s the heap of this one process, which holds the whole hub, is still warming up (planner
// and document caches, JIT), so a bound here would measure warm-up, not a leak.
describe('a short soak (the long one is `npm run soak`)', () => {
  it('a mixed load of every kind of work ends with no error and every AVR request in AVRR once', async () => {
    const run = await soak(hub, serverUrl, { seconds: 20, clients: 3, thinkMs: 50, sampleEveryMs: 1000 });
    expect(run.firstError).toBeNull();
    expect(run.errors).toEqual({});
    expect(Object.keys(run.sent).sort()).toEqual(['AVR request', 'case view', 'caseload page', 'dashboard', 'registration']);
    expect(run.avr.cases).toBe(run.avr.requested);
    expect(run.samples.length).toBeGreaterThanOrEqual(15);
  });
});
