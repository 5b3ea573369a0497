import { authorizationHeader, logout, onSessionChange } from '@mpa/auth';
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
 * Sends the signed-in user's token; a 401 means the session ended (expired, or the keys
 * changed), so the portal signs out and the root config shows the sign-in form.
 */
export function authenticatedFetch(fetchFn: typeof fetch = (...args) => fetch(...args)): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    for (const [name, value] of Object.entries(authorizationHeader())) headers.set(name, value);
    const response = await fetchFn(input, { ...init, headers });
    if (response.status === 401) logout();
    return response;
  };
}

export interface GraphQLClientOptions {
  /** Default `/graphql` on the portal's own origin; the portal server forwards it to the gateway. */
  uri?: string;
  fetch?: typeof fetch;
}

export function createGraphQLClient({ uri = '/graphql', fetch: fetchFn }: GraphQLClientOptions = {}): ApolloClient {
  const client = new ApolloClient({ link: new HttpLink({ uri, fetch: authenticatedFetch(fetchFn) }), cache: createCache() });
  // What one user fetched is never shown to the next one on this tab.
  onSessionChange((session) => {
    if (session === null) void client.clearStore();
  });
  return client;
}

let pageClient: ApolloClient | undefined;

/** The page's one client (and so one cache): every micro-frontend shares it through the import map. */
export function getGraphQLClient(): ApolloClient {
  pageClient ??= createGraphQLClient();
  return pageClient;
}
