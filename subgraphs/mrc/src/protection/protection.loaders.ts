import type { EntityManager } from '@mikro-orm/postgresql';
import { globalId, recordAudit, type SiteConfig, type Viewer } from '@mpa/platform';
import DataLoader from 'dataloader';
import { TraffickingCase, UamCase, type TraffickingCaseRecord, type UamCaseRecord } from './protection.entity.js';

export interface ProtectionLoaders {
  /** A child's UAM case; every case returned is logged as read. */
  uamCaseByMigrant: DataLoader<string, UamCaseRecord | null>;
  /** A migrant's trafficking case; every case returned is logged as read. */
  traffickingCaseByMigrant: DataLoader<string, TraffickingCaseRecord | null>;
}

/** Logs the read of protection cases, in one statement. */
export function logProtectionReads(em: EntityManager, site: SiteConfig, viewer: Viewer, entity: 'UamCase' | 'TraffickingCase', rows: readonly { id: string }[]): Promise<void> {
  return recordAudit(em, rows.map((r) => ({ viewer, action: 'read' as const, entity, entityId: globalId(site.code, r.id) })));
}

export function createProtectionLoaders(em: EntityManager, site: SiteConfig, viewer: Viewer): ProtectionLoaders {
  return {
    uamCaseByMigrant: new DataLoader(async (ids) => {
      const rows = await em.find(UamCase, { migrantId: { $in: [...ids] } });
      await logProtectionReads(em, site, viewer, 'UamCase', rows);
      const byMigrant = new Map(rows.map((r) => [r.migrantId, r]));
      return ids.map((id) => byMigrant.get(id) ?? null);
    }),
    traffickingCaseByMigrant: new DataLoader(async (ids) => {
      const rows = await em.find(TraffickingCase, { migrantId: { $in: [...ids] } });
      await logProtectionReads(em, site, viewer, 'TraffickingCase', rows);
      const byMigrant = new Map(rows.map((r) => [r.migrantId, r]));
      return ids.map((id) => byMigrant.get(id) ?? null);
    }),
  };
}
