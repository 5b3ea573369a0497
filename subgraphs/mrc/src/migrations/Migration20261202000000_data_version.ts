import { Migration } from '@mikro-orm/migrations';
import { createDataVersionSql } from '@mpa/platform';

/** The data version the dashboard's indicator cache is checked against (`StatsCache`). */
export class Migration20261202000000_data_version extends Migration {
  override async up(): Promise<void> {
    for (const sql of createDataVersionSql()) this.addSql(sql);
  }
}
