// The registration section in a real browser against the whole hub (startTestHub): a Bossaso
// caseworker finds, registers and finds again; a Hargeisa caseworker cannot see the record.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startTestHub, type TestHub } from '@mpa/gateway/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type RunningPortal } from '../src/server.js';

const executablePath = '/usr/bin/chromium';
const hint = 'Chromium not found: apt-get install -y --no-install-recommends chromium';
const missing = !existsSync(executablePath);
if (missing && process.env['CI'] === 'true') throw new Error(hint);

const screenshots = join(import.meta.dirname, '..', 'test-results');
// A family name no demo record has, different on every run.
const family = `Qoraxle${String.fromCharCode(...Array.from({ length: 4 }, () => 97 + Math.floor(Math.random() * 26)))}`;
const nearDuplicate = `${family.slice(0, -1)}`;

describe.skipIf(missing)(`registration in Chromium${missing ? ` (skipped: ${hint})` : ''}`, () => {
  let hub: TestHub | undefined;
  let portal: RunningPortal | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let caseUrl = '';
  let registrationNumber = '';

  beforeAll(async () => {
    hub = await startTestHub();
    portal = await startPortal({ port: 0, gatewayUrl: hub.gatewayUrl });
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await mkdir(screenshots, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await hub?.stop();
  }, 60_000);

  async function signInAs(username: string) {
    await page.goto(portal!.url);
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  async function fillRegistration(familyName: string) {
    await page.getByRole('textbox', { name: /Given name/ }).fill('Hodan');
    await page.getByRole('textbox', { name: /Family name/ }).fill(familyName);
    await page.getByRole('combobox', { name: /Sex/ }).selectOption('FEMALE');
    await page.getByLabel('Date of birth', { exact: true }).fill('2001-04-12');
    await page.getByRole('textbox', { name: /Nationality/ }).fill('ETH');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
  }

  it('lets a Bossaso caseworker search first, then register someone new', async () => {
    await signInAs('caseworker@bossaso');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Registration' }).click();
    await page.getByRole('heading', { name: 'Find a migrant' }).waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Name, registration number or ID' }).fill(`Hodan ${family}`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText(`Nobody at this centre matches “Hodan ${family}”.`).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(screenshots, 'registration-search.png'), fullPage: true });

    await page.getByRole('link', { name: 'Register a new migrant' }).click();
    await page.getByRole('heading', { name: 'Register a migrant' }).waitFor();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText('Enter the given name.').waitFor();
    await fillRegistration(family);
    const caseHeading = page.getByRole('heading', { name: `Case of Hodan ${family}` });
    await caseHeading.waitFor({ timeout: 30_000 });
    caseUrl = page.url();
    expect(new URL(caseUrl).pathname).toMatch(/^\/registration\/migrants\/bossaso/);
    registrationNumber = (await page.locator('dt', { hasText: 'Registration number' }).locator('xpath=following-sibling::dd').textContent()) ?? '';
    expect(registrationNumber).not.toBe('');
    await page.getByText(`Registered as ${registrationNumber}.`).waitFor();
    await page.screenshot({ path: join(screenshots, 'registration-case.png'), fullPage: true });
  }, 90_000);

  it('warns about a near-duplicate, naming the record already registered', async () => {
    await page.goto(`${portal!.url}/registration/new`);
    await fillRegistration(nearDuplicate);
    const warning = page.getByRole('alert').filter({ hasText: 'This person may already be registered' });
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.getByRole('link', { name: new RegExp(`${registrationNumber} — Hodan ${family}`) }).count()).toBe(1);
    await page.screenshot({ path: join(screenshots, 'registration-duplicate.png'), fullPage: true });
  }, 60_000);

  it('finds them again by name, and by registration number', async () => {
    for (const query of [`Hodan ${family}`, registrationNumber]) {
      await page.goto(`${portal!.url}/registration`);
      await page.getByRole('textbox', { name: 'Name, registration number or ID' }).fill(query);
      await page.getByRole('button', { name: 'Search' }).click();
      const results = page.getByRole('table', { name: /^Migrants at Bossaso matching/ });
      await results.waitFor({ timeout: 30_000 });
      await results.getByRole('link', { name: registrationNumber }).click();
      await page.getByRole('heading', { name: `Case of Hodan ${family}` }).waitFor({ timeout: 30_000 });
    }
  }, 60_000);

  it('does not let a Hargeisa caseworker see them', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signInAs('caseworker@hargeisa');
    await page.goto(`${portal!.url}/registration?q=${encodeURIComponent(`Hodan ${family}`)}`);
    await page.getByText(`Nobody at this centre matches “Hodan ${family}”.`).waitFor({ timeout: 30_000 });
    await page.goto(caseUrl);
    await page.getByText(/This case is not visible to you|There is no migrant with this ID/).waitFor({ timeout: 30_000 });
    expect(await page.getByText(family).count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'registration-other-centre.png'), fullPage: true });
  }, 60_000);
});
