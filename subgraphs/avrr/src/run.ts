import type { EntityManager } from '@mikro-orm/postgresql';
import {
  authConfigFromEnv, buildSiteSubgraphSchema, createTokenVerifier, ensureDatabase, initORM, serveSubgraph, subgraphDatabaseUrl,
  type AuthConfig, type Database, type Viewer, type RunningSubgraph, type SiteConfig,
} from '@mpa/platform';
import { AvrCase } from './avr-cases/avr-case.entity.js';
import { createAvrCaseLoaders } from './avr-cases/avr-case.loaders.js';
import type { AvrrContext } from './context.js';
import { migrations } from './migrations/index.js';
import { avrrResolvers } from './resolvers.js';
import { avrrTemplate } from './schema.js';

export const AVRR_DATABASE = 'mpa_avrr';

export interface AvrrOptions {
  sites: readonly SiteConfig[];
  databaseUrl: string;
  /** How access tokens forwarded by the gateway are verified. */
  auth: AuthConfig;
  port: number;
  host?: string;
}

export interface RunningAvrr extends RunningSubgraph {
  database: Database;
}

/** A fresh context per request: forked EntityManager, fresh DataLoaders. */
export function avrrContext(sites: readonly SiteConfig[], em: EntityManager, viewer: Viewer): AvrrContext {
  const fork = em.fork();
  return { sites, viewer, em: fork, loaders: createAvrCaseLoaders(fork) };
}

export function avrrSchema(sites: readonly SiteConfig[]) {
  return buildSiteSubgraphSchema(avrrTemplate, sites, avrrResolvers);
}

/** Opens the AVRR database (migrating it) and serves the AVRR subgraph. */
export async function startAvrrSubgraph(options: AvrrOptions): Promise<RunningAvrr> {
  await ensureDatabase(options.databaseUrl, new URL(options.databaseUrl).pathname.slice(1));
  const database = await initORM({ clientUrl: options.databaseUrl, entities: [AvrCase], migrations });
  const em = database.orm.em as unknown as EntityManager;
  const running = await serveSubgraph<AvrrContext>({
    name: 'avrr',
    schema: avrrSchema(options.sites),
    port: options.port,
    host: options.host,
    verifyToken: createTokenVerifier(options.auth),
    context: async (viewer) => avrrContext(options.sites, em, viewer),
    healthy: database.ping,
  });
  return {
    ...running,
    database,
    close: async () => {
      await running.close();
      await database.close();
    },
  };
}

/** Entry point: configuration from the environment, stops cleanly on a signal. */
export async function runAvrrSubgraph(sites: readonly SiteConfig[], defaultPort: number): Promise<void> {
  const running = await startAvrrSubgraph({
    sites,
    databaseUrl: subgraphDatabaseUrl(AVRR_DATABASE),
    auth: authConfigFromEnv(),
    port: process.env.PORT ? Number(process.env.PORT) : defaultPort,
    host: process.env.HOST,
  });
  console.log(`AVRR subgraph at ${running.url}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
