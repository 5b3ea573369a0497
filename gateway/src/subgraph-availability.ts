import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/** Error codes meaning a subgraph could not answer at all (down, timed out, unreadable). */
export const UNREACHABLE_CODES = new Set(['SUBREQUEST_HTTP_ERROR', 'DOWNSTREAM_SERVICE_ERROR', 'GATEWAY_TIMEOUT', 'TIMEOUT_ERROR']);

/**
 * Since when each subgraph has been failing, as this gateway saw it: the first failed call after
 * its last answer. Lets a client say "Mogadishu cannot be reached since 14:02" truthfully.
 */
export class SubgraphAvailability {
  private readonly failingSince = new Map<string, Date>();

  answered(subgraph: string): void {
    this.failingSince.delete(subgraph);
  }

  /** Records a failed call; returns when the current run of failures began. */
  failed(subgraph: string, at = new Date()): Date {
    const since = this.failingSince.get(subgraph) ?? at;
    this.failingSince.set(subgraph, since);
    return since;
  }
}

function unreachable(result: unknown): boolean {
  const errors = (result as { errors?: readonly { extensions?: { code?: unknown } }[] } | null)?.errors ?? [];
  return errors.some((error) => typeof error.extensions?.code === 'string' && UNREACHABLE_CODES.has(error.extensions.code));
}

/** Clears a subgraph's failure run whenever it answers (with data or with its own errors). */
export function useSubgraphAvailability(availability: SubgraphAvailability): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName }) {
      return ({ result }) => {
        if (!unreachable(result)) availability.answered(subgraphName);
      };
    },
  };
}
