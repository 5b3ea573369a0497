import {
  authConfigFromEnv, createTokenVerifier, ensureDatabase, initORM, serveSubgraph, subgraphDatabaseUrl,
  type AuthConfig, type Database, type RunningSubgraph, type SiteConfig,
} from '@mpa/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Migrant } from './migrants/migrant.entity.js';
import { migrations } from './migrations/index.js';
import { siteContext, siteSchema } from './subgraph.js';

export const siteEntities = [Migrant];

export interface SiteSubgraphOptions {
  /** URL of the site's own database (created and migrated if missing). */
  databaseUrl: string;
  /** How access tokens forwarded by the gateway are verified. */
  auth: AuthConfig;
  port?: number;
  host?: string;
}

export interface RunningSite extends RunningSubgraph {
  database: Database;
}

/** Opens the site's database (migrating it) and serves the site subgraph. */
export async function startSiteSubgraph(site: SiteConfig, options: SiteSubgraphOptions): Promise<RunningSite> {
  const url = new URL(options.databaseUrl);
  await ensureDatabase(options.databaseUrl, url.pathname.slice(1));
  const database = await initORM({ clientUrl: options.databaseUrl, entities: siteEntities, migrations });
  const em = database.orm.em as unknown as EntityManager;
  const running = await serveSubgraph({
    name: site.code,
    schema: siteSchema(site),
    port: options.port ?? site.port,
    host: options.host,
    verifyToken: createTokenVerifier(options.auth),
    context: async (viewer) => siteContext(site, em, viewer),
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

/** Entry point of a thin site package: configuration from the environment, stops cleanly on a signal. */
export async function runSiteSubgraph(site: SiteConfig): Promise<void> {
  const running = await startSiteSubgraph(site, {
    databaseUrl: subgraphDatabaseUrl(site.database),
    auth: authConfigFromEnv(),
    port: process.env.PORT ? Number(process.env.PORT) : site.port,
    host: process.env.HOST,
  });
  console.log(`${site.name} subgraph at ${running.url}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
