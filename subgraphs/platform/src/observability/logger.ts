import { AsyncLocalStorage } from 'node:async_hooks';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** The request a log line belongs to, carried through async calls without threading it by hand. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Structured JSON logs, one object per line: time, level, service, the request ID of the request
 * being served (the gateway's, carried to every subgraph), the message and its fields.
 * `LOG_LEVEL` sets the threshold (`silent` for none); tests default to warnings only.
 */
export function createLogger(service: string, write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const threshold = ORDER[(process.env.LOG_LEVEL as LogLevel | 'silent' | undefined) ?? (process.env.VITEST ? 'warn' : 'info')] ?? ORDER.info;
  const log = (level: LogLevel) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[level] < threshold) return;
    const requestId = requestScope.getStore()?.requestId;
    write(JSON.stringify({ time: new Date().toISOString(), level, service, ...(requestId ? { requestId } : {}), msg, ...fields }));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
