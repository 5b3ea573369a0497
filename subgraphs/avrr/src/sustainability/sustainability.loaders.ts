import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ScoringVersion, Survey, type ScoringVersionRecord, type SurveyRecord } from './sustainability.entity.js';

export interface SustainabilityLoaders {
  /** Each case's survey rounds, baseline first. */
  surveysByCase: DataLoader<string, SurveyRecord[]>;
  scoringVersionById: DataLoader<string, ScoringVersionRecord | null>;
}

export function createSustainabilityLoaders(em: EntityManager): SustainabilityLoaders {
  return {
    surveysByCase: new DataLoader(async (caseIds) => {
      const rows = await em.find(Survey, { caseId: { $in: [...caseIds] } }, { orderBy: { round: 'asc' } });
      const byCase = new Map<string, SurveyRecord[]>();
      for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
      return caseIds.map((id) => byCase.get(id) ?? []);
    }),
    scoringVersionById: new DataLoader(async (ids) => {
      const rows = await em.find(ScoringVersion, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
