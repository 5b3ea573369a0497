import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { centresQuery, findCentreMigrantsQuery, openAvrCaseMutation } from '../src/open/open-case.documents.js';
import { OpenCase } from '../src/open/open-case.component.js';
import { today } from './fixtures.js';
import { refusal, renderWith } from './helpers.js';

const centres = { request: { query: centresQuery }, result: { data: { __typename: 'Query', centres: [{ __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso' }] } } };
const opened = { data: { __typename: 'Mutation', openAvrCase: { __typename: 'AvrCase', id: 'avrr:case-42', caseNumber: 'AVR-2026-000042' } } };
const found = (node: Record<string, unknown>) => ({
  __typename: 'Query',
  centre: {
    __typename: 'BossasoCentre',
    code: 'bossaso',
    searchMigrants: { __typename: 'MigrantSearchConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [{ __typename: 'MigrantSearchEdge', node }] },
  },
});
const migrant = (n: number, avrCase: Record<string, unknown> | null = null) => ({ __typename: 'BossasoMigrant', id: `bossaso:${n}`, registrationNumber: `BOS-2026-00000${n}`, fullName: `Migrant ${n}`, nationality: 'ETH', avrCase });

beforeEach(() => history.pushState(null, '', '/returns/new'));
afterEach(cleanup);

describe('opening a return case', () => {
  it('opens a return to Somalia for a returnee referred by a mission abroad, checking the form first', async () => {
    const input = {
      direction: 'TO_SOMALIA', hostCountry: 'YEM', referringMission: 'IOM Yemen', returnee: { fullName: 'Faadumo Cali', sex: 'FEMALE' }, destinationCountry: 'SOM',
      destinationRegion: 'Bari', isUnaccompaniedChild: false, idempotencyKey: 'key-1',
    };
    renderWith([centres, { request: { query: openAvrCaseMutation, variables: { input } }, result: opened }], <OpenCase today={today} newKey={() => 'key-1'} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: /Direction of return/ }), 'TO_SOMALIA');
    await user.type(screen.getByLabelText(/Date of birth/), '2030-01-01');
    await user.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 4 problems with the form.');
    expect(screen.getByText('Enter the referring IOM mission.')).toBeTruthy();
    expect(screen.getByText('The date cannot be in the future.')).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: /Country the returnee is in/ }), 'yem');
    await user.type(screen.getByRole('textbox', { name: /Referring IOM mission/ }), 'IOM Yemen');
    await user.type(screen.getByRole('textbox', { name: /full name/ }), 'Faadumo Cali');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Sex/ }), 'FEMALE');
    await user.clear(screen.getByLabelText(/Date of birth/));
    await user.type(screen.getByRole('textbox', { name: /Destination region/ }), 'Bari');
    await user.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(await screen.findByText('Return case AVR-2026-000042 opened.')).toBeTruthy();
    expect(location.pathname).toBe('/returns/cases/avrr%3Acase-42');
  });

  it('finds the centre’s migrant, leaves out one who already has a case, and opens theirs', async () => {
    const input = { direction: 'TO_COUNTRY_OF_ORIGIN', migrantId: 'bossaso:7', destinationCountry: 'ETH', isUnaccompaniedChild: true, idempotencyKey: 'key-1' };
    const mocks = [
      centres,
      { request: { query: findCentreMigrantsQuery, variables: { centre: 'bossaso', query: 'Migrant 3' } }, result: { data: found(migrant(3, { __typename: 'AvrCase', id: 'avrr:case-3', caseNumber: 'AVR-2026-000003', status: 'COUNSELLED' })) } },
      { request: { query: findCentreMigrantsQuery, variables: { centre: 'bossaso', query: 'Migrant 7' } }, result: { data: found(migrant(7)) } },
      {
        request: { query: openAvrCaseMutation, variables: { input } },
        result: refusal('Invalid input. input.destinationCountry: must be an ISO 3166-1 alpha-3 code', { code: 'BAD_USER_INPUT', fields: [{ field: 'input.destinationCountry', message: 'is not a country we return to' }] }),
      },
    ];
    renderWith(mocks, <OpenCase today={today} newKey={() => 'key-1'} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(screen.getAllByText('Find and choose the migrant who asked to return.').length).toBeGreaterThan(0);

    const search = screen.getByRole('search');
    await user.selectOptions(within(search).getByRole('combobox', { name: /Centre/ }), await screen.findByRole('option', { name: 'Bossaso' }));
    await user.type(within(search).getByRole('textbox'), 'Migrant 3{Enter}');
    expect(await within(search).findByText('Already has return case AVR-2026-000003')).toBeTruthy();
    expect(within(search).queryByRole('button', { name: 'Choose Migrant 3' })).toBeNull();
    await user.clear(within(search).getByRole('textbox'));
    await user.type(within(search).getByRole('textbox'), 'Migrant 7');
    await user.click(within(search).getByRole('button', { name: 'Find' }));
    await user.click(await within(search).findByRole('button', { name: 'Choose Migrant 7' }));
    expect(screen.getByText('Chosen: Migrant 7 (BOS-2026-000007)')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Destination country/ }) as HTMLInputElement).value).toBe('ETH');
    await user.click(screen.getByRole('checkbox', { name: 'The returnee is an unaccompanied child' }));
    await user.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(await screen.findByText('is not a country we return to')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Destination country/ }).getAttribute('aria-invalid')).toBe('true');
  });
});
