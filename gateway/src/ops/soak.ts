import { databaseUrl, queryDatabase } from '@mpa/platform';
import type { TestHub } from '../testing/hub.js';
import { waitFor } from './faults/wait.js';
import { ask, errorCodes, migrantReadyForAvr, registerMigrant, requestAvr, type HubAnswer } from './hub-client.js';

export interface SoakOptions {
  seconds: number;
  /** People working at once; each waits `thinkMs` between requests. */
  clients: number;
  thinkMs: number;
  /** How often memory is sampled. */
  sampleEveryMs: number;
}

export interface MemorySample {
  second: number;
  rssMb: number;
  heapUsedMb: number;
}

export interface SoakRun {
  seconds: number;
  clients: number;
  /** Requests per operation. */
  sent: Record<string, number>;
  /** Any error an operation got (every one is unexpected: nothing is faulty during a soak). */
  errors: Record<string, number>;
  firstError: string | null;
  latencyMs: { p50: number; p95: number; max: number };
  /** AVR requests acknowledged, and AVR cases in AVRR for them once the outboxes drained. */
  avr: { requested: number; cases: number };
  samples: MemorySample[];
  /** Median RSS of the last quarter against the second quarter (after warm-up), in percent. */
  rssGrowthPercent: number;
  /** The lowest heap in use in each quarter of the run: what survives garbage collection (flat when nothing leaks). */
  heapFloorMb: number[];
}

const STATS = `query SoakDashboard { centres { code stats(from: "2026-01-01", to: "2026-12-31") { openCases registrations childRegistrations } } }`;
const PAGE = `query SoakCaseload($code: ID!) { centre(code: $code) { migrants(first: 20) { totalCount edges { node { id fullName caseStatus avrCase { status } } } } } }`;
const CASE = `query SoakCase($id: ID!) { migrant(id: $id) { ... on Migrant { id fullName version history(first: 5) { edges { node { action } } } } } }`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * A bounded mixed load through the gateway, as a working day looks: the coordinators' dashboard,
 * caseload pages, case views, registrations and now and then an AVR request; memory sampled
 * throughout. Every client stops by itself when the time is up.
 */
export async function soak(hub: TestHub, serverUrl: string, options: SoakOptions): Promise<SoakRun> {
  const sites = Object.keys(hub.databases).filter((n) => n !== 'avrr');
  const caseworkers = new Map(await Promise.all(sites.map(async (s) => [s, await hub.tokenFor(`caseworker@${s}`)] as const)));
  const coordinator = await hub.tokenFor('coordinator-names');
  const url = hub.gatewayUrl;
  const sent: Record<string, number> = {};
  const errors: Record<string, number> = {};
  const latencies: number[] = [];
  // Each centre's staff view their own centre's cases.
  const registered = new Map<string, string[]>(sites.map((s) => [s, []]));
  const avrMigrants: string[] = [];
  let firstError: string | null = null;
  const runId = Date.now().toString(36);
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  const record = (operation: string, answer: HubAnswer<unknown>) => {
    sent[operation] = (sent[operation] ?? 0) + 1;
    latencies.push(answer.ms);
    if (answer.errors.length || answer.status !== 200) {
      errors[operation] = (errors[operation] ?? 0) + 1;
      firstError ??= `${operation}: ${answer.status} ${errorCodes(answer).join(',')} ${answer.errors[0]?.message ?? ''}`;
    }
  };

  const client = async (index: number) => {
    for (let n = 0; performance.now() < deadline; n++) {
      const site = sites[(index + n) % sites.length]!;
      const token = caseworkers.get(site)!;
      const step = n % 10;
      if (step === 0) {
        record('dashboard', await ask(url, coordinator, STATS));
      } else if (step < 4) {
        record('caseload page', await ask(url, token, PAGE, { code: site }));
      } else if (step < 7 && registered.get(site)!.length) {
        const own = registered.get(site)!;
        record('case view', await ask(url, token, CASE, { id: own[(index * 7 + n) % own.length] }));
      } else if (step === 9 && n % 30 === 9) {
        // Now and then a return: counselling, consent, then the AVR request handed to AVRR.
        const migrantId = await migrantReadyForAvr(url, token, site, `Soak${index}r${n}`);
        const answer = await requestAvr(url, token, site, migrantId, `soak:${runId}:${migrantId}`);
        record('AVR request', answer);
        if (!answer.errors.length) avrMigrants.push(migrantId);
      } else {
        const answer = await registerMigrant(url, token, site, `Soak${index}n${n}`, `soak:${runId}:${index}:${n}`);
        record('registration', answer);
        const id = answer.data?.[site]?.registerMigrant.migrant.id;
        if (id) registered.get(site)!.push(id);
      }
      await new Promise((resolve) => setTimeout(resolve, options.thinkMs));
    }
  };

  const samples: MemorySample[] = [];
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    samples.push({ second: Math.round((performance.now() - started) / 1000), rssMb: Math.round(rss / 2 ** 20), heapUsedMb: Math.round(heapUsed / 2 ** 20) });
  };
  sample();
  const sampler = setInterval(sample, options.sampleEveryMs);
  try {
    await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  } finally {
    clearInterval(sampler);
  }
  sample();

  // Every AVR request reaches AVRR exactly once, also under a long load.
  const avrr = databaseUrl(serverUrl, hub.databases.avrr!);
  let cases = 0;
  if (avrMigrants.length) {
    await waitFor(async () => {
      const [row] = await queryDatabase<{ n: number }>(avrr, 'SELECT count(*)::int AS n FROM avr_case WHERE migrant_id = ANY($1)', [avrMigrants]);
      cases = row!.n;
      return cases >= avrMigrants.length;
    }, 60_000, 'the soak\'s AVR requests in AVRR');
  }

  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const warm = median(samples.slice(quarter, 2 * quarter).map((s) => s.rssMb));
  const last = median(samples.slice(-quarter).map((s) => s.rssMb));
  latencies.sort((a, b) => a - b);
  return {
    seconds: options.seconds,
    clients: options.clients,
    sent,
    errors,
    firstError,
    latencyMs: { p50: Math.round(latencies[Math.floor(latencies.length / 2)] ?? 0), p95: Math.round(latencies[Math.floor(latencies.length * 0.95)] ?? 0), max: Math.round(latencies.at(-1) ?? 0) },
    avr: { requested: avrMigrants.length, cases },
    samples,
    rssGrowthPercent: warm ? Math.round(((last - warm) / warm) * 1000) / 10 : 0,
    heapFloorMb: [0, 1, 2, 3].map((q) => Math.min(...samples.slice(q * quarter, (q + 1) * quarter).map((s) => s.heapUsedMb))),
  };
}
