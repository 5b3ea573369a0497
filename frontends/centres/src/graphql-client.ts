import { authorizationHeader, logout } from '@mpa/auth';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The cache. Site types are named after their centre (`BossasoCentre`, `HargeisaMigrant`), so
 * fuzzy possible types tie every site, including ones added later, to its interface, and a
 * centre is identified by its code.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: { Centre: ['[A-Z][A-Za-z]*Centre'], Migrant: ['[A-Z][A-Za-z]*Migrant'] },
    typePolicies: { Centre: { keyFields: ['code'] } },
  });
}

/**
 * Sends the signed-in user's token; a 401 means the session ended (expired, or the keys changed),
 * so the portal signs out and shows the sign-in form.
 */
const authenticatedFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...authorizationHeader() } });
  if (response.status === 401) logout();
  return response;
};

/** Talks to `/graphql` on the portal's own origin; the portal server forwards it to the gateway. */
export function createGraphQLClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri, fetch: authenticatedFetch }), cache: createCache() });
}
