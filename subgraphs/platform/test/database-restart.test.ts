import { EntitySchema } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl, ensureDatabase } from '../src/db/databases.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/db/embedded.js';
import { initORM, type Database } from '../src/db/orm.js';
import { isDatabaseUnavailable } from '../src/db/unavailable.js';

interface Note {
  id: number;
  text: string;
}
const NoteSchema = new EntitySchema<Note>({ name: 'Note', tableName: 'note', properties: { id: { type: 'integer', primary: true }, text: { type: 'string' } } });
class CreateNote extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE TABLE note (id integer PRIMARY KEY, text text NOT NULL)');
  }
}

let parent: string;
let server: EmbeddedServer;
let db: Database;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'mpa-hub-restart-'));
  await chmod(parent, 0o755); // the server runs as `postgres` when tests run as root
  // Persistent: a restart keeps the data, as a real server's does.
  server = await startEmbeddedPostgres({ dataDir: join(parent, 'pg'), persistent: true });
  const url = databaseUrl(server.url, 'restart_test');
  await ensureDatabase(server.url, 'restart_test');
  db = await initORM({ clientUrl: url, entities: [NoteSchema], migrations: [{ name: 'CreateNote', class: CreateNote }] });
});
afterAll(async () => {
  await db?.close();
  await server?.stop();
  await rm(parent, { recursive: true, force: true });
});

const write = (id: number) => db.orm.em.fork().insert(NoteSchema, { id, text: `note ${id}` });
const count = () => db.orm.em.fork().count(NoteSchema, {});

/** The error a query gives, and how long it took to give it. */
async function failure(query: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await query().then(() => null, (e: unknown) => e);
  return { error, ms: Date.now() - started };
}

describe('the database pool across a PostgreSQL restart', () => {
  it('fails fast with an error recognised as "database unavailable" while the server is down, and reconnects by itself', async () => {
    await write(1);
    await server.halt('fast');
    for (const query of [() => write(2), count]) {
      const { error, ms } = await failure(query);
      expect(error).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(ms).toBeLessThan(6_000);
    }
    expect(await db.ping()).toBe(false);
    await server.resume();
    // The same ORM, not a new one: the pool dropped its dead connections and opens new ones.
    await write(3);
    expect(await db.ping()).toBe(true);
    expect(await count()).toBe(2);
  });

  it('keeps every committed write through a crash (immediate shutdown, recovery from the write-ahead log)', async () => {
    for (let id = 10; id < 60; id++) await write(id);
    const before = await count();
    await server.halt('immediate');
    expect(isDatabaseUnavailable((await failure(count)).error)).toBe(true);
    await server.resume();
    expect(await count()).toBe(before);
  });

  it('does not mistake a failing statement for an unavailable database', async () => {
    const duplicate = await failure(() => write(1));
    expect(duplicate.error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(duplicate.error)).toBe(false);
    const syntax = await failure(() => db.orm.em.getConnection().execute('SELEC 1'));
    expect(isDatabaseUnavailable(syntax.error)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
