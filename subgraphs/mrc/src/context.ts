import type { EntityManager } from '@mikro-orm/postgresql';
import type { SiteConfig, StatsReader, Viewer } from '@mpa/platform';
import type { MigrantLoaders } from './migrants/migrant.loaders.js';
import type { ServiceLoaders } from './assistance/service-loaders.js';

/** What every resolver of a site subgraph gets for one request. */
export interface SiteContext {
  site: SiteConfig;
  /** Who is asking, from the verified access token. */
  viewer: Viewer;
  /** Forked per request: no identity map shared between requests. */
  em: EntityManager;
  loaders: MigrantLoaders;
  /** Loaders of the assistance and protection services (medical, stock, protection, MHPSS, awareness). */
  services: ServiceLoaders;
  /** Indicator statements, answered from the cache while the centre's data is unchanged. */
  stats: StatsReader;
}
