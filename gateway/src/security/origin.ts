import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { signOrigin } from '@mpa/platform';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

export interface OriginOptions {
  /** Shared with the subgraphs (`AUTH_ORIGIN_KEY`); without it no origin is forwarded. */
  key: string | undefined;
  /** Addresses of proxies in front of the gateway (the portal server) whose `X-Forwarded-For` is believed. */
  trustedProxies: readonly string[];
}

/**
 * Forwards the client's address to every subgraph call, signed for the caller's token (see
 * @mpa/platform's origin.ts), for the audit log's `origin`. It travels in the body, so the gateway's
 * merging of identical subgraph requests still never mixes two callers.
 */
export function useSignedOrigin(options: OriginOptions): GatewayPlugin {
  return {
    onSubgraphExecute({ executionRequest, setExecutionRequest }) {
      const context = executionRequest.context as { req?: IncomingMessage; jwt?: { token?: { value?: unknown } } } | undefined;
      const token = context?.jwt?.token?.value;
      const address = context?.req ? clientAddress(context.req, options.trustedProxies) : null;
      if (!options.key || typeof token !== 'string' || !address) return;
      setExecutionRequest({ ...executionRequest, extensions: { ...executionRequest.extensions, origin: signOrigin(options.key, address, token) } });
    },
  };
}

/**
 * The peer's address; behind a trusted proxy, the last `X-Forwarded-For` hop not itself a trusted
 * proxy (earlier hops are whatever the client wrote).
 */
export function clientAddress(req: IncomingMessage, trustedProxies: readonly string[]): string | null {
  const peer = normalise(req.socket.remoteAddress);
  if (!peer) return null;
  if (!trustedProxies.includes(peer)) return peer;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((hop) => normalise(hop.trim())).filter((hop): hop is string => hop !== null);
  return forwarded.reverse().find((hop) => !trustedProxies.includes(hop)) ?? peer;
}

/** IPv4-mapped IPv6 (`::ffff:10.0.0.1`) as plain IPv4; anything not an address is dropped. */
function normalise(address: string | undefined): string | null {
  if (!address) return null;
  const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  return isIP(plain) ? plain : null;
}
