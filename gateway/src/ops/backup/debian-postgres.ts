import { freePort } from '@mpa/platform';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = '/usr/lib/postgresql';

export interface DebianPostgres {
  url: string;
  major: number;
  stop(): Promise<void>;
}

/** The newest PostgreSQL server installed from Debian's packages (postgresql-<N>), if any. */
export function debianServerBin(): { bin: string; major: number } | null {
  if (!existsSync(ROOT)) return null;
  const majors = readdirSync(ROOT).map(Number).filter((n) => existsSync(join(ROOT, String(n), 'bin', 'postgres'))).sort((a, b) => b - a);
  return majors.length ? { bin: join(ROOT, String(majors[0]), 'bin'), major: majors[0]! } : null;
}

/**
 * A throwaway server from Debian's PostgreSQL packages, whose pg_dump/pg_restore match it (the
 * embedded server is newer than any client Debian ships). Runs as `postgres` when we are root.
 */
export async function startDebianPostgres(): Promise<DebianPostgres | null> {
  const server = debianServerBin();
  if (!server) return null;
  const parent = await mkdtemp(join(tmpdir(), 'mpa-hub-pg-backup-'));
  await chmod(parent, 0o755);
  const dataDir = join(parent, 'data');
  await mkdir(dataDir, { mode: 0o700 });
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dataDir, Number(stdout.trim()), Number(gid.trim()));
    await chown(parent, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (program: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(server.bin, program), ...args]) : run(join(server.bin, program), args));
  const port = await freePort();
  await as('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
  await as('pg_ctl', ['-D', dataDir, '-w', '-l', join(parent, 'server.log'), '-o', `-p ${port} -k ${parent} -c listen_addresses=127.0.0.1`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    major: server.major,
    stop: async () => {
      await as('pg_ctl', ['-D', dataDir, '-w', '-m', 'fast', 'stop']);
      await rm(parent, { recursive: true, force: true });
    },
  };
}
