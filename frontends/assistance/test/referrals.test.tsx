import { forSite } from '@mpa/graphql';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Referrals, referralsPageSize } from '../src/referrals/referrals.component.js';
import { migrantReferralsQuery, referralPartnersQuery, requestReferralMutation } from '../src/referrals/referrals.documents.js';
import { partnersPageSize, RequestReferral } from '../src/referrals/request-referral.component.js';
import { centre, connection, refusal, renderWith, signInAs, signOut } from './helpers.js';

const migrantId = 'bossaso:m1';
const partner = (id: string, name: string, services: string[]) => ({ __typename: 'PartnerOrganisation', id: `bossaso:${id}`, name, services });
const partnersRequest = { query: referralPartnersQuery, variables: { site: 'bossaso', first: partnersPageSize } };
const partners = { data: { centre: centre({ partners: connection('PartnerOrganisation', [partner('p1', 'Bossaso Women’s Shelter', ['SHELTER']), partner('p2', 'Bossaso General Hospital', ['MEDICAL']), partner('p3', 'Legal aid', ['LEGAL'])]) }) } };
const referral = (id: string, service: string, status: string, to: { id: string; name: string }) => ({
  __typename: 'Referral', id: `bossaso:${id}`, service, status, statusReason: null, note: null, requestedAt: '2026-03-02T09:00:00.000Z',
  partner: { __typename: 'PartnerOrganisation', ...to },
});
const shelter = { id: 'bossaso:p1', name: 'Bossaso Women’s Shelter' };
const hospital = { id: 'bossaso:p2', name: 'Bossaso General Hospital' };
const referralsRequest = { query: migrantReferralsQuery, variables: { id: migrantId, first: referralsPageSize } };
const request = forSite(requestReferralMutation, 'bossaso');
const input = { migrantId, partnerId: 'bossaso:p1', service: 'SHELTER', note: 'Two nights', idempotencyKey: 'key-1' };

afterEach(() => {
  cleanup();
  signOut();
});

async function fillIn() {
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByRole('combobox', { name: /Service/ }), 'SHELTER');
  await user.selectOptions(screen.getByRole('combobox', { name: /Partner/ }), 'bossaso:p1');
  await user.type(screen.getByRole('textbox', { name: 'Note for the partner' }), 'Two nights');
  return user;
}

describe('shelter and health referrals', () => {
  it('lists the migrant’s shelter and health referrals with their status, not the others', async () => {
    await signInAs('caseworker');
    renderWith(
      [
        { request: referralsRequest, result: { data: { migrant: { __typename: 'BossasoMigrant', id: migrantId, referrals: connection('Referral', [referral('r1', 'SHELTER', 'ACCEPTED', shelter), referral('r2', 'LEGAL', 'REQUESTED', { id: 'bossaso:p3', name: 'Legal aid' }), referral('r3', 'MEDICAL', 'COMPLETED', hospital)]) } } } },
        { request: partnersRequest, result: partners },
      ],
      <Referrals site="bossaso" migrantId={migrantId} />,
    );
    const table = await screen.findByRole('table', { name: 'Shelter and health referrals, newest first' });
    expect(within(within(table).getByRole('row', { name: /Women’s Shelter/ })).getByText('Accepted')).toBeTruthy();
    expect(within(within(table).getByRole('row', { name: /General Hospital/ })).getByText('Health care')).toBeTruthy();
    expect(within(table).queryByText('Legal aid')).toBeNull();
  });

  it('offers only the partners giving the chosen service, and checks the form first', async () => {
    await signInAs('caseworker');
    renderWith([{ request: partnersRequest, result: partners }], <RequestReferral site="bossaso" migrantId={migrantId} newKey={() => 'key-1'} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Request the referral' }));
    expect(screen.getByText('Choose the service.')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: /Service/ }), 'MEDICAL');
    const options = within(screen.getByRole('combobox', { name: /Partner/ })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Choose…', 'Bossaso General Hospital']);
    await user.click(screen.getByRole('button', { name: 'Request the referral' }));
    expect(screen.getByText('Choose the partner.')).toBeTruthy();
  });

  it('requests a referral, and says what to do when the migrant has not consented to sharing', async () => {
    await signInAs('caseworker');
    const requested = { data: { site: { __typename: 'SiteMutations', requestReferral: { __typename: 'ReferralPayload', created: true, referral: { __typename: 'Referral', id: 'bossaso:r9', service: 'SHELTER', status: 'REQUESTED', partner: { __typename: 'PartnerOrganisation', id: 'bossaso:p1', name: 'Bossaso Women’s Shelter' } } } } } };
    renderWith(
      [
        { request: partnersRequest, result: partners },
        { request: { query: request, variables: { input } }, result: refusal('CONSENT_REQUIRED', 'No DATA_SHARING_WITH_PARTNERS consent', { purpose: 'DATA_SHARING_WITH_PARTNERS' }) },
        { request: { query: request, variables: { input } }, result: requested },
      ],
      <RequestReferral site="bossaso" migrantId={migrantId} newKey={() => 'key-1'} />,
    );
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Request the referral' }));
    expect(await screen.findByText(/has not consented to their data being shared with partners/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Request the referral' }));
    expect(await screen.findByText('Referral to Bossaso Women’s Shelter requested.')).toBeTruthy();
  });

  it('leaves requesting to caseworkers', async () => {
    await signInAs('medical');
    renderWith([{ request: referralsRequest, result: { data: { migrant: { __typename: 'BossasoMigrant', id: migrantId, referrals: connection('Referral', []) } } } }], <Referrals site="bossaso" migrantId={migrantId} />);
    expect(await screen.findByText('No shelter or health referral on this page.')).toBeTruthy();
    expect(screen.getByText('Requesting referrals needs the caseworker role.')).toBeTruthy();
  });
});
