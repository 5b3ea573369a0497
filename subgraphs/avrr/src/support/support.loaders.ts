import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Support, type SupportRecord } from './support.entity.js';

export interface SupportLoaders {
  /** Each case's support, in the order provided; one query for every case of a request. */
  supportByCase: DataLoader<string, SupportRecord[]>;
}

export function createSupportLoaders(em: EntityManager): SupportLoaders {
  return {
    supportByCase: new DataLoader(async (caseIds) => {
      const rows = await em.find(Support, { caseId: { $in: [...caseIds] } }, { orderBy: { providedOn: 'asc', recordedAt: 'asc' } });
      const byCase = new Map<string, SupportRecord[]>();
      for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
      return caseIds.map((id) => byCase.get(id) ?? []);
    }),
  };
}
