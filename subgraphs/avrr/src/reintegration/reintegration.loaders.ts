import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ReintegrationActivity, ReintegrationPlan, type ReintegrationActivityRecord, type ReintegrationPlanRecord } from './reintegration.entity.js';

export interface ReintegrationLoaders {
  planByCase: DataLoader<string, ReintegrationPlanRecord | null>;
  activitiesByPlan: DataLoader<string, ReintegrationActivityRecord[]>;
}

export function createReintegrationLoaders(em: EntityManager): ReintegrationLoaders {
  return {
    planByCase: new DataLoader(async (caseIds) => {
      const rows = await em.find(ReintegrationPlan, { caseId: { $in: [...caseIds] } });
      const byCase = new Map(rows.map((row) => [row.caseId, row]));
      return caseIds.map((id) => byCase.get(id) ?? null);
    }),
    activitiesByPlan: new DataLoader(async (planIds) => {
      const rows = await em.find(ReintegrationActivity, { planId: { $in: [...planIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      const byPlan = new Map<string, ReintegrationActivityRecord[]>();
      for (const row of rows) byPlan.set(row.planId, [...(byPlan.get(row.planId) ?? []), row]);
      return planIds.map((id) => byPlan.get(id) ?? []);
    }),
  };
}
