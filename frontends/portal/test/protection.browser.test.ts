// The protection section in a real browser against the whole hub: a referral made with consent,
// accepted and completed; one without consent refused; a UAM case that a protection officer
// sees and a caseworker does not; psychosocial support staff seeing their sessions only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumMissing, useBrowserHub } from './browser-harness.js';

// Names no demo record has, different on every run.
const suffix = () => String.fromCharCode(...Array.from({ length: 5 }, () => 97 + Math.floor(Math.random() * 26)));
const cap = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
const adult = { givenName: 'Hodan', familyName: `Jaamac${suffix()}` };
const unconsented = { givenName: 'Nimco', familyName: `Faarax${suffix()}` };
const child = { givenName: 'Ayaan', familyName: `Warsame${suffix()}` };
const partnerName = `Safe Haven ${cap(suffix())}`;
const fullName = (person: { givenName: string; familyName: string }) => `${person.givenName} ${person.familyName}`;

describe.skipIf(chromiumMissing)(browserSuite('protection'), () => {
  const hub = useBrowserHub();
  const ids: Record<string, string> = {};

  /** Registers someone at Bossaso through the API, as the registration section would. */
  async function register(person: { givenName: string; familyName: string }, estimatedAge: number): Promise<string> {
    const token = await hub.hub.tokenFor('caseworker@bossaso');
    const response = await fetch(hub.hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation Register($input: RegisterMigrantInput!) { bossaso { registerMigrant(input: $input) { migrant { id } } } }',
        variables: { input: { ...person, sex: 'FEMALE', estimatedAge, nationality: 'ETH', hasDocuments: false, confirmNotDuplicate: true } },
      }),
    });
    const body = (await response.json()) as { data?: { bossaso: { registerMigrant: { migrant: { id: string } } } }; errors?: unknown };
    if (body.data === undefined) throw new Error(`registration refused: ${JSON.stringify(body.errors)}`);
    return body.data.bossaso.registerMigrant.migrant.id;
  }

  const open = (path: string, page: Page = hub.page) => page.goto(`${hub.portal.url}${path}`);
  const fileOf = (id: string) => `/protection/migrants/${encodeURIComponent(id)}`;
  const signOut = async () => {
    await hub.page.getByRole('button', { name: 'Sign out' }).click();
    await hub.page.getByRole('button', { name: 'Sign in' }).waitFor();
  };

  it('lets a caseworker add a partner, record consent, refer, and see the referral accepted and completed', async () => {
    ids['adult'] = await register(adult, 30);
    ids['unconsented'] = await register(unconsented, 28);
    ids['child'] = await register(child, 15);
    const page = hub.page;
    await hub.signInAs('caseworker@bossaso');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Protection' }).click();
    await page.getByRole('heading', { name: 'Protection', level: 2 }).waitFor({ timeout: 30_000 });
    await page.getByText(/only protection officers see them, and your role does not include them/).waitFor();
    await hub.screenshot('protection-caseworker-overview');

    await page.getByRole('navigation', { name: 'Protection', exact: true }).getByRole('link', { name: 'Partner directory' }).click();
    await page.getByRole('heading', { name: 'Partner directory' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Add a partner' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill(partnerName);
    await page.getByRole('checkbox', { name: 'Shelter' }).check();
    await page.getByRole('textbox', { name: /^Contact/ }).fill('+252 90 7000000');
    await page.getByRole('button', { name: 'Add the partner' }).click();
    await page.getByText(`${partnerName} added to the directory.`).waitFor({ timeout: 30_000 });
    await page.getByRole('rowheader', { name: partnerName }).waitFor({ timeout: 30_000 });

    await open(fileOf(ids['adult']));
    await page.getByRole('heading', { name: `Protection file of ${fullName(adult)}` }).waitFor({ timeout: 30_000 });
    await page.getByText('No consent recorded.').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Record a consent' }).click();
    await page.getByRole('combobox', { name: /Given by/ }).selectOption('MIGRANT');
    await page.getByRole('button', { name: 'Record the consent' }).click();
    await page.getByText('Consent recorded: sharing data with partners.').waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Consents given, newest first' }).getByText('In force').waitFor({ timeout: 30_000 });

    await page.getByRole('link', { name: 'Refer to a partner' }).click();
    await page.getByRole('heading', { name: 'Refer a migrant to a partner' }).waitFor({ timeout: 30_000 });
    await page.getByText(new RegExp(`^${fullName(adult)} \\(BOS-`)).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: /^Partner/ }).selectOption({ label: partnerName });
    await page.getByRole('combobox', { name: /^Service/ }).selectOption('SHELTER');
    await page.getByRole('textbox', { name: 'Note for the partner' }).fill('Arrived last night, no place to sleep');
    await hub.screenshot('protection-referral-request');
    await page.getByRole('button', { name: 'Send the referral' }).click();
    await page.getByText(`${fullName(adult)} referred to ${partnerName}.`).waitFor({ timeout: 30_000 });

    const row = page.getByRole('table', { name: 'Referrals of this migrant, newest first' }).getByRole('row', { name: new RegExp(partnerName) });
    await row.getByText('Requested').waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: 'Accepted by the partner' }).click();
    await page.getByText(`Referral to ${partnerName}: accepted.`).waitFor({ timeout: 30_000 });
    await row.getByText('Accepted', { exact: true }).waitFor();
    expect(await row.getByRole('button').allTextContents()).toEqual(['Completed', 'Revoke']);
    await row.getByRole('button', { name: 'Completed' }).click();
    await page.getByText(`Referral to ${partnerName}: completed.`).waitFor({ timeout: 30_000 });
    await row.getByText('Completed', { exact: true }).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    await hub.screenshot('protection-referral-completed');

    // The centre's list, narrowed to completed referrals, has it too: the state is the centre's, not the page's.
    await open('/protection/referrals?status=COMPLETED');
    await page.getByRole('table', { name: 'Referrals from Bossaso' }).getByRole('link', { name: new RegExp(fullName(adult)) }).waitFor({ timeout: 30_000 });
  }, 180_000);

  it('refuses a referral of someone who has not consented, and saves nothing', async () => {
    const page = hub.page;
    await open(`/protection/referrals/new?migrant=${encodeURIComponent(ids['unconsented'] ?? '')}`);
    await page.getByText(new RegExp(`^${fullName(unconsented)} \\(BOS-`)).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: /^Partner/ }).selectOption({ label: partnerName });
    await page.getByRole('combobox', { name: /^Service/ }).selectOption('SHELTER');
    // A caseworker may not override: the choice is not even offered.
    expect(await page.getByRole('checkbox', { name: 'Act without the migrant’s consent' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Send the referral' }).click();
    await page.getByRole('alert').filter({ hasText: 'has not consented to sharing their data with partners' }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: `Record ${fullName(unconsented)}’s consent on their file` }).waitFor();
    await hub.screenshot('protection-referral-without-consent');

    await open(fileOf(ids['unconsented'] ?? ''));
    await page.getByText('No referrals for this migrant.').waitFor({ timeout: 30_000 });
  }, 90_000);

  it('shows a UAM case to the protection officer who opened it, and not to a caseworker', async () => {
    const page = hub.page;
    await signOut();
    await hub.signInAs('protection@bossaso');
    await open('/protection/cases?kind=UAM');
    await page.getByRole('heading', { name: 'Unaccompanied minors' }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Open a UAM case' }).click();
    await page.getByRole('heading', { name: 'Open a UAM case' }).waitFor({ timeout: 30_000 });
    await page.getByText('Confidential.').waitFor();
    await page.getByRole('searchbox', { name: 'Name, registration number or ID' }).fill(fullName(child));
    await page.getByRole('searchbox', { name: 'Name, registration number or ID' }).press('Enter');
    await page.getByRole('button', { name: new RegExp(`^Choose ${fullName(child)} \\(`) }).click({ timeout: 30_000 });
    await page.getByRole('combobox', { name: /^Separation/ }).selectOption('UNACCOMPANIED');
    await page.getByRole('combobox', { name: /^Family tracing/ }).selectOption('IN_PROGRESS');
    await page.getByRole('textbox', { name: 'Escort needs' }).fill('Female social worker as escort');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByText(`UAM case opened for ${fullName(child)}.`).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: `Protection file of ${fullName(child)}` }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Unaccompanied or separated child' }).waitFor({ timeout: 30_000 });
    await page.getByText('Family tracing: In progress').waitFor();
    await hub.screenshot('protection-uam-case');

    await open('/protection/cases?kind=UAM');
    await page.getByRole('table', { name: 'Unaccompanied minors at Bossaso' }).getByRole('link', { name: new RegExp(fullName(child)) }).waitFor({ timeout: 30_000 });
    await hub.screenshot('protection-uam-caseload');

    await signOut();
    await hub.signInAs('caseworker@bossaso');
    await open('/protection/cases?kind=UAM');
    await page.getByText(/Cases of unaccompanied minors and victims of trafficking are confidential/).waitFor({ timeout: 30_000 });
    expect(await page.getByText(child.familyName).count()).toBe(0);
    await open(fileOf(ids['child'] ?? ''));
    await page.getByRole('heading', { name: `Protection file of ${fullName(child)}` }).waitFor({ timeout: 30_000 });
    await page.getByText('No referrals for this migrant.').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { name: 'Unaccompanied or separated child' }).count()).toBe(0);
    expect(await page.getByText('Female social worker as escort').count()).toBe(0);
    await page.getByRole('complementary', { name: 'Not shown to you' }).getByText(/only protection officers see them/).waitFor();
    await hub.screenshot('protection-uam-hidden-from-caseworker');
  }, 180_000);

  it('lets psychosocial support staff record a session and a group activity, and shows them nothing else', async () => {
    const page = hub.page;
    await signOut();
    await hub.signInAs('mhpss@bossaso');
    await open(fileOf(ids['adult'] ?? ''));
    await page.getByRole('heading', { name: `Protection file of ${fullName(adult)}` }).waitFor({ timeout: 30_000 });
    await page.getByText('No sessions recorded.').waitFor({ timeout: 30_000 });
    // The referral completed above is case work: not shown to this role, nor asked for.
    expect(await page.getByText(partnerName).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Referrals' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Unaccompanied or separated child' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Record a session' }).click();
    await page.getByRole('combobox', { name: /^Kind of session/ }).selectOption('PSYCHOLOGICAL_FIRST_AID');
    await page.getByRole('textbox', { name: 'Notes' }).fill('Calmer after the session; sleeping badly');
    await page.getByRole('button', { name: 'Record the session' }).click();
    await page.getByText('Session recorded.').waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Individual sessions, most recent first' }).getByText('Psychological first aid').waitFor({ timeout: 30_000 });
    await hub.screenshot('protection-mhpss-session');

    await open('/protection/psychosocial/new');
    await page.getByRole('combobox', { name: /^Kind of activity/ }).selectOption('SUPPORT_GROUP');
    await page.getByRole('textbox', { name: /^Facilitator/ }).fill('Hodan Cali');
    await page.getByRole('searchbox', { name: 'Name, registration number or ID' }).fill(fullName(adult));
    await page.getByRole('searchbox', { name: 'Name, registration number or ID' }).press('Enter');
    await page.getByRole('button', { name: new RegExp(`^Choose ${fullName(adult)} \\(`) }).click({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Record the activity' }).click();
    await page.getByText('Group activity recorded (1 attended).').waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Group activities at Bossaso' }).getByRole('row', { name: /Hodan Cali/ }).waitFor({ timeout: 30_000 });
    await hub.screenshot('protection-mhpss-group-activities');
    expect(hub.pageErrors).toEqual([]);
  }, 120_000);
});
