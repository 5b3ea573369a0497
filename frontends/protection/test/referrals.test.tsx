// Referrals to partners: only the moves a status allows, consent required (or overridden with a
// reason), the partner directory, consents and transfers.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CentreReferrals } from '../src/referrals/centre-referrals.component.js';
import { ConsentsPanel } from '../src/referrals/consents-panel.component.js';
import { PartnerDirectory } from '../src/referrals/partner-directory.component.js';
import { RequestReferral } from '../src/referrals/request-referral.component.js';
import { TransferCase } from '../src/referrals/transfer-case.component.js';
import { fakeCentre, migrantSummary, pageInfo, referral, refusedFields, renderWith, signInAs, signOut, type Handlers } from './helpers.js';

beforeEach(async () => {
  await signInAs('caseworker');
});
afterEach(() => {
  cleanup();
  signOut();
});

const referralsAnswer = (nodes: unknown[], endCursor: string | null = null) => ({
  data: { centre: { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso', referrals: { __typename: 'ReferralConnection', pageInfo: pageInfo(endCursor), edges: nodes.map((node) => ({ __typename: 'ReferralEdge', node })) } } },
});
const moved = (n: number, status: string, statusReason: string | null = null) => ({
  data: { site: { __typename: 'SiteMutations', setReferralStatus: { __typename: 'ReferralPayload', referral: referral(n, status, { version: 2, statusReason }) } } },
});
const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('the centre’s referrals', () => {
  it('offers only the next steps each status allows', async () => {
    renderWith(fakeCentre({ CentreReferrals: () => referralsAnswer([referral(1, 'REQUESTED'), referral(2, 'ACCEPTED'), referral(3, 'COMPLETED')]) }).client, <CentreReferrals site="bossaso" status={null} />);
    await screen.findByRole('table', { name: 'Referrals from Bossaso' });
    const buttons = (name: string) => within(rowOf(name)).queryAllByRole('button').map((b) => b.textContent);
    expect(buttons('Migrant 1')).toEqual(['Accepted by the partner', 'Rejected by the partner', 'Revoke']);
    expect(buttons('Migrant 2')).toEqual(['Completed', 'Revoke']);
    expect(buttons('Migrant 3')).toEqual([]);
  });

  it('moves a referral from requested to accepted to completed', async () => {
    let status = 'REQUESTED';
    const centre = fakeCentre({
      CentreReferrals: () => referralsAnswer([referral(1, status)]),
      SetReferralStatus: (v) => {
        status = (v['input'] as { status: string }).status;
        return moved(1, status);
      },
    });
    renderWith(centre.client, <CentreReferrals site="bossaso" status={null} />);
    await screen.findByRole('table');
    await userEvent.click(within(rowOf('Migrant 1')).getByRole('button', { name: 'Accepted by the partner' }));
    expect(await screen.findByText('Referral to Safe Haven Shelter: accepted.')).toBeTruthy();
    expect(within(rowOf('Migrant 1')).getByText('Accepted')).toBeTruthy();
    await userEvent.click(within(rowOf('Migrant 1')).getByRole('button', { name: 'Completed' }));
    expect(await screen.findByText('Referral to Safe Haven Shelter: completed.')).toBeTruthy();
    expect(within(rowOf('Migrant 1')).queryAllByRole('button')).toEqual([]);
    expect(centre.operations.filter((o) => o.operationName === 'SetReferralStatus').map((o) => o.variables['input'])).toEqual([
      { id: 'bossaso:r1', expectedVersion: 1, status: 'ACCEPTED' },
      { id: 'bossaso:r1', expectedVersion: 2, status: 'COMPLETED' },
    ]);
  });

  it('asks why before a rejection, and says when the referral had already moved on', async () => {
    const centre = fakeCentre({
      CentreReferrals: () => referralsAnswer([referral(1, 'REQUESTED'), referral(2, 'REQUESTED')]),
      SetReferralStatus: (v) =>
        (v['input'] as { id: string }).id === 'bossaso:r2'
          ? { errors: [{ message: 'A REVOKED referral cannot become ACCEPTED', extensions: { code: 'INVALID_TRANSITION', from: 'REVOKED', to: 'ACCEPTED' } }] }
          : moved(1, 'REJECTED', 'No beds'),
    });
    renderWith(centre.client, <CentreReferrals site="bossaso" status={null} />);
    await screen.findByRole('table');
    const user = userEvent.setup();
    await user.click(within(rowOf('Migrant 1')).getByRole('button', { name: 'Rejected by the partner' }));
    await user.click(within(rowOf('Migrant 1')).getByRole('button', { name: 'Rejected by the partner' }));
    expect(within(rowOf('Migrant 1')).getByText('Enter the reason.')).toBeTruthy();
    expect(centre.names()).not.toContain('SetReferralStatus');
    await user.type(within(rowOf('Migrant 1')).getByRole('textbox', { name: /Reason/ }), 'No beds');
    await user.click(within(rowOf('Migrant 1')).getByRole('button', { name: 'Rejected by the partner' }));
    expect(await within(rowOf('Migrant 1')).findByText('No beds')).toBeTruthy();

    await user.click(within(rowOf('Migrant 2')).getByRole('button', { name: 'Accepted by the partner' }));
    expect((await within(rowOf('Migrant 2')).findByRole('alert')).textContent).toMatch(/the referral has moved on since you opened this page/);
  });

  it('narrows by status through the address, and pages', async () => {
    const centre = fakeCentre({ CentreReferrals: (v) => (v['after'] === 'c1' ? referralsAnswer([referral(3, 'ACCEPTED')]) : referralsAnswer([referral(1, 'ACCEPTED'), referral(2, 'ACCEPTED')], 'c1')) });
    renderWith(centre.client, <CentreReferrals site="bossaso" status="ACCEPTED" />);
    await screen.findByRole('table');
    expect(centre.operations[0]?.variables).toMatchObject({ filter: { status: 'ACCEPTED' } });
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: /Migrant 3/ })).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'REVOKED');
    expect(location.search).toBe('?status=REVOKED');
  });
});

