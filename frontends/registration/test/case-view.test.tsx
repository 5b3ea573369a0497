import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseView } from '../src/case/case-view.component.js';
import { migrantCaseQuery } from '../src/registration.documents.js';
import { renderWith } from './helpers.js';

afterEach(cleanup);

const migrant = {
  __typename: 'BossasoMigrant',
  id: 'bossaso:7',
  registrationNumber: 'BOS-2026-000007',
  fullName: 'Amina Hassan',
  sex: 'FEMALE',
  age: 16,
  dateOfBirth: '2010-01-01',
  dateOfBirthEstimated: true,
  nationality: 'ETH',
  regionOfOrigin: null,
  hasDocuments: false,
  intendedDestination: 'SAU',
  arrivalDate: '2026-03-01',
  caseStatus: 'OPEN',
  riskLevel: 'HIGH',
  isUnaccompaniedChild: true,
  hasTraffickingIndicators: false,
  flags: [
    { __typename: 'CaseFlag', id: 'bossaso:f1', message: 'Needs an Oromo interpreter', resolvedAt: null },
    { __typename: 'CaseFlag', id: 'bossaso:f2', message: 'Old flag', resolvedAt: '2026-03-02T10:00:00Z' },
  ],
  history: {
    __typename: 'AuditEventConnection',
    edges: [
      { __typename: 'AuditEventEdge', node: { __typename: 'AuditEvent', id: 'a1', at: '2026-03-01T09:00:00Z', actorName: 'Bossaso caseworker', action: 'create', changes: null } },
    ],
  },
};

describe('the case view', () => {
  it('shows the profile, the status and risk, the open flags and the history', async () => {
    renderWith([{ request: { query: migrantCaseQuery, variables: { id: 'bossaso:7' } }, result: { data: { migrant } } }], <CaseView id="bossaso:7" />);
    expect(await screen.findByRole('heading', { name: 'Case of Amina Hassan' })).toBeTruthy();
    expect(screen.getByText('Case status: Open')).toBeTruthy();
    expect(screen.getByText('Risk level: High').className).toBe('badge danger');
    expect(screen.getByText('Unaccompanied child')).toBeTruthy();
    const profile = screen.getByRole('heading', { name: 'Profile' }).nextElementSibling as HTMLElement;
    expect(within(profile).getByText('BOS-2026-000007')).toBeTruthy();
    expect(within(profile).getByText('1 Jan 2010 (estimated)')).toBeTruthy();
    expect(screen.getByText('Needs an Oromo interpreter')).toBeTruthy();
    expect(screen.queryByText('Old flag')).toBeNull();
    expect(screen.getByText(/Bossaso caseworker: create/)).toBeTruthy();
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
