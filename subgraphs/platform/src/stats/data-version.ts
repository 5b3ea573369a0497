import type { EntityManager } from '@mikro-orm/postgresql';

/** Tables whose writes never change an indicator (reading a sensitive record writes audit_log). */
const UNTRACKED = ['audit_log', 'mikro_orm_migrations', 'data_version'];

/**
 * The DDL of a database's data version: one row holding a random UUID that every committed write
 * replaces, so an indicator cached under a version is valid exactly while that version is current.
 * A UUID rather than a counter: a database restored from a backup never reuses a version that
 * named other data. Tracks every table that exists when the migration runs; a migration that
 * creates a table later adds `SELECT track_data_version('<table>')` (a test checks none is missed).
 */
export function createDataVersionSql(): string[] {
  return [
    `CREATE TABLE data_version (id boolean PRIMARY KEY DEFAULT true CHECK (id), version uuid NOT NULL)`,
    `INSERT INTO data_version (version) VALUES (gen_random_uuid())`,
    // Deferred to commit and once per transaction: the version's row lock is the last lock a writer
    // takes (so it cannot deadlock with row locks such as stock levels), and a bulk insert bumps once.
    `CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF current_setting('mpa.data_version_bumped', true) IS DISTINCT FROM 'yes' THEN
         UPDATE data_version SET version = gen_random_uuid();
         PERFORM set_config('mpa.data_version_bumped', 'yes', true);
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE FUNCTION track_data_version(t regclass) RETURNS void LANGUAGE plpgsql AS $$
     DECLARE name text := (SELECT relname FROM pg_class WHERE oid = t);
     BEGIN
       EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version()', name || '_data_version', t);
       EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', name || '_data_version_truncate', t);
     END $$`,
    `SELECT track_data_version(quote_ident(tablename)::regclass) FROM pg_tables
      WHERE schemaname = current_schema() AND tablename <> ALL (ARRAY['${UNTRACKED.join("', '")}'])`,
  ];
}

/** Tables of the current schema whose writes would not change the data version (none, when all is well). */
export async function untrackedTables(em: EntityManager): Promise<string[]> {
  const rows = await em.getConnection().execute<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables t
      WHERE schemaname = current_schema() AND tablename NOT IN (?)
        AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = quote_ident(t.tablename)::regclass AND g.tgname = t.tablename || '_data_version')
      ORDER BY tablename`,
    [UNTRACKED],
  );
  return rows.map((r) => r.tablename);
}

/** The current data version: read before computing what is cached under it. */
export async function readDataVersion(em: EntityManager): Promise<string> {
  const [row] = await em.getConnection().execute<{ version: string }[]>('SELECT version FROM data_version');
  if (!row) throw new Error('data_version is empty: the database was not migrated');
  return row.version;
}
