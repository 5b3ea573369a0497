import { Migration } from '@mikro-orm/migrations';
import { RETENTION_AUDIT_SQL } from '@mpa/platform';

/**
 * Retention: when a closed case was anonymised (the job's marker, so a case is done once), the
 * index the job finds due cases with, and the audit log's one permitted redaction.
 */
export class Migration20261201100000_retention extends Migration {
  override async up(): Promise<void> {
    this.addSql('ALTER TABLE migrant ADD COLUMN anonymised_at timestamptz');
    this.addSql(`CREATE INDEX migrant_retention_idx ON migrant ((coalesce(closed_at, registered_at))) WHERE case_status IN ('CLOSED', 'TRANSFERRED') AND anonymised_at IS NULL`);
    for (const sql of RETENTION_AUDIT_SQL) this.addSql(sql);
  }
}
