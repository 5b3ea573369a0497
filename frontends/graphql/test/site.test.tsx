import { login, logout, setActiveSite } from '@mpa/auth';
import { act, cleanup, render, screen } from '@testing-library/react';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeSite, createGraphQLClient, GraphQLProvider, useActiveSite, useSiteMutation, type TypedDocumentNode } from '../src/graphql.js';

const signIn = (site: string | null) =>
  login('u', 'demo', (async () =>
    new Response(JSON.stringify({ token: 't', expiresIn: 3600, user: { username: 'u', name: 'U', role: 'admin', site, scopes: [] } }))) as typeof fetch);

const openCaseMutation: TypedDocumentNode<{ site: { openCase: { id: string } } }, Record<string, never>> = parse(
  'mutation Open { site: bossaso { openCase { id } } }',
);

afterEach(() => {
  cleanup();
  logout();
  sessionStorage.clear();
});

/** Shows the active centre. */
function ActiveCentre() {
  const site = useActiveSite();
  return <p>{site ?? 'every centre'}</p>;
}

describe('the active centre in micro-frontends', () => {
  it('is a site user’s own centre', async () => {
    await signIn('bossaso');
    expect(activeSite()).toBe('bossaso');
    render(<ActiveCentre />);
    expect(screen.getByText('bossaso')).toBeTruthy();
  });

  it('re-renders every component reading it when a cross-site user switches centre in the header', async () => {
    await signIn(null);
    render(<ActiveCentre />);
    expect(screen.getByText('every centre')).toBeTruthy();
    act(() => setActiveSite('hargeisa'));
    expect(screen.getByText('hargeisa')).toBeTruthy();
    act(() => setActiveSite(null));
    expect(screen.getByText('every centre')).toBeTruthy();
  });

  it('sends site mutations to the centre chosen at the moment of sending', async () => {
    await signIn(null);
    setActiveSite('hargeisa');
    const queries: string[] = [];
    const fetchFn = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      queries.push((JSON.parse(String(init?.body)) as { query: string }).query);
      return new Response(JSON.stringify({ data: { site: { __typename: 'M', openCase: { __typename: 'C', id: '1' } } } }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof fetch;
    function OpenCase() {
      const [open] = useSiteMutation(openCaseMutation);
      return <button type="button" onClick={() => void open()}>Open</button>;
    }
    render(<GraphQLProvider client={createGraphQLClient({ fetch: fetchFn })}><OpenCase /></GraphQLProvider>);
    await act(async () => screen.getByRole('button', { name: 'Open' }).click());
    act(() => setActiveSite('mogadishu'));
    await act(async () => screen.getByRole('button', { name: 'Open' }).click());
    expect(queries.map((query) => /site: (\w+)/.exec(query)?.[1])).toEqual(['hargeisa', 'mogadishu']);
  });
});
