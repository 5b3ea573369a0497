import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupByMigrant } from '../migrants/group-by-migrant.js';
import { findPlain } from '../migrants/plain-rows.js';
import { Consent, type ConsentRecord } from './consent.entity.js';

export interface ConsentLoaders {
  /** Consents of each migrant, newest first: one query for a whole page of migrants. */
  consentsByMigrant: DataLoader<string, ConsentRecord[]>;
}

export function createConsentLoaders(em: EntityManager): ConsentLoaders {
  return {
    consentsByMigrant: new DataLoader(async (ids) => {
      const rows = await findPlain(em, Consent, { migrantId: { $in: [...ids] } }, { recordedAt: 'desc', id: 'desc' });
      return groupByMigrant(ids, rows);
    }),
  };
}
