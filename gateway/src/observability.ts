import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { operationLabel, type ServiceMetrics } from '@mpa/platform';
import { Counter, Histogram } from 'prom-client';

/**
 * Gateway metrics beyond requests and latency: each subgraph call's latency and errors, so a slow
 * or failing centre shows as itself.
 */
export function useGatewayMetrics(metrics: ServiceMetrics): GatewayPlugin {
  const operations = new Set<string>();
  const subgraphDuration = new Histogram({
    name: 'mpa_subgraph_request_duration_seconds',
    help: 'Latency of the gateway’s calls to each subgraph.',
    labelNames: ['subgraph'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics.registry],
  });
  const subgraphErrors = new Counter({
    name: 'mpa_subgraph_errors_total',
    help: 'Subgraph calls that failed or answered with errors.',
    labelNames: ['subgraph'],
    registers: [metrics.registry],
  });
  return {
    onExecute({ args }) {
      const started = performance.now();
      const operation = operationLabel(operations, args.operationName);
      return {
        onExecuteDone({ result }) {
          const failed = 'errors' in result && Array.isArray(result.errors) && result.errors.length > 0;
          metrics.requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
          metrics.duration.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
    onSubgraphExecute({ subgraphName }) {
      const started = performance.now();
      return ({ result }) => {
        subgraphDuration.observe({ subgraph: subgraphName }, (performance.now() - started) / 1000);
        if (result && typeof result === 'object' && 'errors' in result && (result as { errors?: unknown[] }).errors?.length) {
          subgraphErrors.inc({ subgraph: subgraphName });
        }
      };
    },
  };
}
