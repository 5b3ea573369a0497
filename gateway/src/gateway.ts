import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Logger } from '@graphql-hive/logger';
import { GraphQLError } from 'graphql';
import { closeServer, createMetrics, type AuthConfig } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleDevLogin, type DevLogin } from './auth/dev-login.js';
import { jwtPlugin } from './auth/jwt.js';
import { RedactingJSONLogWriter } from './logging.js';
import { useGatewayMetrics } from './observability.js';
import { DEFAULT_LIMITS, useOperationLimits, type OperationLimits } from './security/limits.js';
import { loadPortalDocuments, persistedDocumentsConfig, persistedDocumentStore, siteNamespaces, type PersistedDocumentsOptions } from './security/persisted-documents.js';
import { useSignedOrigin } from './security/origin.js';
import { DEFAULT_RATE_LIMIT, useRateLimit, type RateLimit } from './security/rate-limit.js';
import { SubgraphAvailability, UNREACHABLE_CODES, useSubgraphAvailability } from './subgraph-availability.js';
import { loadSupergraph, subgraphsOf, withSubgraphUrls } from './supergraph.js';

export interface GatewayOptions {
  port: number;
  host?: string;
  /** The supergraph SDL to serve; defaults to the committed `gateway/supergraph.graphql`. */
  supergraph?: string;
  /** Subgraph URL overrides by subgraph name; the rest keep the URLs composed into the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** How bearer tokens are verified (issuer, audience, keys). */
  auth: AuthConfig;
  /** The development issuer's login endpoint (`POST /auth/login`); never set in production. */
  devLogin?: DevLogin;
  /** Per-operation bounds (tokens, depth, aliases, directives). */
  limits?: OperationLimits;
  /** Per-user request rate. */
  rateLimit?: RateLimit;
  /** Browser origins allowed to call the gateway directly (the portal itself proxies, same-origin). */
  corsOrigins?: string[];
  /** Production: no introspection, no development login. */
  production?: boolean;
  /** A subgraph that does not answer in time is reported as an error; the others still answer. */
  upstreamTimeoutMs?: number;
  /** The portal's persisted documents (default: every frontend's manifest, text documents accepted too). */
  persistedDocuments?: Partial<PersistedDocumentsOptions>;
  /** Proxies in front of the gateway whose X-Forwarded-For names the client (for the audit log's origin). */
  trustedProxies?: string[];
}

export interface RunningGateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the committed supergraph with Hive Gateway and its Rust query planner (no introspection at start-up). */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const supergraph = withSubgraphUrls(options.supergraph ?? loadSupergraph(), options.subgraphUrls ?? {});
  const subgraphs = subgraphsOf(supergraph);
  const metrics = createMetrics('gateway');
  const availability = new SubgraphAvailability();
  const runtime = createGatewayRuntime({
    supergraph,
    // Hive's default (JavaScript) planner. The Rust planner (@graphql-hive/router-runtime 1.4.23)
    // cannot plan `Migrant.avrCase` under `Centre.migrants` ("No paths found for selection item:
    // node"), the two-way join this graph exists for; see the foundation issue note.
    transports: { http: import('@graphql-mesh/transport-http') },
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // The HTTP transport's own timeout: its errors name the subgraph, so a hanging centre is reported as itself.
    transportEntries: { '*.http': { options: { timeout: options.upstreamTimeoutMs ?? 10_000 } } },
    // JSON lines without the subrequests that carry the caller's access token (RedactingJSONLogWriter).
    logging: new Logger({
      level: process.env.LOG_LEVEL === 'debug' ? 'debug' : process.env.LOG_LEVEL === 'silent' ? false : 'warn',
      writers: [new RedactingJSONLogWriter()],
    }),
    maskedErrors: { maskError: (error, message) => maskError(error, message, availability) },
    persistedDocuments: persistedDocumentsConfig({
      documents: options.persistedDocuments?.documents ?? persistedDocumentStore(loadPortalDocuments(), siteNamespaces(supergraph)),
      only: options.persistedDocuments?.only ?? false,
    }),
    // The plugin is typed against Yoga's plain context; the runtime's context extends it.
    plugins: () => [
      jwtPlugin(options.auth) as GatewayPlugin,
      useSignedOrigin({ key: options.auth.originKey, trustedProxies: options.trustedProxies ?? [] }),
      useOperationLimits(options.limits ?? DEFAULT_LIMITS),
      useRateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT),
      useGatewayMetrics(metrics),
      useSubgraphAvailability(availability),
    ],
    // The request ID follows a request into every subgraph's logs.
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ 'x-request-id': request.headers.get('x-request-id') ?? '' }) },
    // Integrators read gateway/schema.graphql; production answers no introspection.
    disableIntrospection: { disableIf: () => options.production ?? false },
    cors: options.corsOrigins?.length ? { origin: options.corsOrigins, methods: ['POST'], credentials: false } : false,
  });

  const server = createServer((req, res) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    if (req.url === '/metrics') {
      void metrics.registry.metrics().then((text) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(text);
      });
      return;
    }
    if (req.url === '/health') {
      void health(subgraphs, res);
      return;
    }
    const length = Number(req.headers['content-length'] ?? 0);
    if (req.method === 'POST' && (req.headers['content-length'] === undefined || length > MAX_BODY_BYTES)) {
      res.writeHead(req.headers['content-length'] === undefined ? 411 : 413, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `Send a request body of at most ${MAX_BODY_BYTES} bytes, with its Content-Length.`, extensions: { code: 'BAD_REQUEST' } }] }));
      return;
    }
    if (req.url === '/auth/login' && options.devLogin && !options.production) {
      void handleDevLogin(options.devLogin, req, res);
      return;
    }
    void runtime(req, res);
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    // Drains: requests in flight finish (up to 10 s), new ones are refused.
    close: async () => {
      await closeServer(server);
      await runtime.dispose();
    },
  };
}

