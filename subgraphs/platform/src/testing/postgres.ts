import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { databaseUrl, dropDatabase, ensureDatabase } from '../db/databases.js';
import { startEmbeddedPostgres } from '../db/embedded.js';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/** The server tests run against: `DATABASE_URL` when set, else a throwaway embedded PostgreSQL. */
export async function startTestPostgres(): Promise<TestServer> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const parent = await mkdtemp(join(tmpdir(), 'mpa-hub-test-'));
  await chmod(parent, 0o755); // the server runs as `postgres` when tests run as root
  const server = await startEmbeddedPostgres({ dataDir: join(parent, 'pg'), persistent: false });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the server, so suites never see each other's rows. */
export async function createTestDatabase(serverUrl: string, prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_t${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  return { name, url: databaseUrl(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
