import type { EntityManager } from '@mikro-orm/postgresql';
import { globalId, recordAudit, type Connection, type SiteConfig, type Viewer } from '@mpa/platform';
import type DataLoader from 'dataloader';
import { childPageLoader, type ChildPageKey } from '../assistance/service-delivery.js';
import { MedicalConsultation, type MedicalConsultationRecord } from './medical-consultation.entity.js';

export interface MedicalLoaders {
  /** A page of consultations per migrant, most recent first; every consultation returned is logged as read. */
  consultationsByMigrant: DataLoader<ChildPageKey, Connection<MedicalConsultationRecord>, string>;
}

export function createMedicalLoaders(em: EntityManager, site: SiteConfig, viewer: Viewer): MedicalLoaders {
  return {
    consultationsByMigrant: childPageLoader(
      async (migrantIds, size, after) => {
        const qb = em.createQueryBuilder(MedicalConsultation, 'c').select('*')
          .where(
            `c.id IN (SELECT id FROM (
               SELECT id, row_number() OVER (PARTITION BY migrant_id ORDER BY consulted_on DESC, id DESC) AS rn
                 FROM medical_consultation
                WHERE migrant_id IN (?) AND (?::date IS NULL OR (consulted_on, id) < (?::date, ?::uuid))
             ) ranked WHERE rn <= ?)`,
            [migrantIds, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, size + 1],
          )
          .orderBy({ migrantId: 'asc', consultedOn: 'desc', id: 'desc' });
        const rows = await qb.getResultList();
        await recordAudit(em, rows.map((c) => ({ viewer, action: 'read' as const, entity: 'MedicalConsultation', entityId: globalId(site.code, c.id) })));
        return rows;
      },
      (c) => c.migrantId,
      (c) => [c.consultedOn, c.id],
    ),
  };
}
