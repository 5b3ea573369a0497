import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMigrantQuery } from '../src/migrants/migrants.documents.js';
import { resultsPageSize } from '../src/migrants/migrant-picker.component.js';
import { AssistanceSection } from '../src/root.component.js';
import { centre, connection, pageInfo, renderWith, signInAs, signOut } from './helpers.js';

const person = (n: number, fullName: string) => ({
  __typename: 'BossasoMigrant', id: `bossaso:${n}`, registrationNumber: `BOS-2026-${String(n).padStart(6, '0')}`, fullName, sex: 'FEMALE', age: 19, nationality: 'ETH',
});
const search = (query: string, after?: string) => ({ query: findMigrantQuery, variables: { site: 'bossaso', query, first: resultsPageSize, ...(after === undefined ? {} : { after }) } });
const found = (nodes: object[], info = pageInfo()) => ({ data: { centre: centre({ searchMigrants: connection('MigrantSearch', nodes, info) }) } });

beforeEach(async () => {
  history.pushState(null, '', '/assistance');
  await signInAs('caseworker');
});
afterEach(() => {
  cleanup();
  signOut();
});

describe('finding the migrant to serve', () => {
  it('asks for something to search for first', async () => {
    renderWith([], <AssistanceSection site="bossaso" />);
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByText('Enter a name, registration number or ID to search for.')).toBeTruthy();
  });

  it('searches the centre, pages the results, and opens the chosen migrant’s assistance', async () => {
    renderWith(
      [
        { request: search('Hodan'), result: found([person(1, 'Hodan Warsame')], pageInfo(true, 'c1')) },
        { request: search('Hodan', 'c1'), result: found([person(2, 'Hodan Ali')]) },
      ],
      <AssistanceSection site="bossaso" />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Name, registration number or ID' }), 'Hodan');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(location.search).toBe('?q=Hodan');
    const table = await screen.findByRole('table', { name: 'Migrants matching “Hodan”, best match first' });
    expect(within(table).getByRole('link', { name: 'Hodan Warsame' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    const next = await screen.findByRole('link', { name: 'Hodan Ali' });
    expect(next.getAttribute('href')).toBe('/assistance/migrants/bossaso%3A2');
  });

  it('says so when nobody matches', async () => {
    history.pushState(null, '', '/assistance?q=Nobody');
    renderWith([{ request: search('Nobody'), result: found([]) }], <AssistanceSection site="bossaso" />);
    expect(await screen.findByText('Nobody at this centre matches “Nobody”.')).toBeTruthy();
  });

  it('asks a cross-site user to work from a centre', () => {
    renderWith([], <AssistanceSection site={null} />);
    expect(screen.getByText(/Assistance is given at a centre/)).toBeTruthy();
  });
});
