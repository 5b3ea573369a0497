import { ConnectionException } from '@mikro-orm/core';

/** Socket-level failures: the server is down, restarting, or the network between is. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs that mean the server, not the statement, is the problem: class 08 (connection
 * exception), 57P01–57P03 (shut down by an administrator, crashed, starting up or shutting down).
 */
const SERVER_GONE_STATES = /^(08...|57P0[123])$/;

/** pg's and knex's own messages for a connection lost or never obtained. */
const LOST_CONNECTION = /Connection terminated|Connection ended unexpectedly|timeout exceeded when trying to connect|Timeout acquiring a connection|Client has encountered a connection error/i;

/**
 * Whether an error means the database could not be reached (a retry later can succeed), as opposed
 * to a statement failing. Looks through MikroORM's wrapping (`cause`) to the driver's error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof ConnectionException) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_GONE_STATES.test(code))) return true;
    if (e.name === 'KnexTimeoutError' || LOST_CONNECTION.test(e.message)) return true;
  }
  return false;
}
