import type { EntityManager } from '@mikro-orm/postgresql';
import type { Connection } from '@mpa/platform';
import type DataLoader from 'dataloader';
import { migrantPageLoader, type ChildPageKey } from '../assistance/service-delivery.js';
import { Consent, type ConsentRecord } from './consent.entity.js';

export interface ConsentLoaders {
  /** A page of each migrant's consents, newest first: one query for a whole page of migrants. */
  consentsByMigrant: DataLoader<ChildPageKey, Connection<ConsentRecord>, string>;
}

export function createConsentLoaders(em: EntityManager): ConsentLoaders {
  return { consentsByMigrant: migrantPageLoader(em, Consent, 'recordedAt') };
}
