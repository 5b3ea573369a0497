import type { EntityManager } from '@mikro-orm/postgresql';
import { globalId, recordAudit, type Connection, type SiteConfig, type Viewer } from '@mpa/platform';
import DataLoader from 'dataloader';
import { migrantPageLoader, type ChildPageKey } from '../assistance/service-delivery.js';
import { groupByKey } from '../migrants/group-by-key.js';
import { findPlainIn } from '../migrants/plain-rows.js';
import { MhpssAttendance, MhpssSession, type MhpssAttendanceRecord, type MhpssSessionRecord } from './mhpss.entity.js';

export interface MhpssLoaders {
  /** A page of individual sessions per migrant; every session returned is logged as read (its notes are confidential). */
  mhpssSessionsByMigrant: DataLoader<ChildPageKey, Connection<MhpssSessionRecord>, string>;
  /** The attendance list of each group activity. */
  attendanceByActivity: DataLoader<string, MhpssAttendanceRecord[]>;
}

export function createMhpssLoaders(em: EntityManager, site: SiteConfig, viewer: Viewer): MhpssLoaders {
  return {
    mhpssSessionsByMigrant: migrantPageLoader(em, MhpssSession, 'heldOn', (rows) =>
      recordAudit(em, rows.map((s) => ({ viewer, action: 'read' as const, entity: 'MhpssSession', entityId: globalId(site.code, s.id) }))),
    ),
    attendanceByActivity: new DataLoader(async (ids) => {
      const rows = await findPlainIn(em, MhpssAttendance, 'activityId', ids, { migrantId: 'asc' });
      return groupByKey(ids, rows, (a) => a.activityId);
    }),
  };
}
