import { Migration } from '@mikro-orm/migrations';

/** An AVR request AVRR refuses for good (invalid, or not this centre's to make) is closed as FAILED instead of retried forever. */
export class Migration20261201200000_avr_handover_failed extends Migration {
  override async up(): Promise<void> {
    this.addSql('ALTER TABLE avr_outbox DROP CONSTRAINT avr_outbox_status_check');
    this.addSql(`ALTER TABLE avr_outbox ADD CONSTRAINT avr_outbox_status_check CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))`);
  }
}
