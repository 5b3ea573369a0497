import type { EntityManager } from '@mikro-orm/postgresql';
import type { Connection } from '@mpa/platform';
import DataLoader from 'dataloader';
import { childPageLoader, type ChildPageKey } from './service-delivery.js';
import { Distribution, StockItem, StockMovement, type DistributionRecord, type StockItemRecord, type StockMovementRecord } from './stock.entity.js';

export interface StockLoaders {
  stockItemById: DataLoader<string, StockItemRecord | null>;
  /** A page of distributions per migrant, most recent first. */
  distributionsByMigrant: DataLoader<ChildPageKey, Connection<DistributionRecord>, string>;
  /** The DISTRIBUTION movements (items and quantities) of each distribution. */
  linesByDistribution: DataLoader<string, StockMovementRecord[]>;
}

export function createStockLoaders(em: EntityManager): StockLoaders {
  return {
    stockItemById: new DataLoader(async (ids) => {
      const rows = await em.find(StockItem, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    distributionsByMigrant: childPageLoader(
      (migrantIds, size, after) =>
        em.createQueryBuilder(Distribution, 'd').select('*')
          .where(
            `d.id IN (SELECT id FROM (
               SELECT id, row_number() OVER (PARTITION BY migrant_id ORDER BY distributed_on DESC, id DESC) AS rn
                 FROM distribution
                WHERE migrant_id IN (?) AND (?::date IS NULL OR (distributed_on, id) < (?::date, ?::uuid))
             ) ranked WHERE rn <= ?)`,
            [migrantIds, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, size + 1],
          )
          .orderBy({ migrantId: 'asc', distributedOn: 'desc', id: 'desc' })
          .getResultList(),
      (d) => d.migrantId,
      (d) => [d.distributedOn, d.id],
    ),
    linesByDistribution: new DataLoader(async (ids) => {
      const rows = await em.find(StockMovement, { distributionId: { $in: [...ids] } }, { orderBy: { seq: 'asc' } });
      const byId = new Map<string, StockMovementRecord[]>();
      for (const row of rows) byId.set(row.distributionId!, [...(byId.get(row.distributionId!) ?? []), row]);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}
