import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit, type Viewer } from '@mpa/platform';
import DataLoader from 'dataloader';

export interface AuditReadLoaders {
  /**
   * Logs a read of a sensitive record (`<entity>|<global id>`); all reads of one request are written
   * in one INSERT, so listing many records does not mean one statement each.
   */
  auditRead: DataLoader<string, true>;
}

export function createAuditReadLoaders(em: EntityManager, viewer: Viewer): AuditReadLoaders {
  return {
    auditRead: new DataLoader(async (keys) => {
      await recordAudit(em, keys.map((key) => {
        const at = key.indexOf('|');
        return { viewer, action: 'read' as const, entity: key.slice(0, at), entityId: key.slice(at + 1) };
      }));
      return keys.map(() => true as const);
    }),
  };
}
