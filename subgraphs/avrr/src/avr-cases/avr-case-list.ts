import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { decodeCursor, pageSize, toConnection, type Connection, type PageArgs } from '@mpa/platform';
import type { AvrCaseFilter } from '../__generated__/resolvers.js';
import { AvrCase, type AvrCaseRecord } from './avr-case.entity.js';

export type AvrCasePage = Connection<AvrCaseRecord> & { count: () => Promise<number> };

/** AVR cases, newest first (keyset pagination on opened_at, id). */
export async function listAvrCases(em: EntityManager, args: PageArgs & { filter?: AvrCaseFilter | null }): Promise<AvrCasePage> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  const where: FilterQuery<AvrCaseRecord> = {};
  if (args.filter?.status) where.status = args.filter.status;
  if (args.filter?.centre) where.centreCode = args.filter.centre;
  if (args.filter?.direction) where.direction = args.filter.direction;
  if (args.filter?.destinationCountry) where.destinationCountry = args.filter.destinationCountry.toUpperCase();
  const page: FilterQuery<AvrCaseRecord> = after
    ? { ...where, $or: [{ openedAt: { $lt: new Date(after[0]!) } }, { openedAt: new Date(after[0]!), id: { $lt: String(after[1]) } }] }
    : where;
  const rows = await em.find(AvrCase, page, { orderBy: { openedAt: 'desc', id: 'desc' }, limit: size + 1 });
  return {
    ...toConnection(rows, size, (c) => [c.openedAt.toISOString(), c.id]),
    count: () => em.count(AvrCase, where),
  };
}
