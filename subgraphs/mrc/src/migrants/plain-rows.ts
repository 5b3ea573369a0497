import type { EntitySchema, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * Read-only loaders return plain records, not managed entities. Creating an entity registers it in the
 * identity map and snapshots it for a flush that a read never makes; on a page of 50 migrants that was
 * about a third of the subgraph's CPU. MikroORM's compiled result mapper (the one `em.find` uses before
 * hydrating) still maps columns to the record's properties and parses timestamps, so each record type
 * is mapped in one place: its entity schema. Writes keep loading entities.
 */

/** Rows of a read-only `SELECT` (knex `?` bindings) as plain records of `entity`. */
export async function plainRows<T extends object>(em: EntityManager, entity: EntitySchema<T>, sql: string, params: readonly unknown[]): Promise<T[]> {
  const meta = em.getMetadata().get<T>(entity.meta.className);
  const driver = em.getDriver();
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql, [...params]);
  return rows.map((row) => driver.mapResult(row as never, meta) as T);
}

/** `em.find` for reads only: the same filter and order, plain records instead of managed entities. */
export function findPlain<T extends object>(em: EntityManager, entity: EntitySchema<T>, where: FilterQuery<T>, orderBy?: QueryOrderMap<T>): Promise<T[]> {
  const qb = em.createQueryBuilder(entity).select('*').where(where);
  if (orderBy) qb.orderBy(orderBy);
  return qb.execute<T[]>('all', true);
}
