import { Agent, request } from 'undici';
import type { GraphQLBody } from './operations.js';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** HTTP failures and responses carrying GraphQL errors. */
  errors: number;
  firstError?: string;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** One HTTP client for a run: `post` sends a GraphQL body and returns the parsed `data`, throwing on any error. */
export interface Client {
  post(url: string, token: string, body: GraphQLBody & { extensions?: unknown }): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export function createClient(connections: number): Client {
  const agent = new Agent({ connections, pipelining: 1, keepAliveTimeout: 30_000 });
  return {
    post: async (url, token, body) => {
      const res = await request(url, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      const text = await res.body.text();
      if (res.statusCode !== 200 || text.includes('"errors"')) throw new Error(`${res.statusCode} ${text.slice(0, 300)}`);
      return (JSON.parse(text) as { data: Record<string, unknown> }).data;
    },
    close: () => agent.close(),
  };
}

/**
 * Closed-loop load: `connections` clients each run one request (or the floor's sequence of
 * subgraph requests) after another for `seconds`, every one with its own variables. Latency in
 * milliseconds, exact percentiles.
 */
export async function runLoad(work: (i: number, client: Client) => Promise<unknown>, connections: number, seconds: number): Promise<LoadResult> {
  const client = createClient(connections);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let counter = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await work(counter++, client);
      } catch (err) {
        errors++;
        firstError ??= err instanceof Error ? err.message : String(err);
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await client.close();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    firstError,
  };
}
