// The regional coordinators' dashboard in Chromium against the whole hub: every centre's figures,
// a table exported as CSV, then Mogadishu's server stopped: the other two still show, and the
// dashboard says Mogadishu is missing and since when.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumMissing, useBrowserHub } from './browser-harness.js';

const caseload = 'Registrations and open caseload per centre';

/** The centres named in the rows of the caseload table (opened as a reader would). */
async function centresShown(page: Page): Promise<string[]> {
  // Each indicator is a region named by its heading.
  const section = page.getByRole('region', { name: caseload, exact: true });
  const details = section.locator('details');
  if ((await details.getAttribute('open')) === null) await section.getByText('Table', { exact: true }).click();
  return section.getByRole('table', { name: caseload }).locator('tbody th[scope="row"]').allTextContents();
}

describe.skipIf(chromiumMissing)(browserSuite('the regional dashboard'), () => {
  const hub = useBrowserHub();

  it('shows a coordinator every centre’s figures for this year', async () => {
    const { page } = hub;
    await hub.signInAs('coordinator');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Regional dashboard' }).click();
    await page.getByRole('heading', { name: caseload, level: 3 }).waitFor({ timeout: 30_000 });
    expect(await centresShown(page)).toEqual(['Bossaso', 'Hargeisa', 'Mogadishu']);
    await page.getByRole('heading', { name: 'AVR cases opened in the period, by where they stand now', level: 3 }).waitFor({ timeout: 30_000 });
    // The portal's live regions are always there, empty until something goes wrong.
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).allTextContents()).toEqual([]);
    await hub.screenshot('dashboard-all-centres');
  }, 90_000);

  it('downloads a table as CSV', async () => {
    const { page } = hub;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download CSV: ${caseload}` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^caseload_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Centre,Registrations in the period,Open cases now');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Bossaso', 'Hargeisa', 'Mogadishu']);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\w+,\d+,\d+$/);
  }, 60_000);

  it('still shows the other centres when Mogadishu is down, and says since when it is missing', async () => {
    const { page } = hub;
    await hub.hub.stopSubgraph('mogadishu');
    const stopped = new Date();
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'Not every centre is included' });
    await notice.waitFor({ timeout: 30_000 });
    const checked = new Date();
    expect(await centresShown(page)).toEqual(['Bossaso', 'Hargeisa']);

    // The first failed call came between the stop and now; the page writes it to the minute in its own time zone.
    const text = (await notice.textContent()) ?? '';
    const since = /Mogadishu cannot be reached since (.+?)\. Its figures are left out below\./.exec(text)?.[1];
    expect(since, text).toBeDefined();
    const minute = (at: Date) => page.evaluate((ms) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms)), at.getTime());
    expect([await minute(stopped), await minute(checked)]).toContain(since);
    expect(text).not.toMatch(/Bossaso|Hargeisa/);
    await hub.screenshot('dashboard-mogadishu-down');
  }, 90_000);
});
