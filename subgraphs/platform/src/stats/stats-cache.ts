import type { EntityManager } from '@mikro-orm/postgresql';
import { readDataVersion } from './data-version.js';

/** Runs one indicator statement for the current request (see `StatsCache`). */
export interface StatsReader {
  /** Rows as `execute` gives them, shared between requests (frozen). */
  query<Rows extends object[]>(sql: string, params: unknown[]): Promise<Readonly<Rows>>;
}

/**
 * Rows of indicator statements, kept while the database's data version stays the same: a
 * coordinator's dashboard over a year reads tens of thousands of rows, and asking it again
 * (another coordinator, the next minute) is the common case. Exact, never stale: every committed
 * write changes the version (`createDataVersionSql`), and a request reads the version before it
 * computes anything, so an entry can only ever be newer than its version claims. Concurrent
 * requests for the same statement share one computation. Rows are frozen: requests share them.
 */
export class StatsCache {
  private readonly entries = new Map<string, Promise<readonly Readonly<object>[]>>();

  constructor(private readonly maxEntries = 500) {}

  /** A reader for one request: the data version is read once, on its first statement. */
  forRequest(em: EntityManager): StatsReader {
    let version: Promise<string> | undefined;
    return {
      query: async <Rows extends object[]>(sql: string, params: unknown[]) => {
        checkPlaceholders(sql, params);
        version ??= readDataVersion(em);
        const key = `${await version}\n${sql}\n${JSON.stringify(params)}`;
        return (await this.get(key, () => em.getConnection().execute<Rows>(sql, params))) as Readonly<Rows>;
      },
    };
  }

  /** How many results are kept (for tests). */
  get size(): number {
    return this.entries.size;
  }

  private get(key: string, compute: () => Promise<object[]>): Promise<readonly Readonly<object>[]> {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: the Map's order is the eviction order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const result = compute().then(deepFreeze);
    this.entries.set(key, result);
    result.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return result;
  }
}

/**
 * MikroORM fills a placeholder without a value with NULL instead of failing, which silently drops a
 * condition from the statement (a period filter that was never applied): refused here instead.
 */
function checkPlaceholders(sql: string, params: unknown[]): void {
  const placeholders = sql.match(/\?/g)?.length ?? 0;
  if (placeholders !== params.length) throw new Error(`indicator statement has ${placeholders} placeholders but ${params.length} values`);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
