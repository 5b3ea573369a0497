import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/** Why a site's field came back null. */
export type Unavailable = 'unreachable' | 'not-visible';

/** The GraphQL errors an Apollo error carries (none for a network failure). */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/**
 * Reads the reason for a null field from the answer's errors: the gateway names an unreachable
 * site (SUBGRAPH_UNAVAILABLE), a subgraph refuses what the user may not see (FORBIDDEN). Any
 * other or missing error counts as unreachable: the field is null, the data is not there.
 */
export function unavailableReason(error: unknown, path: readonly (string | number)[]): Unavailable {
  const here = graphQLErrorsOf(error).find((e) => e.path !== undefined && path.every((segment, i) => e.path?.[i] === segment));
  const code = here?.extensions?.['code'];
  return code === 'FORBIDDEN' || code === 'UNAUTHORIZED_FIELD_OR_TYPE' ? 'not-visible' : 'unreachable';
}

/** The sites (subgraph names) the gateway reported as unreachable in this answer. */
export function unreachableSites(error: unknown): string[] {
  const names = graphQLErrorsOf(error)
    .filter((e) => e.extensions?.['code'] === 'SUBGRAPH_UNAVAILABLE' && typeof e.extensions['serviceName'] === 'string')
    .map((e) => e.extensions?.['serviceName'] as string);
  return [...new Set(names)];
}
