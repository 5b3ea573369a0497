import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { TokenVerifier } from '../auth/verify.js';
import type { Database } from '../db/orm.js';
import { createLogger, requestScope } from '../observability/logger.js';
import { createMetrics, operationLabel, type ServiceMetrics } from '../observability/metrics.js';
import type { Viewer } from '../auth/viewer.js';
import { ErrorCode } from '../graphql/errors.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';

const MAX_BODY_BYTES = 1_000_000;

export interface SubgraphServerOptions<Ctx extends BaseContext> {
  /** Subgraph name, as the gateway and logs know it. */
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  /** Checks the access token the gateway forwards (in `extensions.jwt.token`) against the identity provider's keys. */
  verifyToken: TokenVerifier;
  /** Builds the per-request context (the viewer, a forked EntityManager, fresh DataLoaders). */
  context: (viewer: Viewer, req: IncomingMessage) => Promise<Ctx>;
  /** The subgraph's database: its health answers /health, its pool shows in /metrics. */
  database: Pick<Database, 'ping' | 'pool' | 'statements'>;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  metrics: ServiceMetrics;
  /** Stops taking requests, lets the ones in flight finish, then stops. */
  close(): Promise<void>;
}

/** Serves one subgraph over HTTP: GraphQL at `/graphql`, a database-checking `/health`. */
export async function serveSubgraph<Ctx extends BaseContext>(options: SubgraphServerOptions<Ctx>): Promise<RunningSubgraph> {
  const logger = createLogger(options.name);
  const metrics = createMetrics(options.name);
  const operations = new Set<string>();
  metrics.gauge('mpa_db_pool_connections_used', 'Database connections in use.', () => options.database.pool().used);
  metrics.gauge('mpa_db_pool_waiting', 'Requests waiting for a database connection.', () => options.database.pool().pending);
  // SQL statements sent since start: the benchmark reads it around single requests (no N+1).
  metrics.gauge('mpa_sql_statements', 'SQL statements sent since the process started.', () => options.database.statements.count);
  const apollo = new ApolloServer<Ctx>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The process drains on SIGTERM itself (closeServer, then stop); Apollo's own handler would
    // stop the schema and re-raise the signal, killing the process with requests still in flight.
    stopOnTerminationSignals: false,
    // Inline traces only serve Apollo's hosted studio; they cost time on every request.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted, error) => maskInternal(formatted, error, (msg) => logger.error(msg)),
  });
  await apollo.start();

  const server = createServer((req, res) => {
    // The gateway's request ID, so one user request can be followed through every log.
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && /^[\w.:-]{1,100}$/.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    requestScope.run({ requestId }, () => handle(req, res)).catch((err: unknown) => {
      logger.error('request failed', { error: String(err) });
      if (!res.headersSent) send(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.Internal } }] });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/metrics') {
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(await metrics.registry.metrics());
      return;
    }
    if (url.pathname === '/health') {
      const ok = await options.database.ping();
      send(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', subgraph: options.name, database: ok ? 'ok' : 'unreachable' });
      return;
    }
    if (url.pathname !== '/graphql') {
      send(res, 404, { error: 'not found' });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { errors: [{ message: 'Send GraphQL operations with POST', extensions: { code: ErrorCode.BadUserInput } }] });
      return;
    }
    const raw = await readBody(req);
    if (raw === null) {
      send(res, 413, { errors: [{ message: 'Request body too large', extensions: { code: ErrorCode.BadUserInput } }] });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      send(res, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: ErrorCode.BadUserInput } }] });
      return;
    }
    // Never trust the caller: identity is the token itself, verified here, not claims sent beside it.
    const started = performance.now();
    const operation = operationLabel(operations, (body as { operationName?: unknown } | null)?.operationName);
    const viewer = await options.verifyToken(forwardedToken(body), (body as { extensions?: { origin?: unknown } } | null)?.extensions?.origin).catch(() => null);
    if (!viewer) {
      metrics.requests.inc({ operation, outcome: 'refused' });
      send(res, 401, { errors: [{ message: 'A valid access token is required.', extensions: { code: ErrorCode.Unauthenticated } }] });
      return;
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(viewer, req),
    });
    const seconds = (performance.now() - started) / 1000;
    const failed = result.body.kind === 'complete' && result.body.string.includes('"errors"');
    metrics.requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
    metrics.duration.observe({ operation }, seconds);
    logger.info('request', { operation, user: viewer.subject, status: result.status ?? 200, ms: Math.round(seconds * 1000), errors: failed });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    name: options.name,
    metrics,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => closeServer(server).then(() => apollo.stop()),
  };
}

/** The gateway forwards the caller's token as `extensions.jwt.token: { value, prefix }`. */
function forwardedToken(body: unknown): string {
  const token = (body as { extensions?: { jwt?: { token?: { value?: unknown } } } } | null)?.extensions?.jwt?.token?.value;
  return typeof token === 'string' ? token : '';
}

/** Internal failures (SQL, bugs) reach clients as a generic error; the detail goes to the log only. */
function maskInternal(formatted: GraphQLFormattedError, error: unknown, log: (msg: string) => void): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.Internal) return formatted;
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original)) {
    return { message: 'The database is unavailable right now; retry shortly.', path: formatted.path, extensions: { code: ErrorCode.DatabaseUnavailable } };
  }
  log(`internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.Internal } };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * Stops accepting connections and waits for the requests in flight (SIGTERM drains); idle
 * keep-alive connections are closed at once, and anything still open after `graceMs` is cut.
 */
export function closeServer(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close((err) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
