import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEventRow, SiteConfig, Viewer } from '@mpa/platform';
import type DataLoader from 'dataloader';
import { createMedicalLoaders, type MedicalLoaders } from '../medical/medical.loaders.js';
import { historyLoader } from './service-delivery.js';
import { createStockLoaders, type StockLoaders } from './stock.loaders.js';
import { createMhpssLoaders, type MhpssLoaders } from '../mhpss/mhpss.loaders.js';
import { createProtectionLoaders, type ProtectionLoaders } from '../protection/protection.loaders.js';

/** Per-request loaders of the assistance and protection services (medical, stock, protection, MHPSS, awareness). */
export interface ServiceLoaders extends MedicalLoaders, StockLoaders, ProtectionLoaders, MhpssLoaders {
  /** Change history of service records by global ID. */
  historyOf: DataLoader<string, AuditEventRow[]>;
}

export function createServiceLoaders(em: EntityManager, site: SiteConfig, viewer: Viewer): ServiceLoaders {
  return {
    historyOf: historyLoader(em),
    ...createMedicalLoaders(em, site, viewer),
    ...createStockLoaders(em),
    ...createProtectionLoaders(em, site, viewer),
    ...createMhpssLoaders(em, site, viewer),
  };
}
