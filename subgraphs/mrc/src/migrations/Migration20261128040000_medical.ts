import { Migration } from '@mikro-orm/migrations';

/** Basic medical assistance: consultations, with an optional referral to a health facility. */
export class Migration20261128040000_medical extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE medical_consultation (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL REFERENCES migrant (id),
        consulted_on date NOT NULL,
        presenting_complaint text NOT NULL,
        observations text,
        treatment_given text,
        medication text,
        referral_facility text,
        referral_reason text,
        referral_urgency text CHECK (referral_urgency IN ('ROUTINE', 'URGENT', 'EMERGENCY')),
        follow_up_on date,
        follow_up_notes text,
        delivered_by text NOT NULL,
        delivered_by_name text NOT NULL,
        delivered_by_role text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1,
        CHECK ((referral_facility IS NULL) = (referral_reason IS NULL) AND (referral_facility IS NULL) = (referral_urgency IS NULL)),
        CHECK (follow_up_on IS NULL OR follow_up_on >= consulted_on)
      )`);
    this.addSql('CREATE INDEX medical_consultation_migrant_idx ON medical_consultation (migrant_id, consulted_on DESC, id DESC)');
    this.addSql('CREATE INDEX medical_consultation_date_idx ON medical_consultation (consulted_on)');
  }
}
