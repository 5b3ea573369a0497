import { Migration } from '@mikro-orm/migrations';

/**
 * Both directions of return, the lifecycle history, the safeguards of unaccompanied children,
 * the travel document and the intake of referrals from the centres. Additive only: every new
 * column of `avr_case` is nullable or has a default, so existing rows (and the demo seeder) stay valid.
 */
export class Migration20261128020000_avr_lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE avr_case
        ADD COLUMN host_country char(3),
        ADD COLUMN referring_mission text,
        ADD COLUMN returnee_full_name text,
        ADD COLUMN returnee_sex text CHECK (returnee_sex IN ('MALE', 'FEMALE')),
        ADD COLUMN returnee_date_of_birth date,
        ADD COLUMN destination_community text,
        ADD COLUMN is_unaccompanied_child boolean NOT NULL DEFAULT false,
        ADD COLUMN best_interests_determination_ref text,
        ADD COLUMN family_assessment text,
        ADD COLUMN child_consent_at timestamptz,
        ADD COLUMN guardian_consent_at timestamptz,
        ADD COLUMN escort_name text,
        ADD COLUMN hand_over_signed_by text,
        ADD COLUMN hand_over_signed_at timestamptz,
        ADD COLUMN nationality_verified_on date,
        ADD COLUMN travel_document_type text,
        ADD COLUMN travel_document_number text,
        ADD COLUMN travel_document_issued_on date,
        ADD COLUMN referral_id text UNIQUE,
        ADD COLUMN referral_requested_at timestamptz,
        ADD COLUMN consent_recorded_at timestamptz,
        ADD COLUMN updated_at timestamptz`);
    // A TO_SOMALIA case names its host country and its returnee; a centre's case names its migrant.
    this.addSql(`ALTER TABLE avr_case ADD CONSTRAINT avr_case_origin_check CHECK (
        (direction = 'TO_COUNTRY_OF_ORIGIN' AND migrant_id IS NOT NULL AND centre_code IS NOT NULL)
     OR (direction = 'TO_SOMALIA' AND host_country IS NOT NULL AND returnee_full_name IS NOT NULL))`);
    this.addSql(`
      CREATE TABLE avr_case_transition (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES avr_case (id),
        from_status text,
        to_status text NOT NULL,
        note text,
        actor text NOT NULL,
        actor_name text NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    this.addSql('CREATE INDEX avr_case_transition_case_idx ON avr_case_transition (case_id, at)');
    this.addSql('CREATE INDEX avr_case_transition_to_idx ON avr_case_transition (to_status, at)');
  }
}
