import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineSite, initORM, StatsCache, type Database, type Viewer } from '@mpa/platform';
import { createTestDatabase, viewerFor, type TestDatabase } from '@mpa/platform/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import type { AvrrContext } from '../src/context.js';
import { migrations } from '../src/migrations/index.js';
import { AVRR_ENTITIES, avrrContext, avrrSchema } from '../src/run.js';

export const sites = [
  defineSite({ code: 'hargeisa', name: 'Hargeisa', openedOn: '2011-06-01', port: 0, database: 'x' }),
  defineSite({ code: 'bossaso', name: 'Bossaso', openedOn: '2009-05-01', port: 0, database: 'x' }),
];

export interface Harness {
  database: Database;
  em: () => EntityManager;
  exec: (query: string, variables?: Record<string, unknown>, viewer?: Viewer) => Promise<{ data?: any; errors?: any[] }>;
  /** Runs a SQL query against the test database. */
  sql: <T = any>(query: string, params?: unknown[]) => Promise<T[]>;
}

/** An in-process AVRR subgraph against its own fresh, migrated database (per test file). */
export function useAvrrHarness(): Harness {
  let db: TestDatabase;
  let server: ApolloServer<AvrrContext>;
  const harness = {} as Harness;
  beforeAll(async () => {
    db = await createTestDatabase(inject('pgServerUrl'), 'mpa_avrr');
    harness.database = await initORM({ clientUrl: db.url, entities: AVRR_ENTITIES, migrations });
    server = new ApolloServer<AvrrContext>({ schema: avrrSchema(sites), plugins: [ApolloServerPluginInlineTraceDisabled()] });
    await server.start();
  });
  afterAll(async () => {
    await server?.stop();
    await harness.database?.close();
    await db?.drop();
  });
  const stats = new StatsCache();
  harness.em = () => (harness.database.orm.em as unknown as EntityManager).fork();
  harness.exec = async (query, variables, viewer = viewerFor('avrr-officer')) => {
    const res = await server.executeOperation({ query, variables }, { contextValue: avrrContext(sites, harness.database.orm.em as unknown as EntityManager, viewer, stats) });
    if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
    return res.body.singleResult as { data?: any; errors?: any[] };
  };
  harness.sql = (query, params = []) => harness.em().getConnection().execute(query, params as any[]);
  return harness;
}

export const newMigrantId = (site = 'bossaso') => `${site}:${randomUUID()}`;

export const OPEN = `mutation($input: OpenAvrCaseInput!) { openAvrCase(input: $input) { id caseNumber status direction version isUnaccompaniedChild allowedTransitions } }`;
export const TRANSITION = `mutation($id: ID!, $v: Int!, $to: AvrStatus!, $note: String) {
  transitionAvrCase(id: $id, expectedVersion: $v, to: $to, note: $note) { id status version allowedTransitions }
}`;
