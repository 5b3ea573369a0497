// `npm run soak -- [--minutes 5] [--clients 4] [--think-ms 100]`: a bounded mixed load through the
// gateway of a hub with a year of demo data (in one process, real HTTP, the embedded PostgreSQL),
// written to gateway/reliability-results/<date>-soak.md: requests, errors, latency, RSS over time.
import { startTestPostgres } from '@mpa/platform/testing';
import { parseArgs } from 'node:util';
import { startTestHub } from '../testing/hub.js';
import { table, writeResults } from './results.js';
import { soak } from './soak.js';

process.env.LOG_LEVEL ??= 'error';
const { values } = parseArgs({ options: { minutes: { type: 'string', default: '5' }, clients: { type: 'string', default: '4' }, 'think-ms': { type: 'string', default: '100' } } });
const server = await startTestPostgres();
try {
  const hub = await startTestHub({ serverUrl: server.url, years: 1, avrRelay: { log: () => {} } });
  const seconds = Math.round(Number(values.minutes) * 60);
  console.log(`Soaking for ${seconds} s with ${values.clients} clients…`);
  const run = await soak(hub, server.url, { seconds, clients: Number(values.clients), thinkMs: Number(values['think-ms']), sampleEveryMs: 5000 });
  await hub.stop();
  const errors = Object.values(run.errors).reduce((a, b) => a + b, 0);
  const file = await writeResults('soak', 'Soak', [
    `${run.clients} clients for ${run.seconds} s, each pausing ${values['think-ms']} ms between requests, on one year of demo data; the whole hub (four subgraphs, the gateway) in the measured process.`,
    table(['operation', 'requests', 'errors'], Object.entries(run.sent).map(([op, n]) => [op, n, run.errors[op] ?? 0])),
    `Errors: ${errors}${run.firstError ? ` (first: ${run.firstError})` : ''}. Latency p50 ${run.latencyMs.p50} ms, p95 ${run.latencyMs.p95} ms, max ${run.latencyMs.max} ms. ` +
      `AVR requests ${run.avr.requested}, AVR cases in AVRR for them ${run.avr.cases}.`,
    `RSS: ${run.samples[0]?.rssMb} MB at the start, ${run.samples.at(-1)?.rssMb} MB at the end; median of the last quarter ${run.rssGrowthPercent >= 0 ? '+' : ''}${run.rssGrowthPercent}% against the second quarter. ` +
      `Heap in use after collection (lowest per quarter): ${run.heapFloorMb.join(', ')} MB.\n\n` +
      table(['second', 'RSS (MB)', 'heap used (MB)'], run.samples.map((s) => [s.second, s.rssMb, s.heapUsedMb])),
  ], run);
  console.log(`Results in ${file}`);
  if (errors > 0) process.exitCode = 1;
} finally {
  await server.stop();
}
