import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineSite, initORM, StatsCache, type Database, type Viewer } from '@mpa/platform';
import { createTestDatabase, viewerFor } from '@mpa/platform/testing';
import { inject } from 'vitest';
import type { SiteContext } from '../src/context.js';
import { migrations } from '../src/migrations/index.js';
import { siteEntities } from '../src/run.js';
import { siteContext, siteSchema } from '../src/subgraph.js';

export const bossaso = defineSite({ code: 'bossaso', name: 'Bossaso', openedOn: '2009-05-01', port: 0, database: 'mpa_bossaso' });

export interface Result {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[];
}

export interface SiteHarness {
  database: Database;
  /** Runs an operation against the real site schema, with a fresh request context (a Bossaso caseworker unless told). */
  exec(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<Result>;
  /** Runs SQL on the site database directly (to check what was stored). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** One site's subgraph schema over a fresh, migrated database of its own. */
export async function siteHarness(site = bossaso): Promise<SiteHarness> {
  const db = await createTestDatabase(inject('pgServerUrl'), site.database);
  const database = await initORM({ clientUrl: db.url, entities: siteEntities, migrations });
  const em = database.orm.em as unknown as EntityManager;
  const stats = new StatsCache();
  const server = new ApolloServer<SiteContext>({ schema: siteSchema(site), plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  return {
    database,
    exec: async (query, variables, viewer = viewerFor('caseworker', site.code)) => {
      const res = await server.executeOperation({ query, variables }, { contextValue: siteContext(site, em, viewer, stats) });
      if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
      return res.body.singleResult as Result;
    },
    sql: (query, params = []) => em.getConnection().execute(query, params),
    close: async () => {
      await server.stop();
      await database.close();
      await db.drop();
    },
  };
}

export const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterMigrantInput!) {
    bossaso {
      registerMigrant(input: $input) {
        created
        migrant { id registrationNumber fullName sex age dateOfBirth dateOfBirthEstimated nationality hasDocuments arrivalDate caseStatus version }
      }
    }
  }
`;

export function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  // Tests register many similar people on purpose; the duplicate check has its own tests.
  return { givenName: 'Abdi', familyName: 'Kedir', sex: 'MALE', estimatedAge: 22, nationality: 'ETH', hasDocuments: false, confirmNotDuplicate: true, ...overrides };
}
