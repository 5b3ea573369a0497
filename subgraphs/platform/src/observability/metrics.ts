import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one process, served at `/metrics`. */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<'operation' | 'outcome'>;
  duration: Histogram<'operation'>;
  /** Adds a gauge read when Prometheus scrapes (pool use, outbox backlog, …). */
  gauge(name: string, help: string, read: () => number | Promise<number>): void;
}

const MAX_OPERATION_NAMES = 200;

export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({ name: 'mpa_requests_total', help: 'GraphQL requests by operation and outcome (ok, error, refused).', labelNames: ['operation', 'outcome'], registers: [registry] }),
    duration: new Histogram({
      name: 'mpa_request_duration_seconds',
      help: 'GraphQL request latency by operation.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    gauge: (name, help, read) => {
      new Gauge({
        name,
        help,
        registers: [registry],
        async collect() {
          this.set(await read());
        },
      });
    },
  };
}

/**
 * A bounded label for an operation name: clients choose names, so unknown ones beyond the first
 * few hundred share one label instead of growing the metrics without end.
 */
export function operationLabel(seen: Set<string>, name: unknown): string {
  const clean = typeof name === 'string' && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'anonymous';
  if (seen.has(clean)) return clean;
  if (seen.size >= MAX_OPERATION_NAMES) return 'other';
  seen.add(clean);
  return clean;
}
