import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { decodeCursor, pageSize, toConnection, type Connection, type PageArgs } from '@mpa/platform';
import type { MovementFilter } from '../__generated__/resolvers.js';
import { Movement, type MovementRecord } from './movement.entity.js';

export type MovementPage = Connection<MovementRecord>;

/** Movements, latest departure date first (keyset pagination on departure_date, id). */
export async function listMovements(em: EntityManager, args: PageArgs & { filter?: MovementFilter | null }): Promise<MovementPage> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  const where: FilterQuery<MovementRecord> = {};
  if (args.filter?.status) where.status = args.filter.status;
  if (args.filter?.destinationCountry) where.destinationCountry = args.filter.destinationCountry;
  const page: FilterQuery<MovementRecord> = after
    ? { ...where, $or: [{ departureDate: { $lt: String(after[0]) } }, { departureDate: String(after[0]), id: { $lt: String(after[1]) } }] }
    : where;
  const rows = await em.find(Movement, page, { orderBy: { departureDate: 'desc', id: 'desc' }, limit: size + 1 });
  return toConnection(rows, size, (m) => [m.departureDate, m.id]);
}
