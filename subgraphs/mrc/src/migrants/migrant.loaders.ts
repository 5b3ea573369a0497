import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Migrant, type MigrantRecord } from './migrant.entity.js';

export interface MigrantLoaders {
  /** Migrants by local UUID: one query per request however many references arrive. */
  migrantById: DataLoader<string, MigrantRecord | null>;
}

export function createMigrantLoaders(em: EntityManager): MigrantLoaders {
  return {
    migrantById: new DataLoader(async (ids) => {
      const rows = await em.find(Migrant, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
