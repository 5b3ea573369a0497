import { Migration } from '@mikro-orm/migrations';

/** Protection: UAM cases (one per child) and trafficking cases (one per migrant). */
export class Migration20261128060000_protection extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE uam_case (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL UNIQUE REFERENCES migrant (id),
        opened_on date NOT NULL,
        separation text NOT NULL CHECK (separation IN ('UNACCOMPANIED', 'SEPARATED')),
        family_tracing_status text NOT NULL CHECK (family_tracing_status IN ('NOT_STARTED', 'IN_PROGRESS', 'FAMILY_LOCATED', 'REUNIFIED', 'NOT_POSSIBLE')),
        bia_assessed_on date,
        bia_findings text,
        bia_assessed_by text,
        bid_decision text,
        bid_decided_on date,
        bid_panel text,
        guardian_name text,
        guardian_relationship text,
        guardian_contact text,
        guardian_appointed_on date,
        escort_needs text,
        idempotency_key text UNIQUE,
        delivered_by text NOT NULL,
        delivered_by_name text NOT NULL,
        delivered_by_role text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql('CREATE INDEX uam_case_opened_idx ON uam_case (opened_on DESC, id DESC)');
    this.addSql(`
      CREATE TABLE trafficking_case (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL UNIQUE REFERENCES migrant (id),
        opened_on date NOT NULL,
        screened_on date NOT NULL,
        act_indicators text[] NOT NULL DEFAULT '{}',
        means_indicators text[] NOT NULL DEFAULT '{}',
        purpose_indicators text[] NOT NULL DEFAULT '{}',
        purpose_other text,
        screening_notes text,
        identification text NOT NULL CHECK (identification IN ('IDENTIFIED', 'NOT_IDENTIFIED', 'PENDING')),
        identified_on date,
        identified_by text,
        assistance_plan jsonb NOT NULL DEFAULT '[]',
        idempotency_key text UNIQUE,
        delivered_by text NOT NULL,
        delivered_by_name text NOT NULL,
        delivered_by_role text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (identification = 'PENDING' OR (identified_on IS NOT NULL AND identified_by IS NOT NULL))
      )`);
    this.addSql('CREATE INDEX trafficking_case_opened_idx ON trafficking_case (opened_on DESC, id DESC)');
  }
}
