import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients can rely on. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Forbidden: 'FORBIDDEN',
  Unauthenticated: 'UNAUTHENTICATED',
  Internal: 'INTERNAL_SERVER_ERROR',
  /** The subgraph's database cannot be reached right now (restart, failover): retry shortly. */
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
} as const;

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.dateOfBirth`. */
  field: string;
  message: string;
}

export function badUserInput(problems: FieldProblem[]): GraphQLError {
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(`Invalid input. ${summary}`, {
    extensions: { code: ErrorCode.BadUserInput, fields: problems },
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${id} was not found.`, { extensions: { code: ErrorCode.NotFound, id } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict } });
}