/** Reports each subgraph's own health (which checks its database); 503 when any is down. */
async function health(subgraphs: Map<string, string>, res: ServerResponse<IncomingMessage>): Promise<void> {
  const entries = await Promise.all(
    [...subgraphs].map(async ([name, url]) => {
      const healthUrl = new URL('/health', url);
      const ok = await fetch(healthUrl, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
      return [name, ok ? 'ok' : 'unavailable'] as const;
    }),
  );
  const allOk = entries.every(([, status]) => status === 'ok');
  res.writeHead(allOk ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: allOk ? 'ok' : 'degraded', subgraphs: Object.fromEntries(entries) }));
}

const MAX_BODY_BYTES = 100_000;

/**
 * Subgraph errors with a stable code pass through; an unreachable subgraph is named so clients can
 * say which centre is missing and since when; anything else is masked (no stack traces, SQL or hostnames).
 */
function maskError(error: unknown, message: string, availability: SubgraphAvailability): Error {
  // Duck-typed: errors may come from another copy of graphql-js than this module's.
  const graphqlError = isGraphQLError(error) ? error : null;
  const extensions = graphqlError?.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  const serviceName = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
  if (serviceName && (!code || UNREACHABLE_CODES.has(code) || code === 'INTERNAL_SERVER_ERROR' && !graphqlError?.message.startsWith('Internal server error'))) {
    return new GraphQLError(`The ${serviceName} subgraph could not be reached.`, {
      path: graphqlError?.path,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName, unavailableSince: availability.failed(serviceName).toISOString() },
    });
  }
  if (graphqlError && code && code !== 'INTERNAL_SERVER_ERROR') return graphqlError;
  // graphql-js refuses variables of the wrong type before anything runs, without a code of its own.
  if (graphqlError && !graphqlError.path && /^Variable "\$\w+"/.test(graphqlError.message)) {
    return new GraphQLError(graphqlError.message, { nodes: graphqlError.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  // The JWT plugin's refusals carry only an HTTP status (400 for a token that is not a JWT at all).
  const http = extensions.http as { status?: number } | undefined;
  if (http?.status === 401 || (http?.status === 400 && /authentication token/i.test(graphqlError?.message ?? ''))) {
    return new GraphQLError('A valid access token is required.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  return new GraphQLError(message, { path: graphqlError?.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && 'extensions' in error && typeof error.extensions === 'object' && error.extensions !== null;
}
