// `npm run retention [-- --dry-run] [--years N]`: anonymises closed cases older than the retention
// period in every subgraph's database. Uses DATABASE_URL, or the embedded PostgreSQL `npm start`
// uses (stop the hub first). RETENTION_CLOSED_CASE_YEARS sets the period (default 5 years).
import { sites } from '@mpa/registry';
import { parseArgs } from 'node:util';
import { databaseServer } from './postgres.js';
import { DEFAULT_RETENTION_YEARS, retentionCutoff, runHubRetention } from './retention-job.js';

const { values } = parseArgs({
  options: { 'dry-run': { type: 'boolean', default: false }, years: { type: 'string', default: process.env.RETENTION_CLOSED_CASE_YEARS ?? String(DEFAULT_RETENTION_YEARS) } },
});
const years = Number(values.years);
if (!Number.isInteger(years) || years < 1 || years > 100) {
  console.error('The retention period (--years or RETENTION_CLOSED_CASE_YEARS) must be a whole number of years between 1 and 100');
  process.exit(2);
}
const dryRun = values['dry-run'];
const closedBefore = retentionCutoff(years);
const db = await databaseServer((line) => console.log(line));
try {
  console.log(`${dryRun ? 'Dry run: nothing is written. ' : ''}Anonymising cases closed before ${closedBefore.toISOString().slice(0, 10)} (${years} years).`);
  const reports = await runHubRetention({ serverUrl: db.url, sites, closedBefore, dryRun });
  for (const report of reports) {
    const rows = Object.entries(report.rows).filter(([, n]) => n > 0).map(([table, n]) => `${table} ${n}`).join(', ');
    console.log(`${report.subgraph.padEnd(10)} ${String(report.cases).padStart(6)} case(s) ${dryRun ? 'due' : 'anonymised'}${rows ? `; rows: ${rows}` : ''}`);
  }
} finally {
  await db.stop();
}
