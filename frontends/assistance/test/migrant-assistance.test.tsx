import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { migrantConsultationsQuery } from '../src/consultations/consultations.documents.js';
import { consultationsPageSize } from '../src/consultations/consultations.component.js';
import { distributionsPageSize } from '../src/distributions/distributions.component.js';
import { migrantDistributionsQuery } from '../src/distributions/distributions.documents.js';
import { assistedMigrantQuery } from '../src/migrants/migrants.documents.js';
import { MigrantAssistance } from '../src/migrants/migrant-assistance.component.js';
import { referralsPageSize } from '../src/referrals/referrals.component.js';
import { migrantReferralsQuery } from '../src/referrals/referrals.documents.js';
import { connection, renderWith, signInAs, signOut } from './helpers.js';

const id = 'bossaso:m1';
const migrant = { __typename: 'BossasoMigrant', id, registrationNumber: 'BOS-2026-000001', fullName: 'Hodan Warsame', sex: 'FEMALE', age: 19, nationality: 'ETH' };
const empty = (field: string, type: string) => ({ data: { migrant: { __typename: 'BossasoMigrant', id, [field]: connection(type, []) } } });
const lists = [
  { request: { query: migrantDistributionsQuery, variables: { id, first: distributionsPageSize } }, result: empty('distributions', 'Distribution') },
  { request: { query: migrantReferralsQuery, variables: { id, first: referralsPageSize } }, result: empty('referrals', 'Referral') },
];

afterEach(() => {
  cleanup();
  signOut();
});

describe('one migrant’s assistance', () => {
  it('shows medical staff the consultations beside the items and referrals', async () => {
    await signInAs('medical');
    renderWith(
      [{ request: { query: assistedMigrantQuery, variables: { id } }, result: { data: { migrant } } }, ...lists, { request: { query: migrantConsultationsQuery, variables: { id, first: consultationsPageSize } }, result: empty('medicalConsultations', 'MedicalConsultation') }],
      <MigrantAssistance site="bossaso" id={id} />,
    );
    expect(await screen.findByRole('heading', { name: 'Assistance for Hodan Warsame' })).toBeTruthy();
    expect(screen.getByText('BOS-2026-000001 · Female · 19 years · ETH')).toBeTruthy();
    expect(await screen.findByText('No consultation recorded yet.')).toBeTruthy();
    expect(await screen.findByText('Nothing handed out to this migrant yet.')).toBeTruthy();
  });

  it('tells a caseworker the consultations need the medical role', async () => {
    await signInAs('caseworker');
    renderWith([{ request: { query: assistedMigrantQuery, variables: { id } }, result: { data: { migrant } } }, ...lists], <MigrantAssistance site="bossaso" id={id} />);
    expect(await screen.findByText(/Medical consultations are recorded and read only by the centre’s medical staff/)).toBeTruthy();
  });

  it('refuses another centre’s migrant, and says so', async () => {
    await signInAs('caseworker');
    renderWith(
      [{ request: { query: assistedMigrantQuery, variables: { id: 'hargeisa:9' } }, result: { data: { migrant: null }, errors: [{ message: 'Records of hargeisa are not visible to bossaso staff.', path: ['migrant'], extensions: { code: 'FORBIDDEN' } }] } }],
      <MigrantAssistance site="bossaso" id="hargeisa:9" />,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/This migrant is not visible to you/);
  });

  it('says when the migrant cannot be loaded', async () => {
    await signInAs('caseworker');
    renderWith([{ request: { query: assistedMigrantQuery, variables: { id } }, error: new Error('Failed to fetch') }], <MigrantAssistance site="bossaso" id={id} />);
    expect(await screen.findByText('The migrant could not be loaded.')).toBeTruthy();
  });
});
