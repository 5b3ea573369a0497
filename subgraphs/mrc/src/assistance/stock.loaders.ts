import type { EntityManager } from '@mikro-orm/postgresql';
import type { Connection } from '@mpa/platform';
import DataLoader from 'dataloader';
import { groupByKey } from '../migrants/group-by-key.js';
import { findPlainIn } from '../migrants/plain-rows.js';
import { migrantPageLoader, type ChildPageKey } from './service-delivery.js';
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
      const rows = await findPlainIn(em, StockItem, 'id', ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    distributionsByMigrant: migrantPageLoader(em, Distribution, 'distributedOn'),
    linesByDistribution: new DataLoader(async (ids) => {
      const rows = await findPlainIn(em, StockMovement, 'distributionId', ids, { seq: 'asc' });
      return groupByKey(ids, rows, (m) => m.distributionId);
    }),
  };
}
