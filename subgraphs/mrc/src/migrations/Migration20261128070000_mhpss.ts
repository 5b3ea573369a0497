import { Migration } from '@mikro-orm/migrations';

/** Psychosocial support: individual sessions, group activities and their attendance. */
export class Migration20261128070000_mhpss extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE mhpss_session (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL REFERENCES migrant (id),
        type text NOT NULL CHECK (type IN ('PSYCHOLOGICAL_FIRST_AID', 'COUNSELLING', 'PSYCHOEDUCATION', 'SPECIALISED_REFERRAL', 'FOLLOW_UP', 'OTHER')),
        held_on date NOT NULL,
        notes text,
        follow_up_on date,
        idempotency_key text UNIQUE,
        delivered_by text NOT NULL,
        delivered_by_name text NOT NULL,
        delivered_by_role text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (follow_up_on IS NULL OR follow_up_on >= held_on)
      )`);
    this.addSql('CREATE INDEX mhpss_session_migrant_idx ON mhpss_session (migrant_id, held_on DESC, id DESC)');
    this.addSql('CREATE INDEX mhpss_session_date_idx ON mhpss_session (held_on)');
    this.addSql(`
      CREATE TABLE mhpss_group_activity (
        id uuid PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('SUPPORT_GROUP', 'PSYCHOEDUCATION', 'RECREATIONAL', 'ART_AND_CULTURE', 'SPORTS', 'OTHER')),
        held_on date NOT NULL,
        facilitator text NOT NULL,
        notes text,
        idempotency_key text UNIQUE,
        delivered_by text NOT NULL,
        delivered_by_name text NOT NULL,
        delivered_by_role text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql('CREATE INDEX mhpss_group_activity_date_idx ON mhpss_group_activity (held_on DESC, id DESC)');
    this.addSql(`
      CREATE TABLE mhpss_attendance (
        activity_id uuid NOT NULL REFERENCES mhpss_group_activity (id) ON DELETE CASCADE,
        migrant_id uuid NOT NULL REFERENCES migrant (id),
        attended boolean NOT NULL DEFAULT true,
        PRIMARY KEY (activity_id, migrant_id)
      )`);
    this.addSql('CREATE INDEX mhpss_attendance_migrant_idx ON mhpss_attendance (migrant_id)');
  }
}
