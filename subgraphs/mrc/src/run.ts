import {
  authConfigFromEnv, createTokenVerifier, ensureDatabase, initORM, serveSubgraph, StatsCache, subgraphDatabaseUrl,
  type AuthConfig, type Database, type RunningSubgraph, type SiteConfig,
} from '@mpa/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AvrRelay, type AvrRelayOptions } from './avr-handover/avr-relay.js';
import { registerOutboxMetrics } from './avr-handover/outbox-metrics.js';
import { caseEntities } from './migrants/case-entities.js';
import { Migrant } from './migrants/migrant.entity.js';
import { migrations } from './migrations/index.js';
import { serviceEntities } from './assistance/service-entities.js';
import { siteContext, siteSchema } from './subgraph.js';

export const siteEntities = [Migrant, ...caseEntities, ...serviceEntities];

export interface SiteSubgraphOptions {
  /** URL of the site's own database (created and migrated if missing). */
  databaseUrl: string;
  /** How access tokens forwarded by the gateway are verified. */
  auth: AuthConfig;
  port?: number;
  host?: string;
  /** Where the AVR hand-over relay delivers the centre's AVR requests; without it requests wait in the outbox. */
  avrr?: { url: string; token: () => Promise<string> };
  /** Timing of the AVR hand-over relay (polling, back-off). */
  avrRelay?: AvrRelayOptions;
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
  const stats = new StatsCache();
  const running = await serveSubgraph({
    name: site.code,
    schema: siteSchema(site),
    port: options.port ?? site.port,
    host: options.host,
    verifyToken: createTokenVerifier(options.auth),
    context: async (viewer) => siteContext(site, em, viewer, stats),
    database,
  });
  registerOutboxMetrics(running.metrics, em);
  const relay = options.avrr ? new AvrRelay(em, site, options.avrr, options.avrRelay) : null;
  relay?.start();
  return {
    ...running,
    database,
    close: async () => {
      await relay?.stop();
      await running.close();
      await database.close();
    },
  };
}

/** The AVRR target from `AVRR_URL` and the centre's service-account token `SERVICE_TOKEN`. */
function avrrFromEnv(): SiteSubgraphOptions['avrr'] {
  const url = process.env.AVRR_URL;
  const token = process.env.SERVICE_TOKEN;
  if (!url || !token) {
    console.warn('AVRR_URL or SERVICE_TOKEN not set: AVR requests stay in the outbox until they are.');
    return undefined;
  }
  return { url, token: async () => token };
}

/** Entry point of a thin site package: configuration from the environment, stops cleanly on a signal. */
export async function runSiteSubgraph(site: SiteConfig): Promise<void> {
  const running = await startSiteSubgraph(site, {
    databaseUrl: subgraphDatabaseUrl(site.database),
    auth: authConfigFromEnv(),
    port: process.env.PORT ? Number(process.env.PORT) : site.port,
    host: process.env.HOST,
    avrr: avrrFromEnv(),
  });
  console.log(`${site.name} subgraph at ${running.url}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
