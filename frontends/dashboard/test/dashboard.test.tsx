import { renderWithMocks, type MockLink } from '@mpa/graphql/testing';
import { localeOf, setLanguage } from '@mpa/i18n';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardPage } from '../src/dashboard-page.component.js';
import { centreIndicatorsQuery, returnIndicatorsQuery } from '../src/dashboard.queries.js';
import { avrStats, centres, quietStats, thisYear, today, withheld } from './fixtures.js';

// The components log the GraphQL errors behind a partial answer; keep the test output quiet.
beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

type AnswerError = { message: string; path: (string | number)[]; extensions: Record<string, string> };
const centresAnswer = (data = { centres }, errors?: AnswerError[], variables = thisYear): MockLink.MockedResponse => ({
  request: { query: centreIndicatorsQuery, variables },
  result: errors === undefined ? { data } : { data, errors },
});
const returnsAnswer = (variables = thisYear): MockLink.MockedResponse => ({ request: { query: returnIndicatorsQuery, variables }, result: { data: { avrStats } } });

const renderDashboard = (mocks: MockLink.MockedResponse[]) => renderWithMocks(mocks, <DashboardPage today={today} />);

/** The table behind an indicator's chart, opened as a reader would. */
async function tableOf(title: string) {
  const section = (await screen.findByRole('heading', { name: title, level: 3 })).closest('section')!;
  await userEvent.click(within(section).getByText('Table'));
  return within(section).getByRole('table', { name: title });
}
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('the regional dashboard', () => {
  it('shows every centre’s registrations and caseload for this year, charted and tabled', async () => {
    renderDashboard([centresAnswer(), returnsAnswer()]);
    expect(screen.getByText('Loading the centres’ figures…')).toBeTruthy();
    expect(await screen.findByText('From 1 Jan 2026 to 15 Mar 2026, both days included.')).toBeTruthy();

    expect(rowsOf(await tableOf('Registrations and open caseload per centre'))).toEqual([
      ['Centre', 'Registrations in the period', 'Open cases now'],
      ['Bossaso', '90', '300'],
      ['Hargeisa', '60', '200'],
      ['Mogadishu', '30', '100'],
    ]);
    expect(screen.getByRole('figure', { name: 'Registrations and open caseload per centre' }).querySelector('svg[role="img"]')).toBeTruthy();
    expect(rowsOf(await tableOf('Registrations by nationality'))).toEqual([
      ['Nationality', 'Bossaso', 'Hargeisa', 'Mogadishu', 'Total'],
      ['ETH', '60', '40', '20', '120'],
      ['YEM', '30', '20', '10', '60'],
    ]);
    expect(rowsOf(await tableOf('Registrations by intended destination')).at(-1)).toEqual(['Not stated', '9', '6', '3', '18']);
    expect(rowsOf(await tableOf('Services delivered by type'))[3]).toEqual(['Medical consultations', '27', '18', '9', '54']);
    expect(screen.getByText('Hygiene kit (kit) at Mogadishu: 4 left, threshold 5')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the return figures from AVRR: the pipeline by centre, with returns to Somalia apart', async () => {
    renderDashboard([centresAnswer(), returnsAnswer()]);
    expect(rowsOf(await tableOf('AVR cases opened in the period, by where they stand now'))).toEqual([
      ['Stage', 'Bossaso', 'Returns to Somalia', 'Total'],
      ['Requested', '4', '1', '5'],
      ['Departed', '2', '0', '2'],
    ]);
    expect(rowsOf(await tableOf('Departures by month and destination')).slice(1)).toEqual([['Jan 2026', '1', '1'], ['Feb 2026', '2', '2']]);
    expect(rowsOf(await tableOf('Average sustainability scores by survey round (0 to 1)'))[1]).toEqual(['Baseline', '0.50', '0.63', '0.75', '0.60']);
  });

  it('shows the centres that answer, and names the one that cannot be reached and since when', async () => {
    const [bossaso, hargeisa, mogadishu] = centres;
    const since = '2026-03-15T08:30:00.000Z';
    renderDashboard([
      centresAnswer({ centres: [bossaso!, hargeisa!, { ...mogadishu!, stats: null }] }, [
        { message: 'The mogadishu subgraph could not be reached.', path: ['centres', 2, 'stats'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'mogadishu', unavailableSince: since } },
      ]),
      returnsAnswer(),
    ]);

    const notice = await screen.findByRole('alert');
    const when = new Intl.DateTimeFormat(localeOf('en'), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(since));
    expect(notice.textContent).toContain(`Mogadishu cannot be reached since ${when}. Its figures are left out below.`);
    expect(notice.textContent).not.toContain('Bossaso');
    expect(rowsOf(await tableOf('Registrations and open caseload per centre')).map((row) => row[0])).toEqual(['Centre', 'Bossaso', 'Hargeisa']);
    expect(rowsOf(await tableOf('Registrations by nationality'))[0]).toEqual(['Nationality', 'Bossaso', 'Hargeisa', 'Total']);
  });

  it('says a centre is missing without a date when the gateway gave none', async () => {
    const [bossaso, ...others] = centres;
    renderDashboard([
      centresAnswer({ centres: [{ ...bossaso!, stats: null }, ...others] }, [
        { message: 'The bossaso subgraph could not be reached.', path: ['centres', 0, 'stats'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'bossaso' } },
      ]),
      returnsAnswer(),
    ]);
    expect((await screen.findByRole('alert')).textContent).toContain('Bossaso cannot be reached. Its figures are left out below.');
  });

  it('exports each table as CSV, named after the indicator and the period', async () => {
    const files: { name: string; blob: Blob }[] = [];
    // jsdom has no object URLs or downloads: record what the browser would be handed.
    URL.createObjectURL = (blob: Blob) => `blob:${files.push({ name: '', blob })}`;
    URL.revokeObjectURL = () => undefined;
    const onClick = (event: MouseEvent) => {
      const link = event.target as HTMLAnchorElement;
      if (link.download) {
        files.at(-1)!.name = link.download;
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick);
    try {
      renderDashboard([centresAnswer(), returnsAnswer()]);
      await userEvent.click(await screen.findByRole('button', { name: 'Download CSV: Registrations by nationality' }));
    } finally {
      document.removeEventListener('click', onClick);
    }
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('registrations-by-nationality_2026-01-01_2026-03-15.csv');
    expect((await files[0]!.blob.text()).replace(/^\uFEFF/, '')).toBe('Nationality,Bossaso,Hargeisa,Mogadishu,Total\r\nETH,60,40,20,120\r\nYEM,30,20,10,60\r\n');
  });

  it('asks for the period chosen: the last twelve months, a quarter, or dates that must make sense', async () => {
    const last12 = { from: '2025-03-16', to: '2026-03-15' };
    const q4 = { from: '2025-10-01', to: '2025-12-31' };
    const custom = { from: '2026-02-01', to: '2026-02-28' };
    const quiet = { centres: centres.map((c) => ({ ...c, stats: quietStats })) };
    renderDashboard([
      centresAnswer(), returnsAnswer(),
      centresAnswer(undefined, undefined, last12), returnsAnswer(last12),
      centresAnswer(quiet, undefined, q4), returnsAnswer(q4),
      centresAnswer(undefined, undefined, custom), returnsAnswer(custom),
    ]);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Registrations by nationality' });
    const period = screen.getByLabelText('Period');

    await user.selectOptions(period, 'Last 12 months');
    expect(await screen.findByText('From 16 Mar 2025 to 15 Mar 2026, both days included.')).toBeTruthy();

    await user.selectOptions(period, 'Quarter 4 of 2025');
    expect(await screen.findByText('From 1 Oct 2025 to 31 Dec 2025, both days included.')).toBeTruthy();
    const nationality = (await screen.findByRole('heading', { name: 'Registrations by nationality' })).closest('section')!;
    expect(await within(nationality).findByText('Nothing recorded in this period.')).toBeTruthy();

    await user.selectOptions(period, 'Dates of my choice');
    const from = screen.getByLabelText(/^From/);
    const to = screen.getByLabelText(/^To/);
    await user.clear(from);
    await user.type(from, '2026-02-01');
    await user.clear(to);
    await user.type(to, '2026-01-31');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText('The end must not be before the start.')).toBeTruthy();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    await user.clear(to);
    await user.type(to, '2026-02-28');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('From 1 Feb 2026 to 28 Feb 2026, both days included.')).toBeTruthy();
    expect(rowsOf(await tableOf('Registrations by nationality'))[1]).toEqual(['ETH', '60', '40', '20', '120']);
    // Four periods, typed key by key: longer than vitest's default 5 s on a busy machine.
  }, 20_000);

  it('says so, with a way to try again, when the gateway cannot be reached at all', async () => {
    renderDashboard([
      { request: { query: centreIndicatorsQuery, variables: thisYear }, error: new Error('Failed to fetch') },
      { request: { query: returnIndicatorsQuery, variables: thisYear }, error: new Error('Failed to fetch') },
      centresAnswer(),
    ]);
    await screen.findByText('The return figures could not be loaded.');
    await screen.findByText('The centres’ figures could not be loaded.');
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((a) => a.querySelector('p')?.textContent)).toEqual(['The centres’ figures could not be loaded.', 'The return figures could not be loaded.']);
    await userEvent.click(within(alerts[0]!).getByRole('button', { name: 'Try again' }));
    expect(rowsOf(await tableOf('Registrations and open caseload per centre'))[1]).toEqual(['Bossaso', '90', '300']);
  });

  it('says “fewer than 5” where the API withheld a small count, and leaves withheld groups out, saying so', async () => {
    renderDashboard([
      centresAnswer({ centres: withheld.centres }),
      { request: { query: returnIndicatorsQuery, variables: thisYear }, result: { data: { avrStats: withheld.avrStats } } },
    ]);
    // Bossaso's small nationalities are not a row of their own, nor added into the totals.
    expect(rowsOf(await tableOf('Registrations by nationality'))).toEqual([
      ['Nationality', 'Bossaso', 'Hargeisa', 'Mogadishu', 'Total'],
      ['ETH', '60', '40', '20', '120'],
      ['YEM', 'not shown', '20', '10', '—'],
    ]);
    const nationality = screen.getByRole('heading', { name: 'Registrations by nationality', level: 3 }).closest('section')!;
    expect(within(nationality).getByText(/^Groups of fewer than 5 people are not shown/)).toBeTruthy();
    expect(within(screen.getByRole('heading', { name: 'Registrations by sex', level: 3 }).closest('section')!).queryByText(/^Groups of fewer than 5/)).toBeNull();
    // A withheld count is not a number, and a total over it is unknown.
    expect(rowsOf(await tableOf('Services delivered by type')).find((row) => row[0] === 'Unaccompanied minor cases opened')).toEqual(['Unaccompanied minor cases opened', 'fewer than 5', '2', '1', '—']);
    expect(rowsOf(await tableOf('Average sustainability scores by referring centre (0 to 1)'))[1]).toEqual(['Bossaso', ...Array(4).fill('fewer than 5 surveys')]);
  });

  it('speaks Somali when the user switches language', async () => {
    renderDashboard([centresAnswer(), returnsAnswer()]);
    await screen.findByRole('heading', { name: 'Registrations by nationality' });
    act(() => setLanguage('so'));
    try {
      expect(screen.getByRole('heading', { name: 'Shaxda gobolka', level: 2 })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Soo deji CSV: Diiwaangelinta sida dhalashada' })).toBeTruthy();
    } finally {
      act(() => setLanguage('en'));
      localStorage.clear();
    }
  });
});
