import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

/** Why a site's field came back null. */
export type Unavailable = 'unreachable' | 'not-visible';

/**
 * Reads the reason for a null field from the answer's errors: the gateway names an unreachable
 * site (SUBGRAPH_UNAVAILABLE), a subgraph refuses what the user may not see (FORBIDDEN). Any
 * other or missing error counts as unreachable: the field is null, the data is not there.
 */
export function unavailableReason(error: ErrorLike | undefined, path: readonly (string | number)[]): Unavailable {
  if (!CombinedGraphQLErrors.is(error)) return 'unreachable';
  const here = error.errors.find(
    (e) => e.path !== undefined && path.every((segment, i) => e.path?.[i] === segment),
  );
  const code = here?.extensions?.['code'];
  return code === 'FORBIDDEN' || code === 'UNAUTHORIZED_FIELD_OR_TYPE' ? 'not-visible' : 'unreachable';
}
