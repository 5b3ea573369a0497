import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { cleanText, decodeCursor, InputCheck, isCountryCode, pageSize, toConnection, type Connection, type PageArgs } from '@mpa/platform';
import type { AgeBand, MigrantFilter } from '../__generated__/resolvers.js';
import { Migrant, type MigrantRecord } from './migrant.entity.js';

/** Age bands as date-of-birth ranges relative to today, so the date_of_birth index serves them. */
const AGE_BAND_SQL: Record<AgeBand, string> = {
  AGE_0_17: `m.date_of_birth > current_date - interval '18 years'`,
  AGE_18_29: `m.date_of_birth <= current_date - interval '18 years' and m.date_of_birth > current_date - interval '30 years'`,
  AGE_30_59: `m.date_of_birth <= current_date - interval '30 years' and m.date_of_birth > current_date - interval '60 years'`,
  AGE_60_PLUS: `m.date_of_birth <= current_date - interval '60 years'`,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function checkFilter(filter: MigrantFilter | null | undefined): void {
  if (!filter) return;
  const check = new InputCheck('filter');
  if (filter.nationality != null && !isCountryCode(filter.nationality)) check.fail('nationality', 'must be an ISO 3166-1 alpha-3 code');
  if (filter.name != null && filter.name.length > 100) check.fail('name', 'must be at most 100 characters');
  if (filter.registeredFrom && filter.registeredTo && filter.registeredFrom > filter.registeredTo) {
    check.fail('registeredTo', 'must not be before registeredFrom');
  }
  check.done();
}

function applyFilter(qb: QueryBuilder<MigrantRecord>, filter: MigrantFilter | null | undefined): void {
  if (!filter) return;
  const name = cleanText(filter.name);
  // Written as the expression migrant_name_lower_trgm_idx indexes: ILIKE's matches, cheaper to recheck.
  if (name) qb.andWhere(`lower(m.given_name || ' ' || m.family_name) like lower(?)`, [`%${escapeLike(name)}%`]);
  if (filter.nationality) qb.andWhere({ nationality: filter.nationality });
  if (filter.sex) qb.andWhere({ sex: filter.sex });
  if (filter.caseStatus) qb.andWhere({ caseStatus: filter.caseStatus });
  if (filter.ageBand) qb.andWhere(AGE_BAND_SQL[filter.ageBand]);
  if (filter.registeredFrom) qb.andWhere('m.registered_at >= ?::date', [filter.registeredFrom]);
  if (filter.registeredTo) qb.andWhere(`m.registered_at < ?::date + 1`, [filter.registeredTo]);
}

/** The name, when it is all a filter asks for (the search box): then the count needs only names. */
function nameOnly(filter: MigrantFilter | null | undefined): string | null {
  if (!filter || Object.entries(filter).some(([key, value]) => key !== 'name' && value != null)) return null;
  return cleanText(filter.name) || null;
}

/**
 * How many names contain the fragment: the same matches as the list's filter, counted in
 * migrant_search_name (its triggers keep exactly one lower-cased name per migrant), whose small
 * rows are cheap to recheck where the migrant table's would each cost a wide row.
 */
async function countByName(em: EntityManager, name: string): Promise<number> {
  const [row] = await em.getConnection().execute<{ n: string }[]>(
    'SELECT count(*) AS n FROM migrant_search_name WHERE name LIKE lower(?)',
    [`%${escapeLike(name)}%`],
  );
  return Number(row?.n ?? 0);
}

/** A page of migrants; the total is counted only when a client asks for it. */
export type MigrantPage = Connection<MigrantRecord> & { count: () => Promise<number> };

/** A page of a centre's migrants, newest registration first (keyset pagination on registered_at, id). */
export async function listMigrants(
  em: EntityManager,
  args: PageArgs & { filter?: MigrantFilter | null },
): Promise<MigrantPage> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  checkFilter(args.filter);

  const qb = em.createQueryBuilder(Migrant, 'm').select('*');
  applyFilter(qb, args.filter);
  if (after) qb.andWhere('(m.registered_at, m.id) < (?::timestamptz, ?::uuid)', [after[0], after[1]]);
  qb.orderBy({ registeredAt: 'desc', id: 'desc' }).limit(size + 1);
  // Plain records through MikroORM's result mapper (read-only), not managed entities: see plain-rows.ts.
  const rows = await qb.execute<MigrantRecord[]>('all', true);

  const connection = toConnection(rows, size, (m) => [m.registeredAt.toISOString(), m.id]);
  return {
    ...connection,
    count: async () => {
      const name = nameOnly(args.filter);
      if (name) return countByName(em, name);
      const count = em.createQueryBuilder(Migrant, 'm');
      applyFilter(count, args.filter);
      return count.getCount();
    },
  };
}
