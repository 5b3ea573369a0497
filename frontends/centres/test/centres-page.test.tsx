import { renderWithMocks, type MockLink } from '@mpa/graphql/testing';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '@mpa/i18n';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageSize } from '../src/centres/centre-migrants.component.js';
import { centreMigrantsQuery, centresQuery } from '../src/centres/centres.queries.js';
import { CentresPage } from '../src/centres/centres-page.component.js';
import { centres, migrantsPage, period, today } from './fixtures.js';

// The components log the GraphQL errors behind a partial answer; keep the test output quiet.
beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

type AnswerError = { message: string; path: (string | number)[]; extensions: { code: string } };
const centresAnswer = (data = { centres }, errors?: AnswerError[]): MockLink.MockedResponse => ({
  request: { query: centresQuery, variables: period },
  result: errors === undefined ? { data } : { data, errors },
});

const renderPage = (mocks: MockLink.MockedResponse[]) => renderWithMocks(mocks, <CentresPage today={today} />);

const rowOf = async (centre: string) => {
  const button = await screen.findByRole('button', { name: centre });
  return button.closest('tr')!;
};

describe('the centres section', () => {
  it('lists every centre with its open caseload and this year’s registrations', async () => {
    renderPage([centresAnswer()]);
    expect(screen.getByRole('status').textContent).toBe('Loading centres…');

    const table = await screen.findByRole('table', { name: /Caseload of each centre; registrations since 1 January 2026/ });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Centre', 'Opened', 'Open cases', 'Registrations in 2026']);
    const bossaso = within(await rowOf('Bossaso'));
    expect(bossaso.getByText('1,234')).toBeTruthy();
    expect(bossaso.getByText('310')).toBeTruthy();
    expect(bossaso.getByText('1 May 2009')).toBeTruthy();
    expect(within(await rowOf('Hargeisa')).getByText('876')).toBeTruthy();
    expect(within(await rowOf('Mogadishu')).getByText('98')).toBeTruthy();
  });

  it('says a centre cannot be reached when its site is down, and still shows the others', async () => {
    const [bossaso, ...others] = centres;
    renderPage([
      centresAnswer({ centres: [{ ...bossaso!, stats: null }, ...others] }, [
        { message: 'The bossaso subgraph could not be reached.', path: ['centres', 0, 'stats'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } },
      ]),
    ]);

    expect(within(await rowOf('Bossaso')).getByText('Bossaso cannot be reached')).toBeTruthy();
    expect(within(await rowOf('Hargeisa')).getByText('876')).toBeTruthy();
    expect(within(await rowOf('Mogadishu')).getByText('98')).toBeTruthy();
    expect(screen.getByText(/shows again as soon as its server answers/)).toBeTruthy();
  });

  it('tells a refusal apart from an outage: a centre the user may not see is not called unreachable', async () => {
    const [bossaso, hargeisa, mogadishu] = centres;
    renderPage([
      centresAnswer({ centres: [bossaso!, { ...hargeisa!, stats: null }, mogadishu!] }, [
        { message: 'Records of hargeisa are not visible to bossaso staff.', path: ['centres', 1, 'stats'], extensions: { code: 'FORBIDDEN' } },
      ]),
    ]);

    expect(within(await rowOf('Hargeisa')).getByText("Hargeisa's records are not visible to you")).toBeTruthy();
    expect(screen.queryByText(/cannot be reached/)).toBeNull();
    expect(within(await rowOf('Bossaso')).getByText('1,234')).toBeTruthy();
  });

  it('says so, with a way to try again, when the gateway cannot be reached at all', async () => {
    renderPage([{ request: { query: centresQuery, variables: period }, error: new Error('Failed to fetch') }, centresAnswer()]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The list of centres could not be loaded.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(within(await rowOf('Bossaso')).getByText('1,234')).toBeTruthy();
  });

  it('pages through the migrants of the centre a caseworker chooses', async () => {
    const firstPage = Array.from({ length: pageSize }, (_, i) => 45 - i);
    const secondPage = Array.from({ length: 45 - pageSize * 2 }, (_, i) => 45 - pageSize * 2 - i);
    const middlePage = Array.from({ length: pageSize }, (_, i) => 45 - pageSize - i);
    renderPage([
      centresAnswer(),
      {
        request: { query: centreMigrantsQuery, variables: { code: 'bossaso', first: pageSize } },
        result: { data: migrantsPage(firstPage, { hasNextPage: true, endCursor: 'c20' }, 45) },
      },
      {
        request: { query: centreMigrantsQuery, variables: { code: 'bossaso', first: pageSize, after: 'c20' } },
        result: { data: migrantsPage(middlePage, { hasNextPage: true, endCursor: 'c40' }, 45) },
      },
      {
        request: { query: centreMigrantsQuery, variables: { code: 'bossaso', first: pageSize, after: 'c40' } },
        result: { data: migrantsPage(secondPage, { hasNextPage: false, endCursor: 'c45' }, 45) },
      },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Bossaso' }));
    expect(screen.getByRole('button', { name: 'Bossaso' }).getAttribute('aria-current')).toBe('true');
    const heading = screen.getByRole('heading', { name: 'Migrants registered at Bossaso' });
    expect(document.activeElement).toBe(heading);

    const table = await screen.findByRole('table', { name: /Migrants registered at Bossaso, newest registration first/ });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Registration number', 'Name', 'Sex', 'Age', 'Nationality', 'Arrived', 'Case status',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(pageSize + 1);
    expect(within(table).getByRole('rowheader', { name: 'BOS-2026-000045' })).toBeTruthy();
    expect(screen.getByText('Migrants 1–20 of 45')).toBeTruthy();
    const pages = screen.getByRole('navigation', { name: 'Pages of migrants' });
    expect(within(pages).getByRole('button', { name: 'Previous page' }).getAttribute('aria-disabled')).toBe('true');

    await user.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Migrants 21–40 of 45')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'BOS-2026-000025' })).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: 'BOS-2026-000045' })).toBeNull();

    await user.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Migrants 41–45 of 45')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(1 + centres.length + 1 + 5);
    expect(within(pages).getByRole('button', { name: 'Next page' }).getAttribute('aria-disabled')).toBe('true');

    // Back is served from the cache: no request is mocked for it twice.
    await user.click(within(pages).getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('Migrants 21–40 of 45')).toBeTruthy();
  });

  it('says a centre cannot be reached when its migrants are not available', async () => {
    renderPage([
      centresAnswer(),
      {
        request: { query: centreMigrantsQuery, variables: { code: 'bossaso', first: pageSize } },
        result: {
          data: { centre: { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso', migrants: null } },
          errors: [{ message: 'The bossaso subgraph could not be reached.', path: ['centre', 'migrants'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
        },
      },
    ]);

    await userEvent.click(await screen.findByRole('button', { name: 'Bossaso' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Bossaso cannot be reached');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(within(await rowOf('Hargeisa')).getByText('876')).toBeTruthy();
  });

  it('speaks Somali when the user switches language, numbers and dates included', async () => {
    renderPage([centresAnswer()]);
    await rowOf('Bossaso');
    act(() => setLanguage('so'));
    try {
      expect(screen.getByRole('heading', { name: 'Xarumaha Jawaabta Muhaajiriinta' })).toBeTruthy();
      const table = screen.getByRole('table', { name: /Kiisaska xarun kasta/ });
      expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Xarunta', 'La furay', 'Kiisaska furan', 'Diiwaangelinta 2026']);
      expect(within(await rowOf('Bossaso')).getByText(new Intl.NumberFormat('so').format(1234))).toBeTruthy();
    } finally {
      act(() => setLanguage('en'));
      localStorage.clear();
    }
    expect(screen.getByRole('heading', { name: 'Migrant Response Centres' })).toBeTruthy();
  });
});
