import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseView } from '../src/case/case-view.component.js';
import { migrantCaseQuery } from '../src/registration.documents.js';
import { caseOf, renderWith } from './helpers.js';

afterEach(cleanup);

const migrant = caseOf();

describe('the case view', () => {
  it('shows the profile, the status and risk, the open flags and the history', async () => {
    renderWith([{ request: { query: migrantCaseQuery, variables: { id: 'bossaso:7' } }, result: { data: { migrant } } }], <CaseView id="bossaso:7" />);
    expect(await screen.findByRole('heading', { name: 'Case of Amina Hassan' })).toBeTruthy();
    expect(screen.getByText('Case status: Open')).toBeTruthy();
    expect(screen.getByText('Risk level: High').className).toBe('badge danger');
    expect(screen.getByText('Unaccompanied child', { selector: '.badge' })).toBeTruthy();
    const profile = screen.getByRole('heading', { name: 'Profile' }).nextElementSibling as HTMLElement;
    expect(within(profile).getByText('BOS-2026-000007')).toBeTruthy();
    expect(within(profile).getByText('1 Jan 2010 (estimated)')).toBeTruthy();
    expect(screen.getByText('Needs an Oromo interpreter')).toBeTruthy();
    expect(screen.queryByText('Old flag')).toBeNull();
    expect(screen.getByText(/Bossaso caseworker: create/)).toBeTruthy();
  });

  it('lists the consents, screenings and counselling sessions, each with a way to record another', async () => {
    renderWith([{ request: { query: migrantCaseQuery, variables: { id: 'bossaso:7' } }, result: { data: { migrant } } }], <CaseView id="bossaso:7" />);
    const consents = await screen.findByRole('table', { name: 'Consents given, newest first' });
    const [, inForce, withdrawn] = within(consents).getAllByRole('row');
    expect(within(inForce!).getByRole('rowheader').textContent).toBe('Registration at the centre');
    expect(inForce!.textContent).toContain('Fatuma Ali (aunt)');
    expect(within(inForce!).getByText('In force')).toBeTruthy();
    expect(within(inForce!).getByRole('button', { name: 'Withdraw: Registration at the centre' })).toBeTruthy();
    expect(withdrawn!.textContent).toContain('Withdrawn on 3 Mar 2026 The family asked');
    expect(within(withdrawn!).queryByRole('button')).toBeNull();

    const screenings = screen.getByRole('table', { name: 'Screenings, newest first' });
    const screening = within(screenings).getAllByRole('row')[1]!;
    expect(within(screening).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'High', 'Unaccompanied child', 'A community or diaspora network that helps', 'Protection and Shelter', 'Travelling alone',
    ]);

    const counselling = screen.getByRole('table', { name: 'Counselling sessions, newest first' });
    expect(within(counselling).getAllByRole('row')[1]!.textContent).toContain('Safe migration and Rights');
    expect(screen.getByText('Only the latest ones are shown.')).toBeTruthy();

    for (const name of ['Record a consent', 'Record a screening', 'Record a counselling session']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-expanded')).toBe('false');
    }
  });

  it('says so when the consents and screenings are not visible, and when there are none', async () => {
    const quiet = caseOf({
      consents: null,
      screenings: null,
      counsellingSessions: { __typename: 'CounsellingSessionConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: false }, edges: [] },
    });
    renderWith([{ request: { query: migrantCaseQuery, variables: { id: 'bossaso:7' } }, result: { data: { migrant: quiet } } }], <CaseView id="bossaso:7" />);
    expect(await screen.findAllByText('Not visible to you.')).toHaveLength(2);
    expect(screen.getByText('No counselling session recorded yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record a consent' })).toBeNull();
  });

  it('says a case of another centre is not visible, rather than missing', async () => {
    renderWith(
      [{ request: { query: migrantCaseQuery, variables: { id: 'bossaso:7' } }, result: { data: { migrant: null }, errors: [{ message: 'Records of bossaso are not visible to hargeisa staff.', path: ['migrant'], extensions: { code: 'FORBIDDEN' } }] } }],
      <CaseView id="bossaso:7" />,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/This case is not visible to you/);
  });

  it('names the centre when its server cannot be reached', async () => {
    renderWith(
      [{ request: { query: migrantCaseQuery, variables: { id: 'bossaso:7' } }, result: { data: { migrant: null }, errors: [{ message: 'The bossaso subgraph could not be reached.', path: ['migrant'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'bossaso' } }] } }],
      <CaseView id="bossaso:7" />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Bossaso cannot be reached at the moment.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
