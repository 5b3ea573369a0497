import type { EntityManager } from '@mikro-orm/postgresql';
import { globalId, recordAudit, type Connection, type SiteConfig, type Viewer } from '@mpa/platform';
import type DataLoader from 'dataloader';
import { migrantPageLoader, type ChildPageKey } from '../assistance/service-delivery.js';
import { MedicalConsultation, type MedicalConsultationRecord } from './medical-consultation.entity.js';

export interface MedicalLoaders {
  /** A page of consultations per migrant, most recent first; every consultation returned is logged as read. */
  consultationsByMigrant: DataLoader<ChildPageKey, Connection<MedicalConsultationRecord>, string>;
}

export function createMedicalLoaders(em: EntityManager, site: SiteConfig, viewer: Viewer): MedicalLoaders {
  return {
    consultationsByMigrant: migrantPageLoader(em, MedicalConsultation, 'consultedOn', (rows) =>
      recordAudit(em, rows.map((c) => ({ viewer, action: 'read' as const, entity: 'MedicalConsultation', entityId: globalId(site.code, c.id) }))),
    ),
  };
}
