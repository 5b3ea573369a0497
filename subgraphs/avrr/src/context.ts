import type { EntityManager } from '@mikro-orm/postgresql';
import type { SiteConfig } from '@mpa/platform';
import type { AvrCaseLoaders } from './avr-cases/avr-case.loaders.js';

/** What every AVRR resolver gets for one request. */
export interface AvrrContext {
  /** The centre registry this subgraph was built with. */
  sites: readonly SiteConfig[];
  em: EntityManager;
  loaders: AvrCaseLoaders;
}
