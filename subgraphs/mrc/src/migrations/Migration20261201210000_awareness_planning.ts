import { Migration } from '@mikro-orm/migrations';

/** Awareness sessions can be planned before they are held: a status, every existing session HELD. */
export class Migration20261201210000_awareness_planning extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE awareness_session ADD COLUMN status text NOT NULL DEFAULT 'HELD' CHECK (status IN ('PLANNED', 'HELD'))`);
    this.addSql('CREATE INDEX awareness_session_status_idx ON awareness_session (status, held_on DESC, id DESC)');
  }
}
