import { authorizationHeader, logout, onSessionChange } from '@mpa/auth';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import { documentSite } from './site-document.js';

/**
 * The cache. Site types are named after their centre (`BossasoCentre`, `HargeisaMigrant`), so
 * fuzzy possible types tie every site, including ones added later, to its interface, and a
 * centre is identified by its code. Anchored: Apollo tests fuzzy names unanchored when it inherits
 * type policies, so a type whose name merely contains "Centre" would become a centre keyed by code.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: {
      Centre: ['^[A-Z][A-Za-z]*Centre$'],
      Migrant: ['^[A-Z][A-Za-z]*Migrant$'],
      ProtectionCase: ['UamCase', 'TraffickingCase'],
    },
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

/**
 * The ID the gateway knows a portal document by: the hash GraphQL Code Generator embedded in it
 * (`__meta__.hash`, over the document with Apollo's `__typename`s), and for a document `forSite`
 * pointed at another centre, that hash with `@<site>` (the gateway derives each centre's variant
 * from the same manifest). Null for a document codegen did not make, which is sent whole.
 */
export function persistedDocumentId(document: DocumentNode): string | null {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') return null;
  for (const definition of document.definitions) {
    if (definition.kind !== 'OperationDefinition' || definition.operation !== 'mutation') continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === 'Field' && selection.alias?.value === 'site' && selection.name.value !== documentSite) return `${hash}@${selection.name.value}`;
    }
  }
  return hash;
}

/**
 * The portal's own documents travel as their persisted ID only; when the gateway does not know one
 * (PERSISTED_QUERY_NOT_FOUND) Apollo sends the whole document once, which a gateway accepting only
 * persisted documents refuses.
 */
function persistedDocumentsLink(): ApolloLink {
  const persisted = new PersistedQueryLink({ generateHash: (document) => persistedDocumentId(document) ?? '' });
  return ApolloLink.split((operation) => persistedDocumentId(operation.query) !== null, persisted);
}

export interface GraphQLClientOptions {
  /** Default `/graphql` on the portal's own origin; the portal server forwards it to the gateway. */
  uri?: string;
  fetch?: typeof fetch;
}

export function createGraphQLClient({ uri = '/graphql', fetch: fetchFn }: GraphQLClientOptions = {}): ApolloClient {
  const http = new HttpLink({ uri, fetch: authenticatedFetch(fetchFn) });
  const client = new ApolloClient({ link: ApolloLink.from([persistedDocumentsLink(), http]), cache: createCache() });
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
