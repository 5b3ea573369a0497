import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit, type AuditEntry, type Connection } from '@mpa/platform';
import DataLoader from 'dataloader';
import { migrantPageLoader, type ChildPageKey } from '../assistance/service-delivery.js';
import { CounsellingSession, VulnerabilityScreening, type CounsellingSessionRecord, type VulnerabilityScreeningRecord } from './screening.entity.js';

export interface ScreeningLoaders {
  /** A page of screenings per migrant, newest first: one query for a whole page of migrants. */
  screeningsByMigrant: DataLoader<ChildPageKey, Connection<VulnerabilityScreeningRecord>, string>;
  /** A page of counselling sessions per migrant, newest first: one query for a whole page. */
  counsellingByMigrant: DataLoader<ChildPageKey, Connection<CounsellingSessionRecord>, string>;
  /** Reads of sensitive screenings: logged in one statement for a whole page (not one per migrant). */
  screeningReads: DataLoader<AuditEntry, null>;
}

export function createScreeningLoaders(em: EntityManager): ScreeningLoaders {
  return {
    screeningsByMigrant: migrantPageLoader(em, VulnerabilityScreening, 'recordedAt'),
    counsellingByMigrant: migrantPageLoader(em, CounsellingSession, 'recordedAt'),
    screeningReads: new DataLoader(async (entries) => {
      await recordAudit(em, entries);
      return entries.map(() => null);
    }, { cache: false }),
  };
}
