import { Migration } from '@mikro-orm/migrations';

/** Awareness-raising and information sessions: attendance as counts by sex and age group, no names. */
export class Migration20261128080000_awareness extends Migration {
  override async up(): Promise<void> {
    const counts = ['female_0_to_17', 'female_18_to_29', 'female_30_to_59', 'female_60_plus', 'male_0_to_17', 'male_18_to_29', 'male_30_to_59', 'male_60_plus']
      .map((c) => `${c} integer NOT NULL DEFAULT 0 CHECK (${c} >= 0)`)
      .join(',\n        ');
    this.addSql(`
      CREATE TABLE awareness_session (
        id uuid PRIMARY KEY,
        topic text NOT NULL CHECK (topic IN ('SAFE_MIGRATION', 'RISKS_OF_IRREGULAR_MIGRATION', 'TRAFFICKING', 'AVR', 'HEALTH', 'RIGHTS', 'GBV', 'OTHER')),
        topic_other text,
        place text NOT NULL,
        held_on date NOT NULL,
        facilitator text NOT NULL,
        ${counts},
        notes text,
        idempotency_key text UNIQUE,
        delivered_by text NOT NULL,
        delivered_by_name text NOT NULL,
        delivered_by_role text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((topic = 'OTHER') = (topic_other IS NOT NULL))
      )`);
    this.addSql('CREATE INDEX awareness_session_held_idx ON awareness_session (held_on DESC, id DESC)');
  }
}
