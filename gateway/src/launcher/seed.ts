// `npm run seed -- --scale <years>`: writes demo data. Uses DATABASE_URL, or the embedded PostgreSQL
// `npm start` uses (stop the hub first). Seeds only empty databases: the data is deterministic.
import { seedHub } from '@mpa/demo-data';
import { sites } from '@mpa/registry';
import { parseArgs } from 'node:util';
import { databaseServer } from './postgres.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const years = Number(values.scale);
if (!Number.isFinite(years) || years <= 0 || years > 50) {
  console.error('--scale must be a number of years between 0 and 50');
  process.exit(2);
}
const log = (line: string) => console.log(line);
const db = await databaseServer(log);
try {
  const started = Date.now();
  const result = await seedHub({ serverUrl: db.url, sites, years, onlyIfEmpty: true, log, progress: true });
  console.log(result.seeded ? `seeded ${years} year(s): ${result.rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'databases already hold data; drop them (or .data/) to seed again');
} finally {
  await db.stop();
}
