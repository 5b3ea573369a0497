import type { Client } from './load.js';
import type { GraphQLBody, Operation, Samples } from './operations.js';

/** Sums of a counter or gauge over every subgraph's `/metrics` and all label values, several metrics from one read each. */
async function metricTotals<N extends string>(metricsUrls: readonly string[], names: readonly N[]): Promise<Record<N, number>> {
  const sums = Object.fromEntries(names.map((n) => [n, 0])) as Record<N, number>;
  for (const url of metricsUrls) {
    const text = await (await fetch(url)).text();
    for (const name of names) for (const m of text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)`, 'gm'))) sums[name] += Number(m[1]);
  }
  return sums;
}

const METRICS = ['mpa_sql_statements', 'mpa_requests_total'] as const;

export interface StatementCount {
  operation: string;
  /** Statements for one request, summed over the subgraphs. */
  statements: number;
  /** For list operations: statements at the smaller and the larger page size. */
  byPageSize?: Record<number, number>;
  /** Requests the gateways sent to subgraphs for one request (the query plan's fetches). */
  subgraphRequests: Record<string, number>;
}

/**
 * Statements one request of each operation costs, sent alone (nothing else runs meanwhile), and
 * for list operations at two page sizes: the counts must be equal (DataLoader batching). Also the
 * subgraph fetches each gateway's plan makes for it.
 */
export async function statementsPerOperation(
  ops: readonly Operation[], samples: Samples, client: Client, gateways: Record<string, string>, tokenOf: (op: Operation) => string, metricsUrls: readonly string[],
): Promise<StatementCount[]> {
  // Reading /metrics runs SQL itself (the AVR outbox backlog gauge): measured with no request in between, and subtracted.
  const cost = async (op: Operation, url: string, body: GraphQLBody) => {
    const idle = await metricTotals(metricsUrls, METRICS);
    const before = await metricTotals(metricsUrls, METRICS);
    await client.post(url, tokenOf(op), body);
    const after = await metricTotals(metricsUrls, METRICS);
    const delta = (name: (typeof METRICS)[number]) => after[name] - before[name] - (before[name] - idle[name]);
    return { statements: delta('mpa_sql_statements'), requests: delta('mpa_requests_total') };
  };
  const [main] = Object.values(gateways);
  const out: StatementCount[] = [];
  for (const op of ops) {
    // A distinct request (variables of an index the load never used), so no cache can answer it.
    const body = op.body(7919, samples);
    const first = await cost(op, main!, body);
    const entry: StatementCount = { operation: op.name, statements: first.statements, subgraphRequests: {} };
    for (const [name, url] of Object.entries(gateways)) entry.subgraphRequests[name] = (await cost(op, url, op.body(7920, samples))).requests;
    if (op.pageSizes) {
      const { variable, sizes } = op.pageSizes;
      entry.byPageSize = {};
      for (const size of sizes) entry.byPageSize[size] = (await cost(op, main!, { ...body, variables: { ...body.variables, [variable]: size } })).statements;
    }
    out.push(entry);
  }
  return out;
}
