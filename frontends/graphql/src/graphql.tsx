// @mpa/graphql: the one Apollo Client of the page, shared through the import map. Micro-frontends
// import Apollo's React bindings from here, never from @apollo/client, so Apollo (and its
// cache) is loaded once and no micro-frontend bundles it.
import type { ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { getGraphQLClient } from './client.js';

export { activeSite, useActiveSite, useSiteMutation } from './site.js';
export { onActiveSiteChange } from '@mpa/auth';
export { documentSite, forSite } from './site-document.js';
export { authenticatedFetch, createCache, createGraphQLClient, getGraphQLClient, type GraphQLClientOptions } from './client.js';
export { graphQLErrorsOf, unavailableReason, unreachableSites, type Unavailable } from './unavailable.js';
export { fieldErrorsOf } from './field-errors.js';

export { ApolloProvider, skipToken, useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
export { ApolloClient, CombinedGraphQLErrors, NetworkStatus, ServerError } from '@apollo/client';
export type { ErrorLike, OperationVariables, TypedDocumentNode } from '@apollo/client';

/** Gives a micro-frontend's React tree the page's client. */
export function GraphQLProvider({ children, client = getGraphQLClient() }: { children: ReactNode; client?: ReturnType<typeof getGraphQLClient> }) {
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
