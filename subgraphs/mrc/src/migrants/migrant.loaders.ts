import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { createAvrHandoverLoaders, type AvrHandoverLoaders } from '../avr-handover/avr-handover.loaders.js';
import { createConsentLoaders, type ConsentLoaders } from '../consent/consent.loaders.js';
import { createReferralLoaders, type ReferralLoaders } from '../referrals/referral.loaders.js';
import { createScreeningLoaders, type ScreeningLoaders } from '../screening/screening.loaders.js';
import { CaseFlag, type CaseFlagRecord } from './case-flag.entity.js';
import { groupByKey } from './group-by-key.js';
import { Migrant, type MigrantRecord } from './migrant.entity.js';
import { findPlainIn } from './plain-rows.js';

/** Per-request loaders of the case file and everything hanging off it (consent, screening, referrals, AVR). */
export interface MigrantLoaders extends ConsentLoaders, ScreeningLoaders, ReferralLoaders, AvrHandoverLoaders {
  /** Migrants by local UUID: one query per request however many references arrive. */
  migrantById: DataLoader<string, MigrantRecord | null>;
  /** Flags of each migrant, open ones first: one query for every migrant of a page. */
  flagsByMigrant: DataLoader<string, CaseFlagRecord[]>;
}

export function createMigrantLoaders(em: EntityManager): MigrantLoaders {
  return {
    ...createConsentLoaders(em),
    ...createScreeningLoaders(em),
    ...createReferralLoaders(em),
    ...createAvrHandoverLoaders(em),
    migrantById: new DataLoader(async (ids) => {
      const rows = await findPlainIn(em, Migrant, 'id', ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    flagsByMigrant: new DataLoader(async (ids) => {
      const rows = await findPlainIn(em, CaseFlag, 'migrantId', ids, { resolvedAt: 'asc nulls first', raisedAt: 'desc' });
      return groupByKey(ids, rows, (f) => f.migrantId);
    }),
  };
}
