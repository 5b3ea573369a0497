import { EntitySchema } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initORM, type Database } from '../src/db/orm.js';
import { queryDatabase } from '../src/db/query.js';
import { createTestDatabase, startTestPostgres, type TestDatabase, type TestServer } from '../src/testing/postgres.js';

interface Visit {
  id: number;
}
const VisitSchema = new EntitySchema<Visit>({ name: 'Visit', tableName: 'visit', properties: { id: { type: 'integer', primary: true } } });
class CreateVisit extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE TABLE visit (id integer PRIMARY KEY)');
    this.addSql('INSERT INTO visit (id) VALUES (1)');
  }
}

let server: TestServer;
let db: TestDatabase;
const opened: Database[] = [];
beforeAll(async () => {
  server = await startTestPostgres();
  db = await createTestDatabase(server.url, 'concurrent_start');
});
afterAll(async () => {
  for (const d of opened) await d.close();
  await db?.drop();
  await server?.stop();
});

describe('several replicas of a subgraph starting at once', () => {
  it('migrate the database once: the others wait for the first and find nothing left to do', async () => {
    const replicas = await Promise.all(Array.from({ length: 4 }, () => initORM({ clientUrl: db.url, entities: [VisitSchema], migrations: [{ name: 'CreateVisit', class: CreateVisit }] })));
    opened.push(...replicas);
    const [applied] = await queryDatabase<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM mikro_orm_migrations');
    const [rows] = await queryDatabase<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM visit');
    expect([applied!.n, rows!.n]).toEqual([1, 1]);
  });
});
