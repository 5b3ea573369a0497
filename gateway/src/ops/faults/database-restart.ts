import { databaseUrl, queryDatabase, type EmbeddedServer } from '@mpa/platform';
import type { TestHub } from '../../testing/hub.js';
import { ask, errorCodes, registerMigrant } from '../hub-client.js';
import { waitFor } from './wait.js';

/** A hub on a PostgreSQL server of its own, which the run may take down. */
export interface DatabaseRig {
  hub: TestHub;
  server: EmbeddedServer;
}

export interface DatabaseRestartOptions {
  mode: 'fast' | 'immediate';
  /** Clients sending requests at once (half write, half read). */
  clients: number;
  /** Load before the server goes down, and how long it stays down. */
  beforeMs: number;
  downMs: number;
  /** Load after it is back. */
  afterMs: number;
  /** Each client's pause between requests, as people have (and under the gateway's per-user rate limit). */
  thinkMs?: number;
}

/** What the load saw through a PostgreSQL restart, and what the databases hold afterwards. */
export interface DatabaseRestartRun {
  mode: 'fast' | 'immediate';
  downMs: number;
  sent: { writes: number; reads: number };
  /** Writes the clients were told succeeded (a migrant ID came back). */
  acknowledgedWrites: number;
  /** Acknowledged writes not in the database afterwards (must be 0). */
  lostWrites: number;
  /** Writes that failed during the outage and were retried afterwards with the same idempotency key. */
  retried: { total: number; createdOnRetry: number; foundAlreadyStored: number; stillFailing: number };
  /** Idempotency keys stored more than once (must be 0). */
  duplicateWrites: number;
  /** Error codes the clients got, with counts. */
  errorCodes: Record<string, number>;
  /** The longest any failed request took to fail (fail fast: no hang). */
  slowestFailureMs: number;
  /** From the server being back to the first write acknowledged again. */
  recoveryMs: number;
  /** Requests after recovery that failed (must be 0: the services reconnected by themselves). */
  failuresAfterRecovery: number;
  /** The gateway's /health while the server was down, and after. */
  healthDuring: number;
  healthAfter: number;
}

interface Attempt {
  key: string;
  site: string;
  phase: 'before' | 'down' | 'after';
  migrantId: string | null;
  codes: string[];
  startedAt: number;
  ms: number;
}

const READERS = ['coordinator', 'coordinator-names', 'avrr-officer', 'admin'];
const STATS = `query LoadCentres { centres { code stats(from: "2026-01-01", to: "2026-12-31") { openCases registrations } } }`;

/**
 * Restarts PostgreSQL under a mixed load through the gateway: writes (registrations, each with an
 * idempotency key) and reads (every centre's indicators). Then retries each failed write with its
 * key, and compares what the clients were told was stored with what the site databases hold.
 */
