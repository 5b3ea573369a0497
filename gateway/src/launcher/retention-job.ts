import { anonymiseClosedAvrCases, AVRR_ENTITIES, AVRR_DATABASE, avrrMigrations } from '@mpa/avrr';
import { anonymiseClosedCases, siteEntities, siteMigrations } from '@mpa/mrc';
import { ensureDatabase, initORM, subgraphDatabaseUrl, type RetentionReport, type SiteConfig } from '@mpa/platform';
import type { EntityManager } from '@mikro-orm/postgresql';

export const DEFAULT_RETENTION_YEARS = 5;

export interface HubRetentionOptions {
  /** The server every subgraph database lives on (`<NAME>_DATABASE_URL` still wins for a database of its own). */
  serverUrl: string;
  sites: readonly SiteConfig[];
  avrrDatabase?: string;
  closedBefore: Date;
  dryRun: boolean;
}

/** What the job did (or would do) in one subgraph's database. */
export interface SubgraphRetention extends RetentionReport {
  subgraph: string;
  database: string;
}

/** `years` before `now`: cases closed before this are past retention. */
export function retentionCutoff(years: number, now = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/**
 * Runs the retention job over every subgraph's database: each centre's closed cases, then AVRR's
 * finished case files. Each database is migrated first, as its subgraph would at start-up.
 */
export async function runHubRetention(options: HubRetentionOptions): Promise<SubgraphRetention[]> {
  const env = { ...process.env, DATABASE_URL: options.serverUrl };
  const targets = [
    ...options.sites.map((site) => ({ subgraph: site.code, database: site.database, entities: siteEntities, migrations: siteMigrations,
      run: (em: EntityManager) => anonymiseClosedCases(em, site, options) })),
    { subgraph: 'avrr', database: options.avrrDatabase ?? AVRR_DATABASE, entities: AVRR_ENTITIES, migrations: avrrMigrations,
      run: (em: EntityManager) => anonymiseClosedAvrCases(em, options) },
  ];
  const reports: SubgraphRetention[] = [];
  for (const target of targets) {
    const url = subgraphDatabaseUrl(target.database, env);
    await ensureDatabase(url, new URL(url).pathname.slice(1));
    const db = await initORM({ clientUrl: url, entities: target.entities, migrations: target.migrations, poolSize: 2 });
    try {
      const report = await target.run(db.orm.em.fork() as unknown as EntityManager);
      reports.push({ subgraph: target.subgraph, database: target.database, ...report });
    } finally {
      await db.close();
    }
  }
  return reports;
}
