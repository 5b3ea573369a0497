import { login, logout } from '@mpa/auth';
import { act, cleanup, render, screen } from '@testing-library/react';
import { parse, type FragmentDefinitionNode } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCache,
  createGraphQLClient,
  GraphQLProvider,
  unavailableReason,
  unreachableSites,
  useQuery,
  useSiteMutation,
  type TypedDocumentNode,
} from '../src/graphql.js';

const user = (site: string | null) => ({ username: 'u', name: 'U', role: 'caseworker', site, scopes: [] });
const signIn = (site: string | null) =>
  login('u', 'demo', (async () => new Response(JSON.stringify({ token: `token-${site}`, expiresIn: 3600, user: user(site) }))) as typeof fetch);

/** A stand-in gateway: records each request and answers with `answer(body)`. */
function gateway(answer: (body: { query: string; variables?: unknown }) => { status?: number; json: unknown }) {
  const requests: { headers: Headers; body: { query: string; variables?: unknown } }[] = [];
  const fetchFn = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables?: unknown };
    requests.push({ headers: new Headers(init?.headers), body });
    const { status = 200, json } = answer(body);
    return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  });
  return { requests, fetchFn: fetchFn as unknown as typeof fetch };
}

const centresQuery: TypedDocumentNode<{ centres: { __typename: string; code: string; name: string }[] }, Record<string, never>> = parse(
  'query Centres { centres { __typename code name } }',
);
const registerMutation: TypedDocumentNode<{ site: { registerMigrant: { migrant: { id: string } } } }, { name: string }> = parse(
  'mutation Register($name: String!) { site: bossaso { registerMigrant(input: { fullName: $name }) { migrant { id } } } }',
);

afterEach(() => {
  cleanup();
  logout();
});

describe('the page’s GraphQL client', () => {
  it('sends the signed-in user’s token with every request', async () => {
    await signIn('bossaso');
    const { requests, fetchFn } = gateway(() => ({ json: { data: { centres: [{ __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso' }] } } }));
    const client = createGraphQLClient({ fetch: fetchFn });
    const { data } = await client.query({ query: centresQuery });
    expect(data?.centres[0]?.name).toBe('Bossaso');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer token-bossaso');
  });

  it('signs out when the gateway says the session has expired (401), so the sign-in form shows', async () => {
    await signIn('bossaso');
    const { fetchFn } = gateway(() => ({ status: 401, json: { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] } }));
    const signedOut = vi.fn();
    const { onSessionChange } = await import('@mpa/auth');
    const stop = onSessionChange(signedOut);
    await expect(createGraphQLClient({ fetch: fetchFn }).query({ query: centresQuery })).rejects.toThrow();
    expect(signedOut).toHaveBeenCalledWith(null);
    stop();
  });

  it('forgets what one user fetched when they sign out', async () => {
    await signIn('bossaso');
    const { fetchFn } = gateway(() => ({ json: { data: { centres: [{ __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso' }] } } }));
    const client = createGraphQLClient({ fetch: fetchFn });
    await client.query({ query: centresQuery });
    expect(client.readQuery({ query: centresQuery })).not.toBeNull();
    logout();
    await vi.waitFor(() => expect(client.readQuery({ query: centresQuery })).toBeNull());
  });

  it('ties every site’s centre and migrant types to their interfaces, sites added later included', () => {
    const { policies } = createCache();
    // Fuzzy subtypes count once a result of that type is seen (Apollo checks its fields).
    const matches = (type: string, typename: string) =>
      policies.fragmentMatches(parse(`fragment F on ${type} { __typename }`).definitions[0] as FragmentDefinitionNode, typename, { __typename: typename });
    expect(matches('Centre', 'GaroweCentre')).toBe(true);
    expect(matches('Migrant', 'HargeisaMigrant')).toBe(true);
    expect(matches('Migrant', 'HargeisaCentre')).toBe(false);
  });

  it('keys only centres by code: a type whose name merely contains “Centre” is not one', () => {
    const cache = createCache();
    expect(cache.identify({ __typename: 'GaroweCentre', code: 'garowe' })).toBe('GaroweCentre:{"code":"garowe"}');
    // Before the names were anchored, writing this crashed the cache ("Missing field 'code'").
    expect(() =>
      cache.writeFragment({
        id: 'ROOT_QUERY',
        fragment: parse('fragment F on Query { average { __typename centreCode composite } }'),
        data: { average: { __typename: 'SustainabilityCentreAverage', centreCode: 'bossaso', composite: 0.5 } },
      }),
    ).not.toThrow();
  });

  it('runs a site mutation against the signed-in user’s own site', async () => {
    await signIn('hargeisa');
    const { requests, fetchFn } = gateway(() => ({ json: { data: { site: { __typename: 'SiteMutations', registerMigrant: { __typename: 'RegisterMigrantPayload', migrant: { __typename: 'HargeisaMigrant', id: 'hargeisa:1' } } } } } }));
    const client = createGraphQLClient({ fetch: fetchFn });
    function Register() {
      const [register, { data }] = useSiteMutation(registerMutation);
      return (
        <>
          <button type="button" onClick={() => void register({ variables: { name: 'Amina' } })}>Register</button>
          <p>{data?.site.registerMigrant.migrant.id}</p>
        </>
      );
    }
    render(<GraphQLProvider client={client}><Register /></GraphQLProvider>);
    await act(async () => screen.getByRole('button', { name: 'Register' }).click());
    await screen.findByText('hargeisa:1');
    expect(requests[0]?.body.query).toMatch(/site: hargeisa \{/);
    expect(requests[0]?.body.variables).toEqual({ name: 'Amina' });
  });

  it('gives micro-frontends Apollo’s React hooks, bound to the page’s client', async () => {
    await signIn(null);
    const { fetchFn } = gateway(() => ({ json: { data: { centres: [{ __typename: 'MogadishuCentre', code: 'mogadishu', name: 'Mogadishu' }] } } }));
    function Centres() {
      const { data } = useQuery(centresQuery);
      return <p>{data?.centres.map((c) => c.name).join(', ') ?? 'loading'}</p>;
    }
    render(<GraphQLProvider client={createGraphQLClient({ fetch: fetchFn })}><Centres /></GraphQLProvider>);
    expect(await screen.findByText('Mogadishu')).toBeTruthy();
  });
});

describe('reading a partial answer', () => {
  it('names the sites the gateway could not reach, and tells a refusal apart from an outage', async () => {
    await signIn(null);
    const { fetchFn } = gateway(() => ({
      json: {
        data: { centres: [{ __typename: 'BossasoCentre', code: 'bossaso', name: null }] },
        errors: [
          { message: 'The bossaso subgraph could not be reached.', path: ['centres', 0, 'name'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'bossaso' } },
          { message: 'Not visible.', path: ['centres', 1, 'name'], extensions: { code: 'FORBIDDEN' } },
        ],
      },
    }));
    const { error } = await createGraphQLClient({ fetch: fetchFn }).query({ query: centresQuery, errorPolicy: 'all' });
    expect(unreachableSites(error)).toEqual(['bossaso']);
    expect(unavailableReason(error, ['centres', 0, 'name'])).toBe('unreachable');
    expect(unavailableReason(error, ['centres', 1, 'name'])).toBe('not-visible');
    expect(unavailableReason(undefined, ['centres'])).toBe('unreachable');
  });
});