export async function databaseRestartUnderLoad(rig: DatabaseRig, options: DatabaseRestartOptions): Promise<DatabaseRestartRun> {
  const sites = Object.keys(rig.hub.databases).filter((n) => n !== 'avrr');
  const tokens = new Map(await Promise.all(sites.map(async (s) => [s, await rig.hub.tokenFor(`caseworker@${s}`)] as const)));
  // Every reader is another person, as a dashboard's users are.
  const readers = await Promise.all(READERS.map((u) => rig.hub.tokenFor(u)));
  const think = () => sleep(options.thinkMs ?? 200);
  const url = rig.hub.gatewayUrl;
  let phase: Attempt['phase'] = 'before';
  let stopLoad = false;
  const writes: Attempt[] = [];
  const reads: Omit<Attempt, 'key' | 'site' | 'migrantId'>[] = [];
  const now = () => performance.now();
  const runId = Date.now().toString(36);

  const writer = async (client: number) => {
    for (let n = 0; !stopLoad; n++) {
      const site = sites[(client + n) % sites.length]!;
      const key = `db-restart:${runId}:${client}:${n}`;
      const at = phase;
      const startedAt = now();
      const answer = await registerMigrant(url, tokens.get(site)!, site, `Load${client}x${n}`, key);
      writes.push({ key, site, phase: at, migrantId: answer.data?.[site]?.registerMigrant.migrant.id ?? null, codes: errorCodes(answer), startedAt, ms: answer.ms });
      await think();
    }
  };
  const readerLoop = async (client: number) => {
    while (!stopLoad) {
      const at = phase;
      const startedAt = now();
      const answer = await ask(url, readers[client % readers.length]!, STATS);
      reads.push({ phase: at, codes: errorCodes(answer), startedAt, ms: answer.ms });
      await think();
    }
  };
  const health = async () => (await fetch(new URL('/health', url)).catch(() => null))?.status ?? 0;

  const load = Promise.all(Array.from({ length: options.clients }, (_, i) => (i % 2 === 0 ? writer(i) : readerLoop(i))));
  await sleep(options.beforeMs);
  phase = 'down';
  await rig.server.halt(options.mode);
  await sleep(options.downMs / 2);
  const healthDuring = await health();
  await sleep(options.downMs / 2);
  await rig.server.resume();
  const backAt = now();
  phase = 'after';
  // The first write acknowledged after the server is back.
  let recoveryMs = -1;
  await waitFor(async () => {
    const ok = writes.find((w) => w.phase === 'after' && w.migrantId);
    if (ok && recoveryMs < 0) recoveryMs = Math.round(now() - backAt);
    return Boolean(ok);
  }, 30_000, 'a write acknowledged after the restart', 50);
  const recoveredAt = now();
  await sleep(options.afterMs);
  stopLoad = true;
  await load;
  const healthAfter = await health();

  // A client that was not told its write succeeded sends it again, with the same key.
  const failed = writes.filter((w) => !w.migrantId);
  const retried = { total: failed.length, createdOnRetry: 0, foundAlreadyStored: 0, stillFailing: 0 };
  for (const w of failed) {
    const answer = await registerMigrant(url, tokens.get(w.site)!, w.site, 'Retry', w.key);
    const outcome = answer.data?.[w.site]?.registerMigrant;
    if (!outcome) retried.stillFailing++;
    else if (outcome.created) retried.createdOnRetry++;
    else retried.foundAlreadyStored++;
  }

  // What the databases hold for this run's keys.
  let lostWrites = 0;
  let duplicateWrites = 0;
  for (const site of sites) {
    const stored = await queryDatabase<{ idempotency_key: string; id: string; n: number }>(
      databaseUrl(rig.server.url, rig.hub.databases[site]!),
      `SELECT idempotency_key, min(id::text) AS id, count(*)::int AS n FROM migrant WHERE idempotency_key LIKE $1 GROUP BY idempotency_key`,
      [`db-restart:${runId}:%`],
    );
    const byKey = new Map(stored.map((r) => [r.idempotency_key, r]));
    duplicateWrites += stored.filter((r) => r.n > 1).length;
    lostWrites += writes.filter((w) => w.site === site && w.migrantId && byKey.get(w.key)?.id !== w.migrantId.split(':')[1]).length;
  }

  const counts: Record<string, number> = {};
  for (const codes of [...writes.map((w) => w.codes), ...reads.map((r) => r.codes)]) for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  const failures = [...writes.filter((w) => w.codes.length), ...reads.filter((r) => r.codes.length)];
  return {
    mode: options.mode,
    downMs: options.downMs,
    sent: { writes: writes.length, reads: reads.length },
    acknowledgedWrites: writes.filter((w) => w.migrantId).length,
    lostWrites,
    retried,
    duplicateWrites,
    errorCodes: counts,
    slowestFailureMs: Math.round(Math.max(0, ...failures.map((f) => f.ms))),
    recoveryMs,
    failuresAfterRecovery: failures.filter((f) => f.startedAt > recoveredAt).length,
    healthDuring,
    healthAfter,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
