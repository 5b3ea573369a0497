// What each role sees of the section: only what its scopes open, with why the rest is not there,
// and no request for what it may not read.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProtectionSection } from '../src/root.component.js';
import { fakeCentre, migrantSummary, pageInfo, renderWith, signInAs, signOut, uamCase } from './helpers.js';

afterEach(() => {
  cleanup();
  signOut();
});

const fileOf = (n: number) => ({
  ProtectionMigrantSummary: () => ({ data: migrantSummary(n, 'Ayaan Warsame') }),
  MigrantProtectionCases: () => ({ data: { migrant: { __typename: 'BossasoMigrant', id: `bossaso:m${n}`, uamCase: uamCase(n), traffickingCase: null } } }),
  MhpssSessions: () => ({ data: { migrant: { __typename: 'BossasoMigrant', id: `bossaso:m${n}`, mhpssSessions: { __typename: 'MhpssSessionConnection', pageInfo: pageInfo(), edges: [] } } } }),
  MigrantConsents: () => ({ data: { migrant: { __typename: 'BossasoMigrant', id: `bossaso:m${n}`, consents: { __typename: 'ConsentConnection', pageInfo: pageInfo(), edges: [] } } } }),
  MigrantReferrals: () => ({ data: { migrant: { __typename: 'BossasoMigrant', id: `bossaso:m${n}`, referrals: { __typename: 'ReferralConnection', pageInfo: pageInfo(), edges: [] } } } }),
});

describe('a caseworker', () => {
  it('opens the section for referrals and transfers, and is told why protection and psychosocial records are not there', async () => {
    await signInAs('caseworker');
    history.pushState(null, '', '/protection');
    renderWith(fakeCentre({}).client, <ProtectionSection />);
    const nav = screen.getByRole('navigation', { name: 'Protection' });
    expect(within(nav).getByRole('link', { name: 'Referrals' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Unaccompanied minors' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Psychosocial support' })).toBeNull();
    const protection = screen.getByRole('region', { name: 'Unaccompanied minors and victims of trafficking' });
    expect(within(protection).getByText(/only protection officers see them, and your role does not include them/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Psychosocial support' })).getByText(/only psychosocial support staff see them/)).toBeTruthy();
  });

  it('is told, not shown an error, when opening the UAM caseload, and nothing is asked of the centre', async () => {
    await signInAs('caseworker');
    history.pushState(null, '', '/protection/cases?kind=UAM');
    const centre = fakeCentre({});
    renderWith(centre.client, <ProtectionSection />);
    expect(screen.getByText(/Cases of unaccompanied minors and victims of trafficking are confidential/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(centre.operations).toEqual([]);
  });

  it('sees a migrant’s consents and referrals but never asks for their UAM case or sessions', async () => {
    await signInAs('caseworker');
    history.pushState(null, '', '/protection/migrants/bossaso%3Am7');
    const centre = fakeCentre(fileOf(7));
    renderWith(centre.client, <ProtectionSection />);
    expect(await screen.findByRole('heading', { name: 'Protection file of Ayaan Warsame' })).toBeTruthy();
    expect(await screen.findByText('No consent recorded.')).toBeTruthy();
    expect(await screen.findByText('No referrals for this migrant.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Transfer the case' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Unaccompanied or separated child' })).toBeNull();
    expect(screen.queryByText('Confidential.')).toBeNull();
    // The flag comes from the protection screening: not for this role either.
    expect(screen.queryByText('Unaccompanied child')).toBeNull();
    const notShown = screen.getByRole('complementary', { name: 'Not shown to you' });
    expect(within(notShown).getAllByRole('listitem')).toHaveLength(2);
    expect(centre.names().sort()).toEqual(['MigrantConsents', 'MigrantReferrals', 'ProtectionMigrantSummary']);
    expect(centre.operations.some((o) => /uamCase|mhpssSessions/.test(o.query))).toBe(false);
  });
});

describe('a protection officer', () => {
  it('sees the child’s UAM case under a confidentiality notice, with referrals, and is told psychosocial support is not theirs', async () => {
    await signInAs('protection');
    history.pushState(null, '', '/protection/migrants/bossaso%3Am7');
    const centre = fakeCentre(fileOf(7));
    renderWith(centre.client, <ProtectionSection />);
    expect(await screen.findByRole('heading', { name: 'Unaccompanied or separated child' })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Confidential' }).textContent).toMatch(/every time you open them is logged/);
    expect(screen.getByText('Family tracing: In progress')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit the UAM case' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Record a trafficking screening' }).getAttribute('href')).toBe('/protection/cases/new?kind=VOT&migrant=bossaso%3Am7');
    expect(await screen.findByText('No referrals for this migrant.')).toBeTruthy();
    expect(within(screen.getByRole('complementary', { name: 'Not shown to you' })).getByText(/Psychosocial support records are confidential/)).toBeTruthy();
    expect(centre.names()).not.toContain('MhpssSessions');
  });
});

describe('psychosocial support staff', () => {
  it('see psychosocial support only: sessions on the file, no protection cases, no referrals', async () => {
    await signInAs('mhpss');
    history.pushState(null, '', '/protection/migrants/bossaso%3Am7');
    const centre = fakeCentre(fileOf(7));
    renderWith(centre.client, <ProtectionSection />);
    expect(await screen.findByText('No sessions recorded.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Record a session' })).toBeTruthy();
    expect(screen.getByText('Confidential.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Referrals' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Transfer the case' })).toBeNull();
    expect(centre.names().sort()).toEqual(['MhpssSessions', 'ProtectionMigrantSummary']);
    const nav = screen.getByRole('navigation', { name: 'Protection' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Overview', 'Psychosocial support', 'Find a migrant']);
  });

  it('are told referrals are not theirs when they open them', async () => {
    await signInAs('mhpss');
    history.pushState(null, '', '/protection/referrals');
    const centre = fakeCentre({});
    renderWith(centre.client, <ProtectionSection />);
    expect(screen.getByText('Referrals, consents and transfers are case work: your role does not include it.')).toBeTruthy();
    expect(centre.operations).toEqual([]);
  });
});

describe('a file the centre refuses', () => {
  it('says it is not visible rather than failing', async () => {
    await signInAs('caseworker');
    history.pushState(null, '', '/protection/migrants/hargeisa%3Am1');
    const centre = fakeCentre({
      ProtectionMigrantSummary: () => ({ data: { migrant: null }, errors: [{ message: 'Not allowed', path: ['migrant'], extensions: { code: 'FORBIDDEN' } }] }),
    });
    renderWith(centre.client, <ProtectionSection />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/This file is not visible to you/);
  });
});

describe('in Somali', () => {
  it('says the same things, including why a part is not shown', async () => {
    const { setLanguage } = await import('@mpa/i18n');
    await signInAs('caseworker');
    setLanguage('so');
    try {
      history.pushState(null, '', '/protection');
      renderWith(fakeCentre({}).client, <ProtectionSection />);
      expect(screen.getByRole('heading', { name: 'Ilaalin', level: 2 })).toBeTruthy();
      expect(screen.getByText(/saraakiisha ilaalinta oo keliya ayaa arka/)).toBeTruthy();
      expect(within(screen.getByRole('navigation', { name: 'Ilaalin' })).getByRole('link', { name: 'Gudbinta' })).toBeTruthy();
    } finally {
      setLanguage('en');
    }
  });
});
