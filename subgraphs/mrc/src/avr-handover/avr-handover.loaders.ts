import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AvrOutbox, type AvrOutboxRecord } from './avr-outbox.entity.js';

export interface AvrHandoverLoaders {
  /** The latest AVR request of each migrant: one query for a whole page of migrants. */
  avrRequestByMigrant: DataLoader<string, AvrOutboxRecord | null>;
}

export function createAvrHandoverLoaders(em: EntityManager): AvrHandoverLoaders {
  return {
    avrRequestByMigrant: new DataLoader(async (ids) => {
      const rows = await em.find(AvrOutbox, { migrantId: { $in: [...ids] } }, { orderBy: { requestedAt: 'desc', id: 'desc' } });
      const latest = new Map<string, AvrOutboxRecord>();
      for (const row of rows) if (!latest.has(row.migrantId)) latest.set(row.migrantId, row);
      return ids.map((id) => latest.get(id) ?? null);
    }),
  };
}
