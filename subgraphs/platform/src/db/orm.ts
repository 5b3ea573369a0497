import { DefaultLogger, type LoggerOptions, type MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type EntitySchema } from '@mikro-orm/postgresql';
import pg from 'pg';

/** Counts every SQL statement the ORM sends, so tests and benchmarks can prove there is no N+1. */
export class StatementCounter {
  count = 0;
}

class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly counter: StatementCounter) {
    super(options);
  }
  override logQuery(context: Parameters<DefaultLogger['logQuery']>[0]): void {
    this.counter.count++;
    super.logQuery(context);
  }
}

/** The part of knex's (tarn) pool the metrics read. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

export interface OrmOptions {
  clientUrl: string;
  entities: EntitySchema<any, any>[];
  migrations: MigrationObject[];
  debug?: boolean;
  poolSize?: number;
}

export interface Database {
  orm: MikroORM;
  statements: StatementCounter;
  /** Answers whether the database is reachable (used by /health). */
  ping(): Promise<boolean>;
  /** Connections of the pool in use, idle, and requests waiting for one (for /metrics). */
  pool(): { used: number; free: number; pending: number };
  close(): Promise<void>;
}

/** The advisory lock key of migrations (advisory locks are per database, so subgraphs never wait for each other). */
const MIGRATION_LOCK = 4_242_009;

/**
 * Replicas of a subgraph starting together migrate one at a time: the first applies the pending
 * migrations, the others wait on the lock and then find none left. Held on a connection of its own.
 */
async function withMigrationLock<T>(url: string, migrate: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await migrate();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}

/** Connects, applies the committed migrations, and returns the ORM. Schema changes only happen here. */
export async function initORM(options: OrmOptions): Promise<Database> {
  const statements = new StatementCounter();
  const orm = await MikroORM.init({
    clientUrl: options.clientUrl,
    entities: options.entities,
    extensions: [Migrator],
    migrations: { migrationsList: options.migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    debug: options.debug ?? false,
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions, statements),
    pool: { min: 0, max: options.poolSize ?? 10 },
    // Fail fast while the server is away (restart, failover, network): a connection attempt gives up
    // after 5 s and a request waits for a pooled connection no longer than the gateway waits for
    // the subgraph (10 s); the pool drops dead connections and connects anew when the server is back.
    driverOptions: { acquireConnectionTimeout: 10_000, connection: { connectionTimeoutMillis: 5_000 } },
    allowGlobalContext: false,
    forceUtcTimezone: true,
  });
  await withMigrationLock(options.clientUrl, () => orm.getMigrator().up());
  return {
    orm,
    statements,
    ping: async () => {
      try {
        await orm.em.getConnection().execute('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    pool: () => {
      const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
      return { used: pool?.numUsed() ?? 0, free: pool?.numFree() ?? 0, pending: pool?.numPendingAcquires() ?? 0 };
    },
    close: () => orm.close(true),
  };
}
