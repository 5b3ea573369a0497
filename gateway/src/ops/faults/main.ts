// `npm run faults`: the hub's fault runs, each on a hub of its own (in one process, real HTTP,
// a real PostgreSQL), with what was sent, what arrived and what was lost written to
// gateway/reliability-results/<date>-faults.md: the AVR hand-over with AVRR stopped, restarted,
// slow and losing answers; PostgreSQL restarted and crashed under load; backups restored and compared.
import { databaseUrl, startEmbeddedPostgres } from '@mpa/platform';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHub } from '../../testing/hub.js';
import { backupDatabase, differences, fingerprint, restoreDatabase, toolsFor } from '../backup/backup.js';
import { startDebianPostgres } from '../backup/debian-postgres.js';
import { FaultyLink } from '../faulty-link.js';
import { registerMigrant } from '../hub-client.js';
import { table, writeResults } from '../results.js';
import { HandoverFaults, refusedForGood, type HandoverRun, type RefusalRun } from './avr-handover.js';
import { databaseRestartUnderLoad, type DatabaseRestartRun } from './database-restart.js';

process.env.LOG_LEVEL ??= 'error';
const RELAY_TIMEOUT_MS = 1500;
const parent = await mkdtemp(join(tmpdir(), 'mpa-hub-faults-'));
await chmod(parent, 0o755);
// Persistent, so the database fault can restart it on its data.
const server = await startEmbeddedPostgres({ dataDir: join(parent, 'pg'), persistent: true });
const quiet = () => {};

try {
  // 1. The AVR hand-over.
  console.log('AVR hand-over under faults…');
  const link = await FaultyLink.open();
  const handoverHub = await startTestHub({
    serverUrl: server.url, years: 0,
    avrrUrlForSites: (avrrUrl) => {
      link.to(avrrUrl);
      return link.url;
    },
    avrRelay: { timeoutMs: RELAY_TIMEOUT_MS, log: quiet },
  });
  const rig = { hub: handoverHub, serverUrl: server.url, link, relayTimeoutMs: RELAY_TIMEOUT_MS };
  const faults = new HandoverFaults(rig);
  const handover: HandoverRun[] = [
    await faults.avrrStopped(12),
    await faults.avrrRestartedDuringRequests(12),
    await faults.answersLost(6, { answerDelayMs: RELAY_TIMEOUT_MS + 1000, dropAnswers: false }, `AVRR answering after the relay gave up (${RELAY_TIMEOUT_MS + 1000} ms > ${RELAY_TIMEOUT_MS} ms)`),
    await faults.answersLost(6, { answerDelayMs: 0, dropAnswers: true }, 'answers lost on the link'),
  ];
  const refusal: RefusalRun = await refusedForGood(rig, 'bossaso');
  await handoverHub.stop();
  await link.close();

  // 2. PostgreSQL restarted and crashed under load.
  console.log('PostgreSQL restart under load…');
  const dbHub = await startTestHub({ serverUrl: server.url, years: 0.02, avrRelay: { log: quiet } });
  const restarts: DatabaseRestartRun[] = [];
  for (const mode of ['fast', 'immediate'] as const) {
    restarts.push(await databaseRestartUnderLoad({ hub: dbHub, server }, { mode, clients: 6, beforeMs: 5000, downMs: 10_000, afterMs: 5000 }));
  }
  await dbHub.stop();

  // 3. Backups (on Debian's PostgreSQL: pg_dump cannot dump the newer embedded server).
  console.log('Backups…');
  const backups: { database: string; bytes: number; tables: number; rows: number; differing: string[] }[] = [];
  const debian = await startDebianPostgres();
  if (debian) {
    const backupHub = await startTestHub({ serverUrl: debian.url, years: 0.1, avrRelay: { log: quiet } });
    await registerMigrant(backupHub.gatewayUrl, await backupHub.tokenFor('caseworker@bossaso'), 'bossaso', 'Audited');
    await backupHub.stop();
    const tools = await toolsFor(debian.url);
    for (const database of Object.values(backupHub.databases)) {
      const source = databaseUrl(debian.url, database);
      const file = join(parent, `${database}.dump`);
      const bytes = await backupDatabase(source, file, tools);
      await restoreDatabase(file, debian.url, `${database}_restored`, tools);
      const before = await fingerprint(source);
      const differing = differences(before, await fingerprint(databaseUrl(debian.url, `${database}_restored`)));
      backups.push({ database: database.replace(/_t[0-9a-f]+$/, ''), bytes, tables: Object.keys(before).length, rows: Object.values(before).reduce((a, t) => a + t.rows, 0), differing });
    }
    await debian.stop();
  }

  const file = await writeResults('faults', 'Fault runs', [
    '## AVR hand-over under faults\n\nCentres request AVR during the fault; the fault ends; the outboxes deliver. Counted in AVRR\'s own database, per migrant.\n\n' +
      table(['fault', 'acknowledged by the centres', 'AVR cases when the fault ended', 'AVR cases after', 'duplicates', 'lost', 'attempts (max / total)', 'sessions idle in a transaction > 0.5 s during the call', 'seconds'],
        handover.map((r) => [r.fault, r.acknowledged, r.casesWhenFaultEnded, r.casesAfter, r.duplicates, r.lost, `${r.attempts.max} / ${r.attempts.total}`, r.idleInTransaction, r.seconds])) +
      `\n\nA request AVRR refuses for good (destination "XXX"): status ${refusal.status} after ${refusal.attempts} attempt, ${refusal.cases} AVR cases, a new request accepted afterwards: ${refusal.requestAgainAccepted ? 'yes' : 'no'}.`,
    '## PostgreSQL restarted under a mixed load\n\nClients register migrants (each with an idempotency key) and read every centre\'s indicators through the gateway; the server goes down for the time shown, then comes back on the same port and data. Afterwards each write that got no success is sent again with its key, and the databases are compared with what the clients were told.\n\n' +
      table(['shutdown', 'down (ms)', 'writes / reads sent', 'writes acknowledged', 'acknowledged but lost', 'retried: created / already stored / still failing', 'stored twice', 'error codes', 'slowest failure (ms)', 'first write after restart (ms)', 'failures after recovery', '/health down / after'],
        restarts.map((r) => [r.mode === 'fast' ? 'restart (fast)' : 'crash (immediate)', r.downMs, `${r.sent.writes} / ${r.sent.reads}`, r.acknowledgedWrites, r.lostWrites, `${r.retried.createdOnRetry} / ${r.retried.foundAlreadyStored} / ${r.retried.stillFailing}`, r.duplicateWrites, Object.entries(r.errorCodes).map(([c, n]) => `${c} ×${n}`).join(', ') || 'none', r.slowestFailureMs, r.recoveryMs, r.failuresAfterRecovery, `${r.healthDuring} / ${r.healthAfter}`])),
    debian
      ? `## Backups\n\npg_dump (custom format) of every subgraph database on PostgreSQL ${debian.major}, pg_restore into a new database, then row counts and checksums compared table by table.\n\n` +
        table(['database', 'dump (bytes)', 'tables', 'rows', 'tables differing'], backups.map((b) => [b.database, b.bytes, b.tables, b.rows, b.differing.join(', ') || 'none']))
      : '## Backups\n\nNot run: no Debian PostgreSQL server here (apt-get install -y postgresql-15).',
  ], { handover, refusal, restarts, backups });
  console.log(`Results in ${file}`);
} finally {
  await server.stop();
  await rm(parent, { recursive: true, force: true });
}
