import { Migration } from '@mikro-orm/migrations';

/** Administrative, logistical and financial support per case; reintegration plans and their activities. */
export class Migration20261128040000_support_reintegration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE avr_support (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES avr_case (id),
        kind text NOT NULL CHECK (kind IN ('DOCUMENT', 'TRANSPORT', 'POCKET_MONEY', 'TRAVEL_ALLOWANCE', 'OTHER')),
        description text,
        document_type text,
        document_number text,
        issued_on date,
        transport_mode text,
        amount numeric(12, 2) CHECK (amount >= 0),
        currency char(3),
        provided_on date NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE,
        CHECK ((amount IS NULL) = (currency IS NULL))
      )`);
    this.addSql('CREATE INDEX avr_support_case_idx ON avr_support (case_id, provided_on)');
    this.addSql(`
      CREATE TABLE reintegration_plan (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL UNIQUE REFERENCES avr_case (id),
        scope text NOT NULL CHECK (scope IN ('INDIVIDUAL', 'HOUSEHOLD', 'COMMUNITY')),
        summary text,
        beneficiaries integer NOT NULL DEFAULT 1 CHECK (beneficiaries > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql(`
      CREATE TABLE reintegration_activity (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES reintegration_plan (id),
        dimension text NOT NULL CHECK (dimension IN ('ECONOMIC', 'SOCIAL', 'PSYCHOSOCIAL')),
        type text NOT NULL,
        modality text NOT NULL CHECK (modality IN ('IN_KIND', 'CASH', 'BOTH')),
        description text,
        amount numeric(12, 2) CHECK (amount >= 0),
        currency char(3),
        partner text,
        status text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DELIVERED', 'CANCELLED')),
        delivered_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1,
        CHECK ((amount IS NULL) = (currency IS NULL))
      )`);
    this.addSql('CREATE INDEX reintegration_activity_plan_idx ON reintegration_activity (plan_id, created_at)');
  }
}
