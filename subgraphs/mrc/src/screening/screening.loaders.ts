import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit, type AuditEntry } from '@mpa/platform';
import DataLoader from 'dataloader';
import { groupByMigrant } from '../migrants/group-by-migrant.js';
import { CounsellingSession, VulnerabilityScreening, type CounsellingSessionRecord, type VulnerabilityScreeningRecord } from './screening.entity.js';

export interface ScreeningLoaders {
  /** Screenings of each migrant, newest first: one query for a whole page of migrants. */
  screeningsByMigrant: DataLoader<string, VulnerabilityScreeningRecord[]>;
  /** Counselling sessions of each migrant, newest first: one query for a whole page. */
  counsellingByMigrant: DataLoader<string, CounsellingSessionRecord[]>;
  /** Reads of sensitive screenings: logged in one statement for a whole page (not one per migrant). */
  screeningReads: DataLoader<AuditEntry, null>;
}

export function createScreeningLoaders(em: EntityManager): ScreeningLoaders {
  return {
    screeningsByMigrant: new DataLoader(async (ids) => {
      const rows = await em.find(VulnerabilityScreening, { migrantId: { $in: [...ids] } }, { orderBy: { recordedAt: 'desc', id: 'desc' } });
      return groupByMigrant(ids, rows);
    }),
    counsellingByMigrant: new DataLoader(async (ids) => {
      const rows = await em.find(CounsellingSession, { migrantId: { $in: [...ids] } }, { orderBy: { recordedAt: 'desc', id: 'desc' } });
      return groupByMigrant(ids, rows);
    }),
    screeningReads: new DataLoader(async (entries) => {
      await recordAudit(em, entries);
      return entries.map(() => null);
    }, { cache: false }),
  };
}
