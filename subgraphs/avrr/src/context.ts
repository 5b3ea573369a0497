import type { EntityManager } from '@mikro-orm/postgresql';
import type { SiteConfig, Viewer } from '@mpa/platform';
import type { AvrCaseLoaders } from './avr-cases/avr-case.loaders.js';

/** What every AVRR resolver gets for one request. */
export interface AvrrContext {
  /** The centre registry this subgraph was built with. */
  sites: readonly SiteConfig[];
  /** Who is asking, from the verified access token. */
  viewer: Viewer;
  em: EntityManager;
  loaders: AvrCaseLoaders;
}
