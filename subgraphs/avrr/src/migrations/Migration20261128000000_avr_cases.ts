import { Migration } from '@mikro-orm/migrations';

/** The AVR case file, with at most one active case per migrant. */
export class Migration20261128000000_avr_cases extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE SEQUENCE avr_case_number_seq');
    this.addSql(`
      CREATE TABLE avr_case (
        id uuid PRIMARY KEY,
        case_number text NOT NULL UNIQUE,
        direction text NOT NULL CHECK (direction IN ('TO_COUNTRY_OF_ORIGIN', 'TO_SOMALIA')),
        status text NOT NULL,
        migrant_id text,
        centre_code text,
        destination_country char(3) NOT NULL,
        destination_region text,
        opened_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql(`CREATE UNIQUE INDEX avr_case_active_migrant_idx ON avr_case (migrant_id)
                 WHERE status NOT IN ('CLOSED', 'WITHDRAWN', 'REJECTED', 'CANCELLED')`);
    this.addSql('CREATE INDEX avr_case_migrant_idx ON avr_case (migrant_id, opened_at DESC)');
    this.addSql('CREATE INDEX avr_case_opened_idx ON avr_case (opened_at DESC, id DESC)');
    this.addSql('CREATE INDEX avr_case_status_idx ON avr_case (status, centre_code)');
  }
}
