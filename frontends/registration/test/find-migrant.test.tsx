import { setActiveSite } from '@mpa/auth';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegistrationSection } from '../src/root.component.js';
import { searchMigrantsQuery } from '../src/registration.documents.js';
import { resultsPageSize } from '../src/find/find-migrant.component.js';
import { migrantNode, renderWith, signInAt, signOut } from './helpers.js';

const answer = (query: string, nodes: ReturnType<typeof migrantNode>[]) => ({
  request: { query: searchMigrantsQuery, variables: { site: 'bossaso', query, first: resultsPageSize } },
  result: {
    data: {
      centre: {
        __typename: 'BossasoCentre',
        code: 'bossaso',
        name: 'Bossaso',
        searchMigrants: {
          __typename: 'MigrantSearchConnection',
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: nodes.map((node, i) => ({ __typename: 'MigrantSearchEdge', score: 1 - i / 10, node })),
        },
      },
    },
  },
});

beforeEach(async () => {
  history.pushState(null, '', '/registration');
  await signInAt('bossaso');
});
afterEach(() => {
  cleanup();
  signOut();
});

describe('finding a migrant before registering', () => {
  it('searches the user’s centre by name and lists the best matches, each opening its case', async () => {
    const user = userEvent.setup();
    renderWith([answer('Amina Hasan', [migrantNode(7, 'Amina Hassan'), migrantNode(9, 'Amina Hussein')])], <RegistrationSection />);
    expect(screen.getByRole('heading', { name: 'Find a migrant' })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Name, registration number or ID' }), 'Amina Hasan');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(location.search).toBe('?q=Amina%20Hasan');

    const table = await screen.findByRole('table', { name: 'Migrants at Bossaso matching “Amina Hasan”, best match first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['Amina Hassan', 'Amina Hussein']);
    const link = within(table).getByRole('link', { name: 'BOS-2026-000007' });
    expect(link.getAttribute('href')).toBe('/registration/migrants/bossaso%3A7');
    await user.click(link);
    expect(location.pathname).toBe('/registration/migrants/bossaso%3A7');
  });

  it('asks for something to search for, rather than searching for nothing', async () => {
    renderWith([], <RegistrationSection />);
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    const field = screen.getByRole('textbox', { name: 'Name, registration number or ID' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a name, registration number or ID to search for.')).toBeTruthy();
  });

  it('says when nobody matches, and offers to register a new migrant', async () => {
    history.pushState(null, '', '/registration?q=Nobody');
    renderWith([answer('Nobody', [])], <RegistrationSection />);
    expect(await screen.findByText('Nobody at this centre matches “Nobody”.')).toBeTruthy();
    await userEvent.click(screen.getByRole('link', { name: 'Register a new migrant' }));
    expect(location.pathname).toBe('/registration/new');
    expect(await screen.findByRole('heading', { name: 'Register a migrant' })).toBeTruthy();
  });

  it('tells a cross-site user that registration happens at a centre, and searches the one they switch to', async () => {
    await signInAt(null);
    renderWith([], <RegistrationSection />);
    expect(screen.getByText(/Registration happens at a centre: choose the centre in the header/)).toBeTruthy();
    act(() => setActiveSite('hargeisa'));
    expect(screen.getByRole('heading', { name: 'Find a migrant' })).toBeTruthy();
    expect(screen.queryByText(/Registration happens at a centre/)).toBeNull();
  });
});
