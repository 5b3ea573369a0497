import type { EntityManager } from '@mikro-orm/postgresql';
import { globalId, recordAudit, type Connection, type SiteConfig, type Viewer } from '@mpa/platform';
import DataLoader from 'dataloader';
import { childPageLoader, type ChildPageKey } from '../assistance/service-delivery.js';
import { MhpssAttendance, MhpssSession, type MhpssAttendanceRecord, type MhpssSessionRecord } from './mhpss.entity.js';

export interface MhpssLoaders {
  /** A page of individual sessions per migrant; every session returned is logged as read (its notes are confidential). */
  mhpssSessionsByMigrant: DataLoader<ChildPageKey, Connection<MhpssSessionRecord>, string>;
  /** The attendance list of each group activity. */
  attendanceByActivity: DataLoader<string, MhpssAttendanceRecord[]>;
}

export function createMhpssLoaders(em: EntityManager, site: SiteConfig, viewer: Viewer): MhpssLoaders {
  return {
    mhpssSessionsByMigrant: childPageLoader(
      async (migrantIds, size, after) => {
        const rows = await em.createQueryBuilder(MhpssSession, 's').select('*')
          .where(
            `s.id IN (SELECT id FROM (
               SELECT id, row_number() OVER (PARTITION BY migrant_id ORDER BY held_on DESC, id DESC) AS rn
                 FROM mhpss_session
                WHERE migrant_id IN (?) AND (?::date IS NULL OR (held_on, id) < (?::date, ?::uuid))
             ) ranked WHERE rn <= ?)`,
            [migrantIds, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, size + 1],
          )
          .orderBy({ migrantId: 'asc', heldOn: 'desc', id: 'desc' })
          .getResultList();
        await recordAudit(em, rows.map((s) => ({ viewer, action: 'read' as const, entity: 'MhpssSession', entityId: globalId(site.code, s.id) })));
        return rows;
      },
      (s) => s.migrantId,
      (s) => [s.heldOn, s.id],
    ),
    attendanceByActivity: new DataLoader(async (ids) => {
      const rows = await em.find(MhpssAttendance, { activityId: { $in: [...ids] } }, { orderBy: { migrantId: 'asc' } });
      const byId = new Map<string, MhpssAttendanceRecord[]>();
      for (const row of rows) byId.set(row.activityId, [...(byId.get(row.activityId) ?? []), row]);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}
