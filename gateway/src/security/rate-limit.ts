import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

export interface RateLimit {
  /** Operations a user may send per window. */
  limit: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { limit: 600, windowMs: 60_000 };

/**
 * A fixed-window limit per authenticated user (the token's subject), so one account, or one stolen
 * token, cannot flood the centres' servers. Per gateway process; replicas each count their own.
 */
export function useRateLimit(rate: RateLimit = DEFAULT_RATE_LIMIT): GatewayPlugin {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const subject = (args.contextValue as { jwt?: { payload?: { sub?: string } } }).jwt?.payload?.sub;
      if (!subject) return;
      const now = Date.now();
      const w = windows.get(subject);
      if (!w || now - w.start >= rate.windowMs) {
        if (windows.size > 10_000) windows.clear(); // bounded memory under many users
        windows.set(subject, { start: now, count: 1 });
        return;
      }
      if (++w.count > rate.limit) {
        const retryAfter = Math.ceil((w.start + rate.windowMs - now) / 1000);
        const error = new GraphQLError(`Too many requests: at most ${rate.limit} per ${rate.windowMs / 1000} s. Retry in ${retryAfter} s.`, {
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, http: { status: 429 } },
        });
        setResultAndStopExecution({ errors: [error] });
      }
    },
  };
}
