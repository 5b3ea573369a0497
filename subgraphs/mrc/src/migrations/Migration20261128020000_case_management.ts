import { Migration } from '@mikro-orm/migrations';

/**
 * Case management at the registration desk: the extended case file, flags, consent, vulnerability
 * screening, counselling, partner referrals and the AVR hand-over outbox.
 */
export class Migration20261128020000_case_management extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE migrant
        ADD COLUMN alias text,
        ADD COLUMN languages text[] NOT NULL DEFAULT '{}',
        ADD COLUMN document_type text,
        ADD COLUMN document_number text,
        ADD COLUMN migration_reasons text[] NOT NULL DEFAULT '{}',
        ADD COLUMN accompanied boolean,
        ADD COLUMN accompanied_by text,
        ADD COLUMN phone text,
        ADD COLUMN case_owner text,
        ADD COLUMN caseworkers text[] NOT NULL DEFAULT '{}',
        ADD COLUMN risk_level text CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
        ADD COLUMN closed_reason text,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN transferred_to text,
        ADD COLUMN is_unaccompanied_child boolean NOT NULL DEFAULT false,
        ADD COLUMN has_trafficking_indicators boolean NOT NULL DEFAULT false`);
    this.addSql('CREATE INDEX migrant_registration_number_lower_idx ON migrant (lower(registration_number))');

    this.addSql(`
      CREATE TABLE case_flag (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL REFERENCES migrant (id),
        message text NOT NULL,
        raised_by text NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        resolved_by text,
        resolved_at timestamptz,
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql('CREATE INDEX case_flag_migrant_idx ON case_flag (migrant_id, raised_at DESC)');

    this.addSql(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL REFERENCES migrant (id),
        purpose text NOT NULL CHECK (purpose IN ('REGISTRATION', 'DATA_SHARING_WITH_PARTNERS', 'AVR', 'MEDICAL')),
        given_by text NOT NULL CHECK (given_by IN ('MIGRANT', 'GUARDIAN')),
        guardian_name text,
        guardian_relationship text,
        given_on date NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_on date,
        withdrawal_reason text,
        withdrawn_by text,
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1,
        CHECK (given_by = 'MIGRANT' OR (guardian_name IS NOT NULL AND guardian_relationship IS NOT NULL))
      )`);
    this.addSql('CREATE INDEX consent_migrant_idx ON consent (migrant_id, purpose)');

    this.addSql(`
      CREATE TABLE vulnerability_screening (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL REFERENCES migrant (id),
        screened_on date NOT NULL,
        screened_by text NOT NULL,
        factors jsonb NOT NULL DEFAULT '[]',
        assessment text NOT NULL CHECK (assessment IN ('LOW', 'MEDIUM', 'HIGH')),
        needs text[] NOT NULL DEFAULT '{}',
        note text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql('CREATE INDEX vulnerability_screening_migrant_idx ON vulnerability_screening (migrant_id, recorded_at DESC)');

    this.addSql(`
      CREATE TABLE counselling_session (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL REFERENCES migrant (id),
        held_on date NOT NULL,
        topics text[] NOT NULL,
        outcome text,
        follow_up_on date,
        counsellor text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql('CREATE INDEX counselling_session_migrant_idx ON counselling_session (migrant_id, recorded_at DESC)');

    this.addSql(`
      CREATE TABLE partner_organisation (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        services text[] NOT NULL,
        contact text,
        created_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1
      )`);

    this.addSql(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL REFERENCES migrant (id),
        partner_id uuid NOT NULL REFERENCES partner_organisation (id),
        service text NOT NULL,
        need text,
        note text,
        status text NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'REVOKED')),
        status_reason text,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        consent_overridden boolean NOT NULL DEFAULT false,
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql('CREATE INDEX referral_migrant_idx ON referral (migrant_id, requested_at DESC)');
    this.addSql('CREATE INDEX referral_status_idx ON referral (status, requested_at DESC, id DESC)');

    this.addSql(`
      CREATE TABLE avr_outbox (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL REFERENCES migrant (id),
        destination_country char(3) NOT NULL,
        destination_region text,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        is_unaccompanied_child boolean NOT NULL,
        consent_recorded_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        avr_case_id text,
        consent_overridden boolean NOT NULL DEFAULT false,
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql('CREATE INDEX avr_outbox_pending_idx ON avr_outbox (next_attempt_at) WHERE status = \'PENDING\'');
    this.addSql('CREATE INDEX avr_outbox_migrant_idx ON avr_outbox (migrant_id, requested_at DESC)');
    // One request in hand-over per migrant at a time.
    this.addSql(`CREATE UNIQUE INDEX avr_outbox_one_pending_idx ON avr_outbox (migrant_id) WHERE status = 'PENDING'`);
  }
}
