import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { databaseUrl } from './databases.js';

/**
 * The connection URL of one subgraph's database: `<NAME>_DATABASE_URL` when a site runs on a server
 * of its own, else the database of that name on the server `DATABASE_URL` points at.
 */
export function subgraphDatabaseUrl(database: string, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[`${database.replace(/^mpa_/, '').toUpperCase()}_DATABASE_URL`];
  if (own) return own;
  const server = env.DATABASE_URL;
  if (!server) {
    throw new Error(`No database configured for ${database}: set DATABASE_URL (npm start at the repository root starts an embedded PostgreSQL).`);
  }
  return databaseUrl(server, database);
}

/**
 * Where the embedded cluster keeps its data between runs: `.data/postgres` in the checkout, unless
 * the checkout is not reachable by the `postgres` user that runs the server as root, in which case
 * a folder of the OS temp dir named after the checkout.
 */
export async function defaultDataDir(repoRoot: string): Promise<string> {
  if (userInfo().uid !== 0 || (await othersCanEnter(repoRoot))) return join(repoRoot, '.data', 'postgres');
  const key = createHash('sha256').update(repoRoot).digest('hex').slice(0, 12);
  return join(tmpdir(), `mpa-hub-data-${key}`, 'postgres');
}

async function othersCanEnter(path: string): Promise<boolean> {
  for (let dir = path; dir !== parse(path).root; dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) return false;
  }
  return true;
}
