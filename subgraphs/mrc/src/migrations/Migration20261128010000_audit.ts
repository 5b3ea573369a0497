import { Migration } from '@mikro-orm/migrations';
import { AUDIT_TABLE_SQL } from '@mpa/platform';

/** The append-only audit log (who, when, what, on which record). */
export class Migration20261128010000_audit extends Migration {
  override async up(): Promise<void> {
    for (const sql of AUDIT_TABLE_SQL) this.addSql(sql);
  }
}
