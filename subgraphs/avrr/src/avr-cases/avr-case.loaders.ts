import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AvrCase, type AvrCaseRecord } from './avr-case.entity.js';

export interface AvrCaseLoaders {
  caseById: DataLoader<string, AvrCaseRecord | null>;
  /** The newest case of each migrant (by global migrant ID), one query per request. */
  caseByMigrant: DataLoader<string, AvrCaseRecord | null>;
}

export function createAvrCaseLoaders(em: EntityManager): AvrCaseLoaders {
  return {
    caseById: new DataLoader(async (ids) => {
      const rows = await em.find(AvrCase, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    caseByMigrant: new DataLoader(async (migrantIds) => {
      const rows = await em.find(AvrCase, { migrantId: { $in: [...migrantIds] } }, { orderBy: { openedAt: 'asc' } });
      const newest = new Map(rows.map((row) => [row.migrantId, row]));
      return migrantIds.map((id) => newest.get(id) ?? null);
    }),
  };
}
