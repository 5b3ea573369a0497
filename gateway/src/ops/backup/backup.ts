import { databaseUrl, ensureDatabase, queryDatabase } from '@mpa/platform';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, open, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { findPgTools, type PgTools } from './pg-tools.js';

const run = promisify(execFile);

/** One table's fingerprint: how many rows, and a checksum over all of them in a fixed order. */
export interface TableFingerprint {
  rows: number;
  checksum: string;
}

/** The server's major version (pg_dump must be at least as new). */
export async function serverMajor(url: string): Promise<number> {
  const [row] = await queryDatabase<{ v: string }>(url, "SELECT current_setting('server_version_num') AS v");
  return Math.floor(Number(row!.v) / 10_000);
}

export async function toolsFor(url: string): Promise<PgTools> {
  return findPgTools(await serverMajor(url));
}

/** Backups are not encrypted: a directory for them only its owner may enter (0700, also when it exists). */
export async function privateDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir leaves an existing directory as it was.
  await chmod(dir, 0o700);
}

/** Creates (or empties) `file` readable and writable by its owner only (0600), before anything is written to it. */
export async function privateFile(file: string): Promise<void> {
  const handle = await open(file, 'w', 0o600);
  try {
    // The mode of `open` applies only to a new file (and is masked by the umask).
    await handle.chmod(0o600);
  } finally {
    await handle.close();
  }
}

/**
 * Dumps one database to `file` in pg_dump's custom format (compressed; schema, data, triggers and
 * the migrations table, so a restored database is ready for its subgraph). Returns the file's size.
 */
export async function backupDatabase(url: string, file: string, tools?: PgTools): Promise<number> {
  const { pgDump } = tools ?? (await toolsFor(url));
  // pg_dump writes into the file as it finds it: created here for the owner only, it never holds data readable by others.
  await privateFile(file);
  await run(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
  return (await stat(file)).size;
}

/**
 * Restores a dump into `database` on the server `serverUrl`, which must not exist yet or be empty:
 * a restore never writes over a database that holds data.
 */
export async function restoreDatabase(file: string, serverUrl: string, database: string, tools?: PgTools): Promise<void> {
  const target = databaseUrl(serverUrl, database);
  await ensureDatabase(serverUrl, database);
  const [tables] = await queryDatabase<{ n: number }>(target, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
  if (tables!.n > 0) throw new Error(`${database} already has tables: restore into a new database`);
  const { pgRestore } = tools ?? (await toolsFor(serverUrl));
  await run(pgRestore, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${target}`, file]);
}

/** Row count and checksum of every table of the `public` schema. */
export async function fingerprint(url: string): Promise<Record<string, TableFingerprint>> {
  const tables = await queryDatabase<{ tablename: string }>(url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const result: Record<string, TableFingerprint> = {};
  for (const { tablename } of tables) {
    // Each row as its text form, sorted: the checksum does not depend on physical order.
    const [row] = await queryDatabase<{ rows: number; digest: string | null }>(
      url,
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${tablename.replace(/"/g, '""')}" t`,
    );
    result[tablename] = { rows: row!.rows, checksum: row!.digest ?? createHash('md5').update('').digest('hex') };
  }
  return result;
}

/** Tables whose fingerprints differ (or exist on one side only); empty when the databases match. */
export function differences(a: Record<string, TableFingerprint>, b: Record<string, TableFingerprint>): string[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names.filter((n) => a[n]?.rows !== b[n]?.rows || a[n]?.checksum !== b[n]?.checksum);
}
