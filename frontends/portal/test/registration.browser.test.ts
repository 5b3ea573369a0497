// The registration and screening section in Chromium against the whole hub: a Bossaso caseworker
// searches, registers (and is warned of a near-duplicate), records a consent, screens the migrant,
// records a counselling session and finds them again; a Hargeisa caseworker cannot see them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumMissing, useBrowserHub } from './browser-harness.js';

// A family name no demo record has, different on every run.
const family = `Qoraxle${String.fromCharCode(...Array.from({ length: 4 }, () => 97 + Math.floor(Math.random() * 26)))}`;
const nearDuplicate = `${family.slice(0, -1)}`;

describe.skipIf(chromiumMissing)(browserSuite('registration and screening'), () => {
  const hub = useBrowserHub();
  let caseUrl = '';
  let registrationNumber = '';

  async function fillRegistration(page: Page, familyName: string) {
    await page.getByRole('textbox', { name: /Given name/ }).fill('Hodan');
    await page.getByRole('textbox', { name: /Family name/ }).fill(familyName);
    await page.getByRole('combobox', { name: /Sex/ }).selectOption('FEMALE');
    await page.getByLabel('Date of birth', { exact: true }).fill('2001-04-12');
    await page.getByRole('textbox', { name: /Nationality/ }).fill('ETH');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
  }

  it('lets a Bossaso caseworker search first, then register someone new', async () => {
    const { page } = hub;
    await hub.signInAs('caseworker@bossaso');
    // A site user works at their own centre: there is nothing to switch.
    expect(await page.getByLabel('Centre', { exact: true }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Registration' }).click();
    await page.getByRole('heading', { name: 'Find a migrant' }).waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Name, registration number or ID' }).fill(`Hodan ${family}`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText(`Nobody at this centre matches “Hodan ${family}”.`).waitFor({ timeout: 30_000 });
    await hub.screenshot('registration-search');

    await page.getByRole('link', { name: 'Register a new migrant' }).click();
    await page.getByRole('heading', { name: 'Register a migrant' }).waitFor();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText('Enter the given name.').waitFor();
    await hub.screenshot('registration-form-errors');
    await fillRegistration(page, family);
    await page.getByRole('heading', { name: `Case of Hodan ${family}` }).waitFor({ timeout: 30_000 });
    caseUrl = page.url();
    expect(new URL(caseUrl).pathname).toMatch(/^\/registration\/migrants\/bossaso/);
    registrationNumber = (await page.locator('dt', { hasText: 'Registration number' }).locator('xpath=following-sibling::dd').textContent()) ?? '';
    expect(registrationNumber).not.toBe('');
    await page.getByText(`Registered as ${registrationNumber}.`).waitFor();
  }, 90_000);

  it('warns about a near-duplicate, naming the record already registered', async () => {
    const { page } = hub;
    await page.goto(`${hub.portal.url}/registration/new`);
    await fillRegistration(page, nearDuplicate);
    const warning = page.getByRole('alert').filter({ hasText: 'This person may already be registered' });
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.getByRole('link', { name: new RegExp(`${registrationNumber} — Hodan ${family}`) }).count()).toBe(1);
    await hub.screenshot('registration-duplicate');
  }, 60_000);

  it('records the migrant’s consent to registration, in force until withdrawn', async () => {
    const { page } = hub;
    await page.goto(caseUrl);
    await page.getByRole('heading', { name: `Case of Hodan ${family}` }).waitFor({ timeout: 30_000 });
    await page.getByText('No consent recorded yet.').waitFor();
    await page.getByRole('button', { name: 'Record a consent' }).click();
    const form = page.getByRole('form', { name: 'Record a consent' });
    await form.getByRole('combobox', { name: /Purpose/ }).selectOption('REGISTRATION');
    await form.getByRole('radio', { name: 'The migrant' }).check();
    await form.getByRole('button', { name: 'Record the consent' }).click();
    await page.getByText('Consent recorded: Registration at the centre.').waitFor({ timeout: 30_000 });
    const consents = page.getByRole('table', { name: 'Consents given, newest first' });
    const registration = consents.getByRole('row').filter({ hasText: 'Registration at the centre' });
    await registration.getByText('In force').waitFor();
    expect(await registration.getByRole('cell').nth(0).textContent()).toBe('The migrant');

    // A second consent for the same purpose is not offered: the form lists the others only.
    await page.getByRole('button', { name: 'Record a consent' }).click();
    const purposes = await page.getByRole('form', { name: 'Record a consent' }).getByRole('combobox', { name: /Purpose/ }).locator('option').allTextContents();
    expect(purposes).not.toContain('Registration at the centre');
    await page.getByRole('form', { name: 'Record a consent' }).getByRole('button', { name: 'Cancel' }).click();
  }, 60_000);

  it('screens them: determinants by level, the assessment and the needs', async () => {
    const { page } = hub;
    await page.getByRole('button', { name: 'Record a screening' }).click();
    const form = page.getByRole('form', { name: 'Record a screening' });
    await form.getByRole('button', { name: 'Record the screening' }).click();
    await form.getByText('Choose the overall vulnerability.').waitFor();
    await form.getByRole('group', { name: 'Household and family' }).getByLabel('Debt (own or the family’s)').check();
    await form.getByRole('group', { name: 'The person' }).getByLabel('Skills, education or work experience (protective)').check();
    await form.getByRole('group', { name: /Overall vulnerability/ }).getByLabel('Medium').check();
    await form.getByRole('group', { name: 'Needs' }).getByLabel('Shelter').check();
    await form.getByLabel('Note').fill('Owes the smugglers for the crossing');
    await hub.screenshot('registration-screening-form');
    await form.getByRole('button', { name: 'Record the screening' }).click();
    await page.getByText('Screening recorded.').waitFor({ timeout: 30_000 });
    const screening = page.getByRole('table', { name: 'Screenings, newest first' }).getByRole('row').nth(1);
    expect(await screening.getByRole('cell').allTextContents()).toEqual([
      'Medium', 'Debt (own or the family’s)', 'Skills, education or work experience', 'Shelter', 'Owes the smugglers for the crossing',
    ]);
  }, 60_000);

  it('records a counselling session with a follow-up', async () => {
    const { page } = hub;
    const today = new Date().toISOString().slice(0, 10);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole('button', { name: 'Record a counselling session' }).click();
    const form = page.getByRole('form', { name: 'Record a counselling session' });
    await form.getByLabel('Follow-up on').fill('2001-01-01');
    await form.getByRole('button', { name: 'Record the session' }).click();
    await form.getByText('Choose at least one topic.').waitFor();
    await form.getByText('The follow-up cannot be before the session.').waitFor();
    await form.getByLabel('Safe migration').check();
    await form.getByLabel('Rights').check();
    await form.getByLabel('Outcome').fill('Will stay at the centre this week');
    await form.getByLabel('Follow-up on').fill(nextWeek);
    await form.getByRole('button', { name: 'Record the session' }).click();
    await page.getByText('Counselling session recorded.').waitFor({ timeout: 30_000 });
    const session = page.getByRole('table', { name: 'Counselling sessions, newest first' }).getByRole('row').nth(1);
    expect(await session.getByRole('rowheader').textContent()).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${today}T00:00:00Z`)));
    expect(await session.getByRole('cell').nth(0).textContent()).toBe('Safe migration and Rights');
    // The case's history lists the registration and each record since, newest first.
    const history = page.getByRole('heading', { name: 'History' }).locator('xpath=following-sibling::ol[1]');
    const entries = await history.getByRole('listitem').allTextContents();
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(entries.at(-1)).toMatch(/: create/);
    await hub.screenshot('registration-case');
    expect(hub.pageErrors).toEqual([]);
  }, 60_000);

  it('finds them again by name, and by registration number', async () => {
    const { page } = hub;
    for (const query of [`Hodan ${family}`, registrationNumber]) {
      await page.goto(`${hub.portal.url}/registration`);
      await page.getByRole('textbox', { name: 'Name, registration number or ID' }).fill(query);
      await page.getByRole('button', { name: 'Search' }).click();
      const results = page.getByRole('table', { name: /^Migrants at Bossaso matching/ });
      await results.waitFor({ timeout: 30_000 });
      await results.getByRole('link', { name: registrationNumber }).click();
      await page.getByRole('heading', { name: `Case of Hodan ${family}` }).waitFor({ timeout: 30_000 });
    }
  }, 60_000);

  it('does not let a Hargeisa caseworker see them', async () => {
    const hargeisa = await hub.newPage();
    await hub.signInAs('caseworker@hargeisa', hargeisa);
    await hargeisa.goto(`${hub.portal.url}/registration?q=${encodeURIComponent(`Hodan ${family}`)}`);
    await hargeisa.getByText(`Nobody at this centre matches “Hodan ${family}”.`).waitFor({ timeout: 30_000 });
    await hargeisa.goto(caseUrl);
    await hargeisa.getByText(/This case is not visible to you|There is no migrant with this ID/).waitFor({ timeout: 30_000 });
    expect(await hargeisa.getByText(family).count()).toBe(0);
    await hub.screenshot('registration-other-centre', hargeisa);
  }, 60_000);
});
