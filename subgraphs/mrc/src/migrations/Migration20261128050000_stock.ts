import { Migration } from '@mikro-orm/migrations';

/**
 * Emergency assistance: the centre's stock as a ledger. `stock_item.balance` is the running level,
 * changed only together with a movement under the item's row lock; the CHECK is the last line of
 * defence against going below zero.
 */
export class Migration20261128050000_stock extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE stock_item (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        category text NOT NULL CHECK (category IN ('NFI', 'HYGIENE', 'OTHER')),
        unit text NOT NULL,
        low_stock_threshold integer NOT NULL CHECK (low_stock_threshold >= 0),
        balance integer NOT NULL DEFAULT 0 CHECK (balance >= 0),
        idempotency_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    this.addSql('CREATE UNIQUE INDEX stock_item_name_idx ON stock_item (lower(name))');
    this.addSql(`
      CREATE TABLE distribution (
        id uuid PRIMARY KEY,
        migrant_id uuid NOT NULL REFERENCES migrant (id),
        distributed_on date NOT NULL,
        notes text,
        idempotency_key text UNIQUE,
        delivered_by text NOT NULL,
        delivered_by_name text NOT NULL,
        delivered_by_role text,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    this.addSql('CREATE INDEX distribution_migrant_idx ON distribution (migrant_id, distributed_on DESC, id DESC)');
    this.addSql('CREATE INDEX distribution_date_idx ON distribution (distributed_on)');
    this.addSql(`
      CREATE TABLE stock_movement (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        item_id uuid NOT NULL REFERENCES stock_item (id),
        kind text NOT NULL CHECK (kind IN ('RECEIPT', 'DISTRIBUTION')),
        quantity integer NOT NULL CHECK (quantity > 0),
        balance_after integer NOT NULL CHECK (balance_after >= 0),
        occurred_on date NOT NULL,
        source text,
        distribution_id uuid REFERENCES distribution (id),
        migrant_id uuid REFERENCES migrant (id),
        idempotency_key text UNIQUE,
        delivered_by text NOT NULL,
        delivered_by_name text NOT NULL,
        delivered_by_role text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'RECEIPT') = (source IS NOT NULL)),
        CHECK ((kind = 'DISTRIBUTION') = (distribution_id IS NOT NULL AND migrant_id IS NOT NULL))
      )`);
    this.addSql('CREATE INDEX stock_movement_item_idx ON stock_movement (item_id, seq DESC)');
    this.addSql('CREATE INDEX stock_movement_distribution_idx ON stock_movement (distribution_id)');
    this.addSql('CREATE INDEX stock_movement_date_idx ON stock_movement (occurred_on)');
  }
}
