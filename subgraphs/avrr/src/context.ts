import type { EntityManager } from '@mikro-orm/postgresql';
import type { SiteConfig, StatsReader, Viewer } from '@mpa/platform';
import type { AuditReadLoaders } from './audit-reads.js';
import type { AvrCaseLoaders } from './avr-cases/avr-case.loaders.js';
import type { LifecycleLoaders } from './lifecycle/lifecycle.loaders.js';
import type { MovementLoaders } from './movements/movement.loaders.js';
import type { ReintegrationLoaders } from './reintegration/reintegration.loaders.js';
import type { SupportLoaders } from './support/support.loaders.js';
import type { SustainabilityLoaders } from './sustainability/sustainability.loaders.js';

/** What every AVRR resolver gets for one request. */
export interface AvrrContext {
  /** The centre registry this subgraph was built with. */
  sites: readonly SiteConfig[];
  /** Who is asking, from the verified access token. */
  viewer: Viewer;
  em: EntityManager;
  /** Indicator statements, answered from the cache while the AVR data is unchanged. */
  stats: StatsReader;
  loaders: AuditReadLoaders & AvrCaseLoaders & LifecycleLoaders & MovementLoaders & SupportLoaders & ReintegrationLoaders & SustainabilityLoaders;
}
