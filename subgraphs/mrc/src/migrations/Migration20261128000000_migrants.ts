import { Migration } from '@mikro-orm/migrations';

/** The migrant case file, with the indexes registration search and the caseload lists need. */
export class Migration20261128000000_migrants extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    this.addSql('CREATE SEQUENCE migrant_registration_seq');
    this.addSql(`
      CREATE TABLE migrant (
        id uuid PRIMARY KEY,
        registration_number text NOT NULL UNIQUE,
        given_name text NOT NULL,
        family_name text NOT NULL,
        sex text NOT NULL CHECK (sex IN ('FEMALE', 'MALE')),
        date_of_birth date,
        date_of_birth_estimated boolean NOT NULL DEFAULT false,
        nationality char(3) NOT NULL,
        region_of_origin text,
        has_documents boolean NOT NULL,
        intended_destination char(3),
        arrival_date date NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        case_status text NOT NULL DEFAULT 'OPEN' CHECK (case_status IN ('OPEN', 'CLOSED', 'TRANSFERRED')),
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql('CREATE INDEX migrant_registered_idx ON migrant (registered_at DESC, id DESC)');
    this.addSql(`CREATE INDEX migrant_name_trgm_idx ON migrant USING gin ((given_name || ' ' || family_name) gin_trgm_ops)`);
    this.addSql('CREATE INDEX migrant_nationality_idx ON migrant (nationality)');
    this.addSql('CREATE INDEX migrant_date_of_birth_idx ON migrant (date_of_birth)');
    this.addSql(`CREATE INDEX migrant_open_idx ON migrant (case_status) WHERE case_status = 'OPEN'`);
  }
}
