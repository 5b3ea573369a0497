import type { EntityManager } from '@mikro-orm/postgresql';
import {
  authConfigFromEnv, buildSiteSubgraphSchema, createTokenVerifier, ensureDatabase, initORM, serveSubgraph, StatsCache, subgraphDatabaseUrl,
  type AuthConfig, type Database, type Viewer, type RunningSubgraph, type SiteConfig,
} from '@mpa/platform';
import { createAuditReadLoaders } from './audit-reads.js';
import { AvrCase } from './avr-cases/avr-case.entity.js';
import { createAvrCaseLoaders } from './avr-cases/avr-case.loaders.js';
import { createLifecycleLoaders } from './lifecycle/lifecycle.loaders.js';
import { AvrTransition } from './lifecycle/avr-transition.entity.js';
import { Movement } from './movements/movement.entity.js';
import { createMovementLoaders } from './movements/movement.loaders.js';
import { ReintegrationActivity, ReintegrationPlan } from './reintegration/reintegration.entity.js';
import { createReintegrationLoaders } from './reintegration/reintegration.loaders.js';
import { Support } from './support/support.entity.js';
import { createSupportLoaders } from './support/support.loaders.js';
import { ScoringVersion, Survey } from './sustainability/sustainability.entity.js';
import { createSustainabilityLoaders } from './sustainability/sustainability.loaders.js';
import type { AvrrContext } from './context.js';
import { migrations } from './migrations/index.js';
import { avrrResolvers } from './resolvers.js';
import { avrrTemplate } from './schema.js';

export const AVRR_DATABASE = 'mpa_avrr';

/** Every MikroORM entity of the AVRR database. */
export const AVRR_ENTITIES = [AvrCase, AvrTransition, Movement, Support, ReintegrationPlan, ReintegrationActivity, ScoringVersion, Survey];

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
export function avrrContext(sites: readonly SiteConfig[], em: EntityManager, viewer: Viewer, stats: StatsCache): AvrrContext {
  const fork = em.fork();
  const loaders = {
    ...createAvrCaseLoaders(fork), ...createLifecycleLoaders(fork), ...createMovementLoaders(fork),
    ...createSupportLoaders(fork), ...createReintegrationLoaders(fork), ...createSustainabilityLoaders(fork),
    ...createAuditReadLoaders(fork, viewer),
  };
  return { sites, viewer, em: fork, loaders, stats: stats.forRequest(fork) };
}

export function avrrSchema(sites: readonly SiteConfig[]) {
  return buildSiteSubgraphSchema(avrrTemplate, sites, avrrResolvers);
}

/** Opens the AVRR database (migrating it) and serves the AVRR subgraph. */
export async function startAvrrSubgraph(options: AvrrOptions): Promise<RunningAvrr> {
  await ensureDatabase(options.databaseUrl, new URL(options.databaseUrl).pathname.slice(1));
  const database = await initORM({ clientUrl: options.databaseUrl, entities: AVRR_ENTITIES, migrations });
  const em = database.orm.em as unknown as EntityManager;
  const stats = new StatsCache();
  const running = await serveSubgraph<AvrrContext>({
    name: 'avrr',
    schema: avrrSchema(options.sites),
    port: options.port,
    host: options.host,
    verifyToken: createTokenVerifier(options.auth),
    context: async (viewer) => avrrContext(options.sites, em, viewer, stats),
    database,
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
