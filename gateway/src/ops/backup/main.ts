// `npm run backup -- [--out DIR]` (default .data/backups/<time>): dumps every subgraph's database (pg_dump, custom format) with a
// manifest of row counts and checksums per table. The dumps are NOT encrypted: DIR is made 0700 and every file in it 0600
// (owner only); encrypt them before they leave the machine.
// `npm run restore -- --from DIR [--suffix _restored]`: restores each dump into a new database
// (`<name><suffix>`, on the server the subgraph's database is on) and checks it against the manifest.
// Databases: DATABASE_URL's server, or <NAME>_DATABASE_URL per subgraph (as the subgraphs use them).
import { AVRR_DATABASE } from '@mpa/avrr';
import { databaseUrl, subgraphDatabaseUrl } from '@mpa/platform';
import { sites } from '@mpa/registry';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, differences, fingerprint, privateDirectory, privateFile, restoreDatabase, type TableFingerprint } from './backup.js';

interface Manifest {
  takenAt: string;
  databases: Record<string, { file: string; bytes: number; tables: Record<string, TableFingerprint> }>;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, from: { type: 'string' }, suffix: { type: 'string', default: '_restored' } } });
const command = positionals[0];
const databases = [AVRR_DATABASE, ...sites.map((s) => s.database)];

if (command === 'backup') {
  const dir = resolve(values.out ?? join('.data', 'backups', new Date().toISOString().replace(/[:.]/g, '-')));
  await privateDirectory(dir);
  const manifest: Manifest = { takenAt: new Date().toISOString(), databases: {} };
  for (const database of databases) {
    const url = subgraphDatabaseUrl(database);
    const file = `${database}.dump`;
    const bytes = await backupDatabase(url, join(dir, file));
    manifest.databases[database] = { file, bytes, tables: await fingerprint(url) };
    console.log(`${database}: ${bytes} bytes, ${Object.keys(manifest.databases[database]!.tables).length} tables`);
  }
  await privateFile(join(dir, 'manifest.json'));
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`Backup in ${dir}`);
} else if (command === 'restore' && values.from) {
  const dir = resolve(values.from);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  let failed = false;
  for (const [database, entry] of Object.entries(manifest.databases)) {
    const server = databaseUrl(subgraphDatabaseUrl(database), 'postgres');
    const target = `${database}${values.suffix}`;
    await restoreDatabase(join(dir, entry.file), server, target);
    const changed = differences(entry.tables, await fingerprint(databaseUrl(server, target)));
    failed ||= changed.length > 0;
    console.log(`${target}: ${changed.length ? `DIFFERS in ${changed.join(', ')}` : `matches the backup (${Object.keys(entry.tables).length} tables)`}`);
  }
  if (failed) process.exit(1);
} else {
  console.error('Usage: backup [--out DIR] | restore --from DIR [--suffix _restored]\n'
    + 'backup: unencrypted dumps, DIR 0700 and its files 0600 (owner only); encrypt them before copying them elsewhere.');
  process.exit(2);
}