const partnersAnswer = (nodes: unknown[], endCursor: string | null = null) => ({
  data: { centre: { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso', partners: { __typename: 'PartnerOrganisationConnection', pageInfo: pageInfo(endCursor), edges: nodes.map((node) => ({ __typename: 'PartnerOrganisationEdge', node })) } } },
});
const shelter = { __typename: 'PartnerOrganisation', id: 'bossaso:p1', name: 'Safe Haven Shelter', services: ['SHELTER', 'PROTECTION'], contact: '+252 90 000' };

describe('requesting a referral', () => {
  const handlers = (answer: Handlers[string]): Handlers => ({
    ProtectionMigrantSummary: () => ({ data: migrantSummary(7, 'Ayaan Warsame') }),
    Partners: () => partnersAnswer([shelter]),
    RequestReferral: answer,
  });
  const fillIn = async (user: ReturnType<typeof userEvent.setup>) => {
    await screen.findByText('Ayaan Warsame (BOS-2026-000007)');
    await user.selectOptions(screen.getByRole('combobox', { name: /Partner/ }), 'bossaso:p1');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Service/ }), 'SHELTER');
  };

  it('offers only the services the partner gives, and is refused without consent', async () => {
    const centre = fakeCentre(handlers(() => ({ errors: [{ message: 'needs consent', extensions: { code: 'CONSENT_REQUIRED', purpose: 'DATA_SHARING_WITH_PARTNERS' } }] })));
    renderWith(centre.client, <RequestReferral site="bossaso" migrantId="bossaso:m7" canOverride={false} newKey={() => 'key-r'} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send the referral' }));
    expect(screen.getByText('Choose the partner.')).toBeTruthy();
    expect(centre.names()).not.toContain('RequestReferral');
    await fillIn(user);
    const services = within(screen.getByRole('combobox', { name: /^Service/ })).getAllByRole('option').map((o) => o.textContent);
    expect(services).toEqual(['Choose…', 'Shelter', 'Protection']);
    await user.click(screen.getByRole('button', { name: 'Send the referral' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/has not consented to sharing their data with partners/);
    expect(screen.getByRole('link', { name: 'Record Ayaan Warsame’s consent on their file' }).getAttribute('href')).toBe('/protection/migrants/bossaso%3Am7');
    expect(screen.queryByRole('checkbox', { name: 'Act without the migrant’s consent' })).toBeNull();
  });

  it('lets a protection officer override consent, only with a reason', async () => {
    const centre = fakeCentre(handlers(() => ({ data: { site: { __typename: 'SiteMutations', requestReferral: { __typename: 'ReferralPayload', created: true, referral: referral(7, 'REQUESTED', { consentOverridden: true }) } } } })));
    renderWith(centre.client, <RequestReferral site="bossaso" migrantId="bossaso:m7" canOverride newKey={() => 'key-r'} />);
    const user = userEvent.setup();
    await fillIn(user);
    await user.click(screen.getByRole('checkbox', { name: 'Act without the migrant’s consent' }));
    await user.click(screen.getByRole('button', { name: 'Send the referral' }));
    expect(screen.getByText('Say why you act without consent: it is logged.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Why it cannot wait/ }), 'Sleeping outside, unsafe');
    await user.click(screen.getByRole('button', { name: 'Send the referral' }));
    expect(await screen.findByText('Ayaan Warsame referred to Safe Haven Shelter.')).toBeTruthy();
    expect(centre.operations.find((o) => o.operationName === 'RequestReferral')?.variables).toEqual({
      input: { migrantId: 'bossaso:m7', partnerId: 'bossaso:p1', service: 'SHELTER', idempotencyKey: 'key-r', consentOverride: { reason: 'Sleeping outside, unsafe' } },
    });
  });
});

describe('the partner directory', () => {
  it('pages through the partners and adds one, checked first and refused in place', async () => {
    let attempts = 0;
    const centre = fakeCentre({
      Partners: (v) => (v['after'] === 'p1' ? partnersAnswer([{ ...shelter, id: 'bossaso:p2', name: 'Legal Aid Puntland', services: ['LEGAL'] }]) : partnersAnswer([shelter], 'p1')),
      CreatePartner: () =>
        ++attempts === 1
          ? refusedFields([{ field: 'input.contact', message: 'must be at most 300 characters' }])
          : { data: { site: { __typename: 'SiteMutations', createPartner: { __typename: 'PartnerPayload', created: true, partner: { ...shelter, id: 'bossaso:p3', name: 'Bossaso Clinic', services: ['MEDICAL'] } } } } },
    });
    renderWith(centre.client, <PartnerDirectory site="bossaso" newKey={() => 'key-p'} />);
    expect(await screen.findByRole('cell', { name: 'Shelter, Protection' })).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('rowheader', { name: 'Legal Aid Puntland' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add a partner' }));
    await user.click(screen.getByRole('button', { name: 'Add the partner' }));
    expect(screen.getByText('Choose at least one service.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Bossaso Clinic');
    await user.click(screen.getByRole('checkbox', { name: 'Medical care' }));
    await user.type(screen.getByRole('textbox', { name: /^Contact/ }), 'x');
    await user.click(screen.getByRole('button', { name: 'Add the partner' }));
    expect(await screen.findByText('The centre refused it: must be at most 300 characters.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add the partner' }));
    expect(await screen.findByText('Bossaso Clinic added to the directory.')).toBeTruthy();
    expect(centre.operations.filter((o) => o.operationName === 'CreatePartner').at(-1)?.variables).toEqual({ input: { name: 'Bossaso Clinic', services: ['MEDICAL'], contact: 'x', idempotencyKey: 'key-p' } });
  });
});

describe('consent and transfer', () => {
  it('records a guardian’s consent for a child, with the guardian named', async () => {
    const centre = fakeCentre({
      MigrantConsents: () => ({ data: { migrant: { __typename: 'BossasoMigrant', id: 'bossaso:m7', consents: { __typename: 'ConsentConnection', pageInfo: pageInfo(), edges: [] } } } }),
      RecordConsent: () => ({ data: { site: { __typename: 'SiteMutations', recordConsent: { __typename: 'ConsentPayload', created: true, consent: { __typename: 'Consent', id: 'bossaso:c1', purpose: 'DATA_SHARING_WITH_PARTNERS', active: true } } } } }),
    });
    renderWith(centre.client, <ConsentsPanel migrantId="bossaso:m7" site="bossaso" today={new Date('2026-03-15T09:00:00Z')} newKey={() => 'key-c'} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record a consent' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Given by/ }), 'GUARDIAN');
    await user.click(screen.getByRole('button', { name: 'Record the consent' }));
    expect(screen.getByText('Enter the guardian’s name.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Guardian’s name/ }), 'Faadumo Warsame');
    await user.type(screen.getByRole('textbox', { name: /Relationship to the child/ }), 'aunt');
    await user.click(screen.getByRole('button', { name: 'Record the consent' }));
    expect(await screen.findByText('Consent recorded: sharing data with partners.')).toBeTruthy();
    expect(centre.operations.find((o) => o.operationName === 'RecordConsent')?.variables).toEqual({
      input: { migrantId: 'bossaso:m7', purpose: 'DATA_SHARING_WITH_PARTNERS', givenBy: 'GUARDIAN', givenOn: '2026-03-15', guardianName: 'Faadumo Warsame', guardianRelationship: 'aunt', idempotencyKey: 'key-c' },
    });
  });

  it('transfers a case to another organisation, and says when consent is missing', async () => {
    let attempts = 0;
    const centre = fakeCentre({
      TransferCase: () =>
        ++attempts === 1
          ? { errors: [{ message: 'needs consent', extensions: { code: 'CONSENT_REQUIRED' } }] }
          : { data: { site: { __typename: 'SiteMutations', transferCase: { __typename: 'MigrantPayload', migrant: { __typename: 'BossasoMigrant', id: 'bossaso:m7', caseStatus: 'TRANSFERRED', version: 4 } } } } },
    });
    renderWith(centre.client, <TransferCase migrant={{ id: 'bossaso:m7', version: 3, fullName: 'Ayaan Warsame' }} site="bossaso" canOverride={false} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Transfer the case…' }));
    await user.click(screen.getByRole('button', { name: 'Transfer' }));
    expect(screen.getByText('Enter the organisation taking over.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Organisation taking over/ }), 'UNHCR Bossaso');
    await user.click(screen.getByRole('button', { name: 'Transfer' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/has not consented/);
    await user.click(screen.getByRole('button', { name: 'Transfer' }));
    expect(await screen.findByText('Ayaan Warsame’s case transferred to UNHCR Bossaso.')).toBeTruthy();
    expect(centre.operations.at(-1)?.variables).toEqual({ input: { id: 'bossaso:m7', expectedVersion: 3, organisation: 'UNHCR Bossaso' } });
  });
});
