import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignCaseToMovementMutation } from '../src/case/case.documents.js';
import { movementsPageSize } from '../src/movements/movement-list.component.js';
import { MovementView } from '../src/movements/movement-view.component.js';
import { arriveMovementMutation, departMovementMutation, fitToTravelCasesQuery, movementQuery, movementsQuery, planMovementMutation } from '../src/movements/movements.documents.js';
import { PlanMovement } from '../src/movements/plan-movement.component.js';
import { ReturnsSection } from '../src/root.component.js';
import { card, column, today } from './fixtures.js';
import { officer, refusal, renderWith } from './helpers.js';

const movementNode = (n: number, status = 'PLANNED') => ({
  __typename: 'Movement',
  id: `avrr:mov-${n}`,
  reference: `MOV-2026-${String(n).padStart(4, '0')}`,
  mode: 'AIR',
  status,
  departureDate: '2026-03-20',
  route: 'Bossaso – Addis Ababa (ET 315)',
  destinationCountry: 'ETH',
});
const moviesPage = (nodes: ReturnType<typeof movementNode>[], endCursor: string | null) => ({
  __typename: 'Query',
  movements: { __typename: 'MovementConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor }, edges: nodes.map((node) => ({ __typename: 'MovementEdge', node })) },
});
const booked = (n: number, status = 'TRAVEL_BOOKED') => ({ ...card(n, status as 'TRAVEL_BOOKED'), version: 5 });
const movement = (status: string, cases: ReturnType<typeof booked>[], version = 2) => ({
  __typename: 'Query',
  movement: { ...movementNode(7, status), escorts: ['Sahra Warsame'], departedAt: status === 'PLANNED' ? null : '2026-03-20T06:00:00.000Z', arrivedAt: null, version, cases },
});
const waiting = (cards: ReturnType<typeof booked>[]) => ({ __typename: 'Query', avrCases: column(cards) });
const viewMocks = (status: string, cases: ReturnType<typeof booked>[], version = 2) => [
  { request: { query: movementQuery, variables: { id: 'avrr:mov-7', withNames: true } }, result: { data: movement(status, cases, version) } },
];
const waitingMock = (cards: ReturnType<typeof booked>[]) => ({ request: { query: fitToTravelCasesQuery, variables: { destinationCountry: 'ETH', withNames: true } }, result: { data: waiting(cards) } });

beforeEach(() => history.pushState(null, '', '/returns/movements'));
afterEach(cleanup);

describe('movements', () => {
  it('lists movements, latest first, a page at a time', async () => {
    const mocks = [
      { request: { query: movementsQuery, variables: { first: movementsPageSize } }, result: { data: moviesPage([movementNode(9), movementNode(8, 'DEPARTED')], 'cur-8') } },
      { request: { query: movementsQuery, variables: { first: movementsPageSize, after: 'cur-8' } }, result: { data: moviesPage([movementNode(7, 'ARRIVED')], null) } },
    ];
    renderWith(mocks, <ReturnsSection viewer={officer} />);
    const table = await screen.findByRole('table', { name: 'Movements, latest departure first' });
    expect(within(table).getByRole('link', { name: 'MOV-2026-0009' }).getAttribute('href')).toBe('/returns/movements/avrr%3Amov-9');
    expect(within(table).getByText('Departed')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'MOV-2026-0007' })).toBeTruthy();
    expect(screen.getByText('Movements page 2')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Plan a movement' })).toBeTruthy();
  });

  it('books a fit-to-travel case on a planned movement’s manifest', async () => {
    const mocks = [
      ...viewMocks('PLANNED', []),
      waitingMock([booked(4, 'FIT_TO_TRAVEL')]),
      {
        request: { query: assignCaseToMovementMutation, variables: { movementId: 'avrr:mov-7', caseId: 'avrr:case-4', expectedVersion: 5 } },
        result: { data: { __typename: 'Mutation', assignCaseToMovement: { __typename: 'AvrCase', id: 'avrr:case-4', status: 'TRAVEL_BOOKED', version: 6, allowedTransitions: ['DEPARTED'] } } },
      },
      ...viewMocks('PLANNED', [{ ...booked(4), version: 6 }], 3),
      waitingMock([]),
    ];
    renderWith(mocks, <MovementView id="avrr:mov-7" viewer={officer} />);
    expect(await screen.findByText('Manifest: 0 returnees')).toBeTruthy();
    const candidates = await screen.findByRole('table', { name: 'Cases that can be booked on this movement' });
    await userEvent.click(within(candidates).getByRole('button', { name: 'Book AVR-2026-000004' }));
    expect(await screen.findByText('AVR-2026-000004 booked.')).toBeTruthy();
    const manifest = await screen.findByRole('table', { name: 'Returnees booked on this movement' });
    expect(within(manifest).getByText('Migrant 4')).toBeTruthy();
    expect(await screen.findByText('No fit-to-travel case is waiting for this destination.')).toBeTruthy();
  });

  it('records the departure with progress while every returnee is moved, then the arrival', async () => {
    const mocks = [
      ...viewMocks('PLANNED', [booked(4)]),
      waitingMock([]),
      { request: { query: departMovementMutation, variables: { id: 'avrr:mov-7', expectedVersion: 2 } }, delay: 30, result: { data: { __typename: 'Mutation', departMovement: { __typename: 'Movement', id: 'avrr:mov-7', status: 'DEPARTED', version: 3, departedAt: '2026-03-20T06:00:00.000Z' } } } },
      ...viewMocks('DEPARTED', [booked(4, 'DEPARTED')], 3),
      waitingMock([]),
      {
        request: { query: arriveMovementMutation, variables: { id: 'avrr:mov-7', expectedVersion: 3 } },
        result: refusal('Movement MOV-2026-0007 cannot be received yet.', { code: 'PRECONDITION_FAILED', missing: ['AVR-2026-000004: handOver'] }),
      },
    ];
    renderWith(mocks, <MovementView id="avrr:mov-7" viewer={officer} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Record departure' }));
    expect(screen.getByText('Recording the departure of every returnee…').getAttribute('role')).toBe('status');
    expect(await screen.findByText('Departure recorded for 1 returnee.')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Record arrival' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not yet: missing AVR-2026-000004: a signed hand-over.');
  });

  it('checks a planned movement before sending it, and opens it once planned', async () => {
    const input = { mode: 'ROAD_CONVOY', departureDate: '2026-03-30', route: 'Hargeisa – Togwajaale', destinationCountry: 'ETH', escorts: ['Sahra Warsame', 'Dr. Abdi Nur'], idempotencyKey: 'key-1' };
    const mocks = [{ request: { query: planMovementMutation, variables: { input } }, result: { data: { __typename: 'Mutation', planMovement: { __typename: 'Movement', id: 'avrr:mov-8', reference: 'MOV-2026-0008' } } } }];
    history.pushState(null, '', '/returns/movements/new');
    renderWith(mocks, <PlanMovement today={today} newKey={() => 'key-1'} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Plan the movement' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 4 problems with the form.');
    expect(screen.getByText('Enter a three-letter country code, e.g. ETH.')).toBeTruthy();
    await user.type(screen.getByLabelText(/Departure date/), '2024-01-01');
    await user.click(screen.getByRole('button', { name: 'Plan the movement' }));
    expect(screen.getByText('A movement cannot be planned more than a year back.')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: /Mode/ }), 'ROAD_CONVOY');
    await user.clear(screen.getByLabelText(/Departure date/));
    await user.type(screen.getByLabelText(/Departure date/), '2026-03-30');
    await user.type(screen.getByRole('textbox', { name: /Route/ }), 'Hargeisa – Togwajaale');
    await user.type(screen.getByRole('textbox', { name: /Destination country/ }), 'eth');
    await user.type(screen.getByRole('textbox', { name: /Escorts/ }), 'Sahra Warsame{Enter}Dr. Abdi Nur');
    await user.click(screen.getByRole('button', { name: 'Plan the movement' }));
    expect(await screen.findByText('Movement MOV-2026-0008 planned.')).toBeTruthy();
    expect(location.pathname).toBe('/returns/movements/avrr%3Amov-8');
  });
});
