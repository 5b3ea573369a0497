import { Migration } from '@mikro-orm/migrations';

const INDICATORS = [
  'ECONOMIC_SATISFACTION', 'FOOD_SECURITY', 'EMPLOYMENT', 'DEBT_BURDEN', 'BORROWING_ABILITY',
  'HOUSING', 'EDUCATION_ACCESS', 'HEALTH_ACCESS', 'DOCUMENTATION', 'SAFE_WATER',
  'SUPPORT_NETWORK', 'COMMUNITY_PARTICIPATION', 'SENSE_OF_BELONGING', 'PSYCHOLOGICAL_WELLBEING', 'NO_PRESSURE_TO_REMIGRATE',
];

/**
 * Sustainability monitoring: scoring configuration as versioned data (one active version), and the
 * survey rounds with the scores computed under the version active at the time. The first version is
 * a documented placeholder (equal weights; LOW/MEDIUM/HIGH at 0.33/0.66) for a programme to replace.
 */
export class Migration20261128050000_sustainability extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE sustainability_scoring_version (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE,
        description text NOT NULL,
        indicator_weights jsonb NOT NULL,
        dimension_weights jsonb NOT NULL,
        thresholds jsonb NOT NULL,
        active boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL
      )`);
    this.addSql('CREATE UNIQUE INDEX sustainability_scoring_one_active_idx ON sustainability_scoring_version (active) WHERE active');
    const weights = JSON.stringify(Object.fromEntries(INDICATORS.map((i) => [i, 1])));
    this.addSql(`INSERT INTO sustainability_scoring_version (id, name, description, indicator_weights, dimension_weights, thresholds, active, created_by)
      VALUES ('00000000-0000-4000-8000-000000000001', 'placeholder-1',
        'PLACEHOLDER shipped with the system, not official IOM weights: equal indicator and dimension weights; LOW < 0.33 <= MEDIUM < 0.66 <= HIGH. Replace with the programme''s own.',
        '${weights}', '{"ECONOMIC": 1, "SOCIAL": 1, "PSYCHOSOCIAL": 1}',
        '[{"level": "LOW", "minComposite": 0}, {"level": "MEDIUM", "minComposite": 0.33}, {"level": "HIGH", "minComposite": 0.66}]',
        true, 'system')`);
    this.addSql(`
      CREATE TABLE sustainability_survey (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES avr_case (id),
        round integer NOT NULL CHECK (round >= 0),
        conducted_on date NOT NULL,
        answers jsonb NOT NULL,
        scoring_version_id uuid NOT NULL REFERENCES sustainability_scoring_version (id),
        economic_score numeric(5, 4) NOT NULL CHECK (economic_score BETWEEN 0 AND 1),
        social_score numeric(5, 4) NOT NULL CHECK (social_score BETWEEN 0 AND 1),
        psychosocial_score numeric(5, 4) NOT NULL CHECK (psychosocial_score BETWEEN 0 AND 1),
        composite_score numeric(5, 4) NOT NULL CHECK (composite_score BETWEEN 0 AND 1),
        level text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE,
        UNIQUE (case_id, round)
      )`);
    this.addSql('CREATE INDEX sustainability_survey_round_idx ON sustainability_survey (round, conducted_on)');
  }
}
