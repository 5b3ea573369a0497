import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AvrTransition, type AvrTransitionRecord } from './avr-transition.entity.js';

export interface LifecycleLoaders {
  /** Each case's lifecycle steps, oldest first; one query for every case of a request. */
  transitionsByCase: DataLoader<string, AvrTransitionRecord[]>;
}

export function createLifecycleLoaders(em: EntityManager): LifecycleLoaders {
  return {
    transitionsByCase: new DataLoader(async (caseIds) => {
      const rows = await em.find(AvrTransition, { caseId: { $in: [...caseIds] } }, { orderBy: { at: 'asc', id: 'asc' } });
      const byCase = new Map<string, AvrTransitionRecord[]>();
      for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
      return caseIds.map((id) => byCase.get(id) ?? []);
    }),
  };
}
