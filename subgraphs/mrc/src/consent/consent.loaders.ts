import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupByMigrant } from '../migrants/group-by-migrant.js';
import { findPlainIn } from '../migrants/plain-rows.js';
import { Consent, type ConsentRecord } from './consent.entity.js';

export interface ConsentLoaders {
  /** Consents of each migrant, newest first: one query for a whole page of migrants. */
  consentsByMigrant: DataLoader<string, ConsentRecord[]>;
}

export function createConsentLoaders(em: EntityManager): ConsentLoaders {
  return {
    consentsByMigrant: new DataLoader(async (ids) => {
      const rows = await findPlainIn(em, Consent, 'migrantId', ids, { recordedAt: 'desc', id: 'desc' });
      return groupByMigrant(ids, rows);
    }),
  };
}
