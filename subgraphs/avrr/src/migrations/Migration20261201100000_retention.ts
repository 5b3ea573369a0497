import { Migration } from '@mikro-orm/migrations';
import { RETENTION_AUDIT_SQL } from '@mpa/platform';

/** Retention: when a finished AVR case was anonymised (so a case is done once), and the audit log's one permitted redaction. */
export class Migration20261201100000_retention extends Migration {
  override async up(): Promise<void> {
    this.addSql('ALTER TABLE avr_case ADD COLUMN anonymised_at timestamptz');
    for (const sql of RETENTION_AUDIT_SQL) this.addSql(sql);
  }
}
