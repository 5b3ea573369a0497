import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AvrStatus } from '../src/__generated__/graphql.js';
import { avrBoardColumnPageQuery, avrBoardQuery } from '../src/board/board.documents.js';
import { ReturnsSection } from '../src/root.component.js';
import { card, column } from './fixtures.js';
import { setActiveSite } from '@mpa/auth';
import { coordinator, officer, renderWith, signInWith, signOut } from './helpers.js';

const keys: Record<string, AvrStatus> = {
  requested: 'REQUESTED', counselled: 'COUNSELLED', eligibilityConfirmed: 'ELIGIBILITY_CONFIRMED', travelDocuments: 'TRAVEL_DOCUMENTS', fitToTravel: 'FIT_TO_TRAVEL',
  travelBooked: 'TRAVEL_BOOKED', departed: 'DEPARTED', arrived: 'ARRIVED', reintegration: 'REINTEGRATION', closed: 'CLOSED', withdrawn: 'WITHDRAWN', rejected: 'REJECTED', cancelled: 'CANCELLED',
};
const centres = [
  { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso' },
  { __typename: 'HargeisaCentre', code: 'hargeisa', name: 'Hargeisa' },
];
/** The board's answer: every column empty but those given. */
const board = (columns: Partial<Record<keyof typeof keys, ReturnType<typeof column>>>) => ({
  __typename: 'Query',
  centres,
  ...Object.fromEntries(Object.keys(keys).map((key) => [key, columns[key] ?? column([])])),
});

beforeEach(() => history.pushState(null, '', '/returns'));
afterEach(cleanup);

describe('the return pipeline board', () => {
  it('shows a column per state with its count and cards, and loads more of one column alone', async () => {
    const requested = [1, 2, 3, 4, 5].map((n) => card(n, 'REQUESTED'));
    const mocks = [
      {
        request: { query: avrBoardQuery, variables: { withNames: true } },
        result: { data: board({ requested: column(requested, 7, 'cursor-5'), fitToTravel: column([card(9, 'FIT_TO_TRAVEL', { toSomalia: true })]) }) },
      },
      {
        request: { query: avrBoardColumnPageQuery, variables: { filter: { status: 'REQUESTED' }, after: 'cursor-5', withNames: true } },
        result: { data: { __typename: 'Query', avrCases: column([card(6, 'REQUESTED'), card(7, 'REQUESTED')], 7) } },
      },
    ];
    renderWith(mocks, <ReturnsSection viewer={officer} />);
    const requestedColumn = (await screen.findByRole('heading', { name: 'Requested: 7 cases' })).closest('section') as HTMLElement;
    expect(within(requestedColumn).getAllByRole('article')).toHaveLength(5);
    expect(screen.getByRole('heading', { name: 'Counselled: 0 cases' })).toBeTruthy();
    const fit = screen.getByRole('heading', { name: 'Fit to travel: 1 case' }).closest('section') as HTMLElement;
    const somali = within(fit).getByRole('article', { name: 'AVR-2026-000009' });
    expect(within(somali).getByText('Returnee 9')).toBeTruthy();
    expect(within(somali).getByText('To Somalia · from YEM, IOM Yemen · to SOM')).toBeTruthy();
    expect(within(requestedColumn).getByRole('link', { name: 'AVR-2026-000001' }).getAttribute('href')).toBe('/returns/cases/avrr%3Acase-1');

    await userEvent.click(within(requestedColumn).getByRole('button', { name: 'Show more (2 more)' }));
    expect(await within(requestedColumn).findByRole('article', { name: 'AVR-2026-000007' })).toBeTruthy();
    expect(within(requestedColumn).getAllByRole('article')).toHaveLength(7);
    expect(within(requestedColumn).queryByRole('button', { name: /Show more/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Open a return case' })).toBeTruthy();
  });

  it('filters by centre and direction through the address', async () => {
    const mocks = [
      { request: { query: avrBoardQuery, variables: { withNames: true } }, result: { data: board({}) } },
      { request: { query: avrBoardQuery, variables: { withNames: true, centre: 'hargeisa', direction: 'TO_COUNTRY_OF_ORIGIN' } }, result: { data: board({ arrived: column([card(4, 'ARRIVED')]) }) } },
    ];
    renderWith(mocks, <ReturnsSection viewer={officer} />);
    expect(await screen.findByText('No return cases match these filters.')).toBeTruthy();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Referring centre' }), 'hargeisa');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Direction of return' }), 'TO_COUNTRY_OF_ORIGIN');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(location.search).toBe('?centre=hargeisa&direction=TO_COUNTRY_OF_ORIGIN');
    expect(await screen.findByRole('heading', { name: 'Arrived: 1 case' })).toBeTruthy();
    expect(screen.queryByText('No return cases match these filters.')).toBeNull();
  });

  it('follows the centre chosen in the portal’s header until the address says otherwise', async () => {
    await signInWith('avrr-officer', ['cases:read', 'avr:read', 'avr:write']);
    setActiveSite('hargeisa');
    const mocks = [
      { request: { query: avrBoardQuery, variables: { withNames: true, centre: 'hargeisa' } }, result: { data: board({ requested: column([card(8, 'REQUESTED')]) }) } },
      { request: { query: avrBoardQuery, variables: { withNames: true } }, result: { data: board({}) } },
    ];
    try {
      renderWith(mocks, <ReturnsSection viewer={officer} />);
      expect(await screen.findByRole('heading', { name: 'Requested: 1 case' })).toBeTruthy();
      const centre = screen.getByRole('combobox', { name: 'Referring centre' }) as HTMLSelectElement;
      expect(centre.value).toBe('hargeisa');
      const user = userEvent.setup();
      await user.selectOptions(centre, '');
      await user.click(screen.getByRole('button', { name: 'Show' }));
      expect(location.search).toBe('?centre=all');
      expect(await screen.findByText('No return cases match these filters.')).toBeTruthy();
    } finally {
      setActiveSite(null);
      signOut();
    }
  });

  it('shows a coordinator the board read-only, without names', async () => {
    const mocks = [{ request: { query: avrBoardQuery, variables: { withNames: false } }, result: { data: board({ departed: column([card(3, 'DEPARTED', { withNames: false })]) }) } }];
    renderWith(mocks, <ReturnsSection viewer={coordinator} />);
    const departed = (await screen.findByRole('heading', { name: 'Departed: 1 case' })).closest('section') as HTMLElement;
    expect(within(departed).getByText('Name not shown to your role')).toBeTruthy();
    expect(screen.getByText('You can look at the return cases; changing them needs the AVR officer role.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Open a return case' })).toBeNull();
  });

  it('says so when the pipeline cannot be loaded, and tries again', async () => {
    const mocks = [
      { request: { query: avrBoardQuery, variables: { withNames: true } }, error: new Error('Failed to fetch') },
      { request: { query: avrBoardQuery, variables: { withNames: true } }, result: { data: board({}) } },
    ];
    renderWith(mocks, <ReturnsSection viewer={officer} />);
    expect(await screen.findByText('The pipeline could not be loaded.')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No return cases match these filters.')).toBeTruthy();
  });

  it('keeps the opening of cases to those who may open them', async () => {
    history.pushState(null, '', '/returns/new');
    renderWith([], <ReturnsSection viewer={coordinator} />);
    expect((await screen.findByRole('alert')).textContent).toContain('changing them needs the AVR officer role');
  });
});
