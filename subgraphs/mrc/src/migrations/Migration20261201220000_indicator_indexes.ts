import { Migration } from '@mikro-orm/migrations';

/**
 * Date indexes for the coordinators' dashboard: the case-management and vulnerability indicators
 * count screenings, counselling, AVR requests and closures in a period, and without these each
 * was a sequential scan of the whole table (10 years at Bossaso: caseManagement 78 → 35 ms,
 * vulnerabilities 36 → 17 ms; evidence in gateway/bench-results/).
 */
export class Migration20261201220000_indicator_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE INDEX vulnerability_screening_screened_idx ON vulnerability_screening (screened_on)');
    this.addSql('CREATE INDEX counselling_session_held_idx ON counselling_session (held_on)');
    this.addSql('CREATE INDEX avr_outbox_requested_idx ON avr_outbox (requested_at)');
    this.addSql('CREATE INDEX migrant_closed_idx ON migrant (case_status, closed_at) WHERE closed_at IS NOT NULL');
  }
}
