import { Migration } from '@mikro-orm/migrations';

/** Movements (departures carrying many cases), and the case's booking on one. */
export class Migration20261128030000_movements extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE SEQUENCE avr_movement_number_seq');
    this.addSql(`
      CREATE TABLE avr_movement (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        mode text NOT NULL CHECK (mode IN ('AIR', 'ROAD_CONVOY', 'CHARTER')),
        status text NOT NULL CHECK (status IN ('PLANNED', 'DEPARTED', 'ARRIVED', 'CANCELLED')),
        departure_date date NOT NULL,
        route text NOT NULL,
        destination_country char(3) NOT NULL,
        escorts jsonb NOT NULL DEFAULT '[]',
        departed_at timestamptz,
        arrived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE,
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql('CREATE INDEX avr_movement_date_idx ON avr_movement (departure_date DESC, id DESC)');
    this.addSql('ALTER TABLE avr_case ADD COLUMN movement_id uuid REFERENCES avr_movement (id)');
    this.addSql('CREATE INDEX avr_case_movement_idx ON avr_case (movement_id) WHERE movement_id IS NOT NULL');
  }
}
