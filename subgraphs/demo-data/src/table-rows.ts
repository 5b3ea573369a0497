import type pg from 'pg';

/** PostgreSQL types the demo data writes; array columns travel as array literals (unnest cannot return arrays). */
export type ColumnType = 'uuid' | 'text' | 'date' | 'timestamptz' | 'bool' | 'int' | 'numeric' | 'jsonb' | 'text[]';

/** Rows for one table, kept column by column (what a batched `unnest` insert sends). */
export class TableRows<C extends string = string> {
  readonly values: unknown[][];

  constructor(readonly table: string, readonly columns: readonly (readonly [C, ColumnType])[]) {
    this.values = columns.map(() => []);
  }

  get length(): number {
    return this.values[0]?.length ?? 0;
  }

  add(row: Record<C, unknown>): void {
    this.columns.forEach(([name, type], i) => {
      const value = row[name];
      this.values[i]!.push(type === 'text[]' ? arrayLiteral(value as readonly string[]) : type === 'jsonb' && value !== null ? JSON.stringify(value) : value);
    });
  }
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

const BATCH = 5000;

/**
 * Inserts the rows in batches of `BATCH` (one `INSERT … SELECT FROM unnest(…)` per batch, in the
 * order added: identity columns such as the stock ledger's `seq` follow it). Reports rows written.
 */
export async function insertRows(client: pg.Client, rows: TableRows, onRows: (n: number) => void = () => {}): Promise<void> {
  const names = rows.columns.map(([name]) => name);
  const unnestTypes = rows.columns.map(([, type], i) => `$${i + 1}::${type === 'text[]' ? 'text' : type}[]`);
  const select = rows.columns.map(([name, type]) => (type === 'text[]' ? `t.${name}::text[]` : `t.${name}`));
  const sql = `INSERT INTO ${rows.table} (${names.join(', ')})
    SELECT ${select.join(', ')} FROM unnest(${unnestTypes.join(', ')}) WITH ORDINALITY AS t(${names.join(', ')}, ord) ORDER BY ord`;
  for (let i = 0; i < rows.length; i += BATCH) {
    await client.query(sql, rows.values.map((column) => column.slice(i, i + BATCH)));
    onRows(Math.min(BATCH, rows.length - i));
  }
}
