import type { Client } from './load.js';
import type { GraphQLBody, Operation, Samples } from './operations.js';

/** SQL statements every subgraph has sent so far, from their `/metrics` (`mpa_sql_statements`). */
export async function statementTotal(metricsUrls: readonly string[]): Promise<number> {
  let sum = 0;
  for (const url of metricsUrls) {
    const text = await (await fetch(url)).text();
    sum += Number(/^mpa_sql_statements(?:\{[^}]*\})? (\d+)/m.exec(text)?.[1] ?? 0);
  }
  return sum;
}

export interface StatementCount {
  operation: string;
  /** Statements for one request, summed over the subgraphs. */
  statements: number;
  /** For list operations: statements at the smaller and the larger page size. */
  byPageSize?: Record<number, number>;
}

/**
 * Statements one request of each operation costs, sent alone (nothing else runs meanwhile), and
 * for list operations at two page sizes: the counts must be equal (DataLoader batching).
 */
export async function statementsPerOperation(
  ops: readonly Operation[], samples: Samples, client: Client, url: string, tokenOf: (op: Operation) => string, metricsUrls: readonly string[],
): Promise<StatementCount[]> {
  // Reading /metrics runs SQL itself (the AVR outbox backlog gauge): measured with no request in between, and subtracted.
  const count = async (op: Operation, body: GraphQLBody) => {
    const idleStart = await statementTotal(metricsUrls);
    const before = await statementTotal(metricsUrls);
    await client.post(url, tokenOf(op), body);
    return (await statementTotal(metricsUrls)) - before - (before - idleStart);
  };
  const out: StatementCount[] = [];
  for (const op of ops) {
    // A distinct request (variables of an index the load never used), so no cache can answer it.
    const body = op.body(7919, samples);
    const entry: StatementCount = { operation: op.name, statements: await count(op, body) };
    if (op.pageSizes) {
      const { variable, sizes } = op.pageSizes;
      entry.byPageSize = {};
      for (const size of sizes) entry.byPageSize[size] = await count(op, { ...body, variables: { ...body.variables, [variable]: size } });
    }
    out.push(entry);
  }
  return out;
}
