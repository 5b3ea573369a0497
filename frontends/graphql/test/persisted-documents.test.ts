import { login, logout } from '@mpa/auth';
import { parse, type DocumentNode } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { persistedDocumentId } from '../src/client.js';
import { createGraphQLClient, forSite } from '../src/graphql.js';

interface SentBody {
  query?: string;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
}

/** A document as GraphQL Code Generator emits it with persisted documents: its hash embedded. */
const persisted = (hash: string, source: string): DocumentNode => ({ __meta__: { hash }, ...parse(source) }) as DocumentNode;
const centres = persisted('sha256:aaa', 'query Centres { centres { __typename code } }');
const register = persisted('sha256:bbb', 'mutation Register($name: String!) { site: bossaso { registerMigrant(input: { fullName: $name }) { created } } }');

/** A stand-in gateway that records what the client sends and answers with `answer`. */
function gateway(answer: (body: SentBody) => unknown) {
  const sent: SentBody[] = [];
  const fetchFn = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as SentBody;
    sent.push(body);
    return new Response(JSON.stringify(answer(body)), { headers: { 'content-type': 'application/json' } });
  });
  return { sent, fetchFn: fetchFn as unknown as typeof fetch };
}

const signIn = () =>
  login('u', 'demo', (async () => new Response(JSON.stringify({ token: 't', expiresIn: 3600, user: { username: 'u', name: 'U', role: 'caseworker', site: 'hargeisa', scopes: [] } }))) as typeof fetch);

afterEach(() => logout());

describe('the portal’s persisted documents', () => {
  it('names a document by its embedded hash, and a site variant by the hash and its centre', () => {
    expect(persistedDocumentId(centres)).toBe('sha256:aaa');
    expect(persistedDocumentId(register)).toBe('sha256:bbb');
    expect(persistedDocumentId(forSite(register, 'hargeisa'))).toBe('sha256:bbb@hargeisa');
    expect(persistedDocumentId(parse('{ centres { code } }'))).toBeNull();
  });

  it('sends only the hash of a generated document', async () => {
    await signIn();
    const { sent, fetchFn } = gateway(() => ({ data: { centres: [{ __typename: 'BossasoCentre', code: 'bossaso' }] } }));
    await createGraphQLClient({ fetch: fetchFn }).query({ query: centres });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.query).toBeUndefined();
    expect(sent[0]?.extensions?.persistedQuery).toEqual({ version: 1, sha256Hash: 'sha256:aaa' });
  });

  it('sends the active centre’s variant ID for a site mutation', async () => {
    await signIn();
    const { sent, fetchFn } = gateway(() => ({ data: { site: { __typename: 'SiteMutations', registerMigrant: { __typename: 'RegisterMigrantPayload', created: true } } } }));
    await createGraphQLClient({ fetch: fetchFn }).mutate({ mutation: forSite(register, 'hargeisa'), variables: { name: 'Hodan' } });
    expect(sent[0]?.extensions?.persistedQuery?.sha256Hash).toBe('sha256:bbb@hargeisa');
  });

  it('sends the whole document once when the gateway does not know the hash', async () => {
    await signIn();
    const { sent, fetchFn } = gateway((body) =>
      body.query ? { data: { centres: [] } } : { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    await createGraphQLClient({ fetch: fetchFn }).query({ query: centres });
    expect(sent).toHaveLength(2);
    expect(sent[1]?.query).toContain('centres');
  });

  it('sends a document codegen did not make whole, without an ID', async () => {
    await signIn();
    const { sent, fetchFn } = gateway(() => ({ data: { centres: [] } }));
    await createGraphQLClient({ fetch: fetchFn }).query({ query: parse('query Plain { centres { __typename code } }') });
    expect(sent[0]?.query).toContain('Plain');
    expect(sent[0]?.extensions?.persistedQuery).toBeUndefined();
  });
});
