import { defaultDataDir, startEmbeddedPostgres, freePort } from '@mpa/platform';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** `DATABASE_URL` when set; otherwise the embedded PostgreSQL, its data kept between runs. */
export async function databaseServer(log: (line: string) => void): Promise<DatabaseServer> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const dataDir = await defaultDataDir(REPO_ROOT);
  const preferred = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const port = (await isFree(preferred)) ? preferred : await freePort();
  log(`starting embedded PostgreSQL (data in ${dataDir}, port ${port})`);
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  return { url: server.url, embedded: true, stop: server.stop };
}

async function isFree(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}
