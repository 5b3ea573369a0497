// The return and reintegration section in Chromium against the whole hub: an AVRR officer takes a
// return to Somalia from request to departure and arrival (the travel document it lacks named in
// place, a movement planned, the case booked on its manifest), then gives it a reintegration plan
// and a baseline survey whose score shows; opens a return to the country of origin for a centre's
// migrant; a coordinator sees the same board without actions.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumMissing, useBrowserHub } from './browser-harness.js';

// A returnee no demo record has, different on every run.
const returnee = `Xamdi Cilmi ${Math.random().toString(36).slice(2, 7)}`;
const today = new Date().toISOString().slice(0, 10);

describe.skipIf(chromiumMissing)(browserSuite('return and reintegration'), () => {
  const hub = useBrowserHub();
  let caseUrl = '';
  let caseNumber = '';

  const moveTo = async (page: Page, status: string) => {
    await page.getByRole('button', { name: `Move to “${status}”` }).click();
    await page.getByText(`The case is now “${status}”.`).waitFor({ timeout: 30_000 });
  };

  it('opens a return to Somalia from the pipeline board', async () => {
    const { page } = hub;
    await hub.signInAs('avrr-officer');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Return and reintegration' }).click();
    await page.getByRole('heading', { name: 'Return pipeline' }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: /^Requested: \d+ cases?$/ }).waitFor({ timeout: 30_000 });
    await hub.screenshot('returns-board');

    await page.getByRole('navigation', { name: 'Return and reintegration pages' }).getByRole('link', { name: 'Open a return case' }).click();
    await page.getByRole('heading', { name: 'Open a return case' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Direction of return').selectOption('TO_SOMALIA');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByText('Enter the referring IOM mission.').waitFor();
    await page.getByLabel('Country the returnee is in').fill('YEM');
    await page.getByLabel('Referring IOM mission').fill('IOM Yemen');
    await page.getByLabel('Returnee’s full name').fill(returnee);
    await page.getByLabel('Sex').selectOption('FEMALE');
    await page.getByLabel('Destination region').fill('Bari');
    await page.getByLabel('Destination community').fill('Qardho');
    await page.getByRole('button', { name: 'Open the case' }).click();
    const heading = page.getByRole('heading', { name: /^Return case AVR-/ });
    await heading.waitFor({ timeout: 30_000 });
    caseNumber = ((await heading.textContent()) ?? '').replace('Return case ', '');
    caseUrl = page.url();
    await page.getByText(`Return case ${caseNumber} opened.`).waitFor();
    expect(await page.getByText('To Somalia', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText(returnee).count()).toBeGreaterThan(0);
  }, 120_000);

  it('offers only the allowed next steps, and names what is missing before fit to travel', async () => {
    const { page } = hub;
    const steps = page.getByRole('list', { name: 'Next steps' });
    expect(await steps.getByRole('button').allTextContents()).toEqual(['Move to “Counselled”', 'Move to “Withdrawn”', 'Move to “Rejected”', 'Move to “Cancelled”']);
    await moveTo(page, 'Counselled');
    await moveTo(page, 'Eligibility confirmed');
    await moveTo(page, 'Travel documents');
    await page.getByRole('button', { name: 'Move to “Fit to travel”' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not yet: missing the nationality verification and the travel document.' });
    await refusal.waitFor({ timeout: 30_000 });
    await hub.screenshot('returns-case-missing');

    const form = page.getByRole('form', { name: 'Record the travel document' });
    await form.getByLabel('Document type').selectOption('EMERGENCY_TRAVEL_DOCUMENT');
    await form.getByLabel('Document number').fill('ETD-' + caseNumber);
    await form.getByLabel('Issued on').fill(today);
    await form.getByRole('button', { name: 'Save the travel document' }).click();
    await page.getByText('Travel document saved.').waitFor({ timeout: 30_000 });
    await moveTo(page, 'Fit to travel');
    await page.getByText('Passed the pre-departure checks: fit to travel.').waitFor();
  }, 120_000);

  it('plans a movement, books the case on its manifest, and records departure and arrival', async () => {
    const { page } = hub;
    await page.goto(`${hub.portal.url}/returns/movements`);
    await page.getByRole('link', { name: 'Plan a movement' }).click();
    await page.getByRole('heading', { name: 'Plan a movement' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Mode').selectOption('CHARTER');
    await page.getByLabel('Departure date').fill(today);
    await page.getByLabel('Route', { exact: false }).first().fill('Aden – Bosaso (charter)');
    await page.getByLabel('Destination country').fill('SOM');
    await page.getByLabel('Escorts').fill('Sahra Warsame\nDr. Abdi Nur');
    await page.getByRole('button', { name: 'Plan the movement' }).click();
    await page.getByRole('heading', { name: /^Movement MOV-/ }).waitFor({ timeout: 30_000 });
    await page.getByText('Manifest: 0 returnees').waitFor();

    const waiting = page.getByRole('table', { name: 'Cases that can be booked on this movement' });
    await waiting.getByRole('button', { name: `Book ${caseNumber}` }).click();
    await page.getByText(`${caseNumber} booked.`).waitFor({ timeout: 30_000 });
    const manifest = page.getByRole('table', { name: 'Returnees booked on this movement' });
    await manifest.getByRole('link', { name: caseNumber }).waitFor({ timeout: 30_000 });
    expect(await manifest.getByText('Travel booked').count()).toBe(1);
    await hub.screenshot('returns-movement-manifest');

    await page.getByRole('button', { name: 'Record departure' }).click();
    await page.getByText('Departure recorded for 1 returnee.').waitFor({ timeout: 30_000 });
    await manifest.getByText('Departed').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Record arrival' }).click();
    await page.getByText('Arrival recorded for 1 returnee.').waitFor({ timeout: 30_000 });
    await manifest.getByText('Arrived').waitFor({ timeout: 30_000 });
  }, 120_000);

  it('gives the returnee a reintegration plan and a baseline survey whose scores show', async () => {
    const { page } = hub;
    await page.goto(caseUrl);
    await page.getByRole('heading', { name: `Return case ${caseNumber}` }).waitFor({ timeout: 30_000 });
    // Every step on the way, each once, by whoever made it (the date before the name and the
    // movement's note after the step left out).
    const history = await page.getByRole('region', { name: 'History' }).getByRole('listitem').allTextContents();
    const path = ['Requested', 'Counselled', 'Eligibility confirmed', 'Travel documents', 'Fit to travel', 'Travel booked', 'Departed', 'Arrived'];
    expect(history.map((entry) => entry.slice(entry.indexOf('AVRR officer')).split(' — ')[0])).toEqual([
      'AVRR officer opened the case (Requested)',
      ...path.slice(1).map((step, i) => `AVRR officer: ${path[i]} → ${step}`),
    ]);

    await page.getByRole('button', { name: 'Open the plan' }).click();
    await page.getByText('Reintegration plan opened.').waitFor({ timeout: 30_000 });
    const activity = page.getByRole('form', { name: 'Add an activity' });
    await activity.getByLabel('Activity', { exact: false }).first().selectOption('BUSINESS_START_UP');
    await activity.getByLabel('Delivered as').selectOption('CASH');
    await activity.getByRole('button', { name: 'Add the activity' }).click();
    await activity.getByText('Cash needs an amount.').waitFor();
    await activity.getByLabel('Value').fill('450');
    await activity.getByLabel('Partner organisation').fill('Bari Business Centre');
    await activity.getByRole('button', { name: 'Add the activity' }).click();
    const economic = page.getByRole('table', { name: 'Economic activities' });
    await economic.getByText('Business start-up').waitFor({ timeout: 30_000 });
    expect(await economic.getByText(/^450\.00 USD$/).count()).toBe(1);
    await economic.getByRole('button', { name: 'Start' }).click();
    await economic.getByRole('button', { name: 'Mark delivered' }).click();
    await economic.getByText('Delivered', { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByText('100% delivered').waitFor({ timeout: 30_000 });
    await moveTo(page, 'Reintegration');

    const survey = page.getByRole('form', { name: 'Record the baseline survey' });
    await survey.getByRole('button', { name: 'Save the survey' }).click();
    expect(await survey.getByText('Answer from 1 to 5.').count()).toBe(15);
    const answers = survey.getByRole('combobox');
    const count = await answers.count();
    expect(count).toBe(15);
    for (let i = 0; i < count; i++) await answers.nth(i).selectOption(String((i % 5) + 1 > 3 ? 4 : 3));
    await survey.getByRole('button', { name: 'Save the survey' }).click();
    await page.getByText(/^Survey saved: composite score \d\.\d\d\.$/).waitFor({ timeout: 30_000 });
    const scores = page.getByRole('table', { name: 'Scores by survey round (0 = worst, 1 = best)' });
    const baseline = scores.getByRole('row', { name: /baseline/ });
    await baseline.waitFor({ timeout: 30_000 });
    const composite = (await baseline.getByRole('cell').nth(4).textContent()) ?? '';
    expect(composite).toMatch(/^0\.\d\d$|^1\.00$/);
    expect(await page.getByRole('figure', { name: 'Sustainability scores by survey round' }).count()).toBe(1);
    // The next round's form is there, folded until wanted.
    expect(await page.locator('summary', { hasText: 'Record the follow-up 1 survey' }).count()).toBe(1);
    await hub.screenshot('returns-reintegration-survey');
    expect(hub.pageErrors).toEqual([]);
  }, 180_000);

  it('opens a return to the country of origin for a migrant found at their centre', async () => {
    const { page } = hub;
    await page.goto(`${hub.portal.url}/returns/new`);
    await page.getByRole('heading', { name: 'Open a return case' }).waitFor({ timeout: 30_000 });
    const search = page.getByRole('search');
    await search.getByLabel('Centre').selectOption('bossaso');
    await search.getByLabel('Migrant’s name, registration number or ID').fill('Mohammed');
    await search.getByRole('button', { name: 'Find' }).click();
    // The first match without a return case of their own.
    const choose = search.getByRole('button', { name: /^Choose / }).first();
    await choose.waitFor({ timeout: 30_000 });
    const name = ((await choose.getAttribute('aria-label')) ?? '').replace('Choose ', '');
    await choose.click();
    await page.getByText(new RegExp(`^Chosen: ${name} \\(BOS-`)).waitFor();
    expect(await page.getByLabel('Destination country').inputValue()).toMatch(/^[A-Z]{3}$/);
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { name: /^Return case AVR-/ }).waitFor({ timeout: 30_000 });
    const details = page.locator('dl').first();
    expect(await details.getByText(name, { exact: true }).count()).toBe(1);
    expect(await details.getByText('Bossaso', { exact: true }).count()).toBe(1);
    expect(await page.getByText('To country of origin', { exact: true }).count()).toBeGreaterThan(0);
    await hub.screenshot('returns-case-country-of-origin');
  }, 120_000);

  it('shows a coordinator the board and the case without any action', async () => {
    const page = await hub.newPage();
    await hub.signInAs('coordinator', page);
    await page.goto(`${hub.portal.url}/returns?direction=TO_SOMALIA`);
    await page.getByRole('heading', { name: 'Return pipeline' }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: /^Reintegration: [1-9]\d* cases?$/ }).waitFor({ timeout: 30_000 });
    await page.getByText('You can look at the return cases; changing them needs the AVR officer role.').waitFor();
    expect(await page.getByRole('link', { name: 'Open a return case' }).count()).toBe(0);
    await hub.screenshot('returns-board-coordinator', page);

    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { name: `Return case ${caseNumber}` }).waitFor({ timeout: 30_000 });
    await page.getByText('Possible next steps: Closed.').waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Scores by survey round (0 = worst, 1 = best)' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /^Move to|^Save|^Record|^Add|^Start|^Mark/ }).count()).toBe(0);
    expect(await page.getByRole('form').count()).toBe(0);
    await hub.screenshot('returns-case-coordinator', page);
  }, 120_000);
});
