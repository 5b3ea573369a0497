import pg from 'pg';

/**
 * Runs one SQL statement on its own connection and returns the rows: for operations scripts and
 * fault runs that read a database from outside its subgraph (counting what arrived), never for
 * request handling.
 */
export async function queryDatabase<Row extends object>(url: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
