// The awareness section in a real browser against the whole hub: a Bossaso caseworker records a
// community session with its attendance by sex and age group and finds it in the centre's history;
// plans another and records its attendance once held.
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumMissing, useBrowserHub } from './browser-harness.js';

// A place no demo session has, different on every run.
const run = Math.random().toString(36).slice(2, 7);
const place = `Bossaso bus station ${run}`;
const village = `Village of Qaw ${run}`;

describe.skipIf(chromiumMissing)(browserSuite('awareness'), () => {
  const hub = useBrowserHub();

  it('lets a Bossaso caseworker record a session, checked before it is sent', async () => {
    const page = hub.page;
    await hub.signInAs('caseworker@bossaso');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Awareness' }).click();
    await page.getByRole('heading', { name: 'Awareness sessions' }).waitFor({ timeout: 30_000 });
    await hub.screenshot('awareness-history-before');
    await page.getByRole('link', { name: 'Record a session held' }).first().click();
    await page.getByRole('heading', { name: 'Record an awareness session' }).waitFor();

    await page.getByRole('button', { name: 'Record the session' }).click();
    await page.getByText('Count at least one person who attended.').waitFor();
    await page.getByText('Choose the topic.').waitFor();

    await page.getByRole('combobox', { name: /Topic/ }).selectOption('RISKS_OF_IRREGULAR_MIGRATION');
    await page.getByRole('textbox', { name: /Place/ }).fill(place);
    await page.getByRole('textbox', { name: /Facilitator/ }).fill('Fadumo Ali');
    await page.getByRole('textbox', { name: 'Women and girls, 18–29' }).fill('12');
    await page.getByRole('textbox', { name: 'Women and girls, 0–17' }).fill('4');
    await page.getByRole('textbox', { name: 'Men and boys, 18–29' }).fill('25');
    await page.getByRole('textbox', { name: 'Men and boys, 30–59' }).fill('6');
    await page.getByText('47 people in all').waitFor();
    await hub.screenshot('awareness-record');
    await page.getByRole('button', { name: 'Record the session' }).click();
    await page.getByText('Session recorded: 47 people reached.').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/awareness');
  }, 120_000);

  it('shows the session in the centre’s history, with its attendance by sex and age group, also by topic', async () => {
    const page = hub.page;
    const row = page.getByRole('table', { name: 'Sessions at Bossaso, most recent first' }).getByRole('row', { name: new RegExp(place) });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByText('Risks of irregular migration').count()).toBe(1);
    expect(await row.getByText('0–17: 4 · 18–29: 12 · 30–59: 0 · 60+: 0').count()).toBe(1);
    expect(await row.getByText('0–17: 0 · 18–29: 25 · 30–59: 6 · 60+: 0').count()).toBe(1);
    expect(await row.getByRole('cell', { name: '47', exact: true }).count()).toBe(1);
    await hub.screenshot('awareness-history');

    const filters = page.getByRole('form', { name: 'Show sessions' });
    await filters.getByRole('combobox', { name: 'Topic' }).selectOption('RISKS_OF_IRREGULAR_MIGRATION');
    await filters.getByRole('button', { name: 'Show' }).click();
    expect(new URL(page.url()).search).toBe('?topic=RISKS_OF_IRREGULAR_MIGRATION');
    await row.waitFor({ timeout: 30_000 });
    await filters.getByRole('combobox', { name: 'Topic' }).selectOption('GBV');
    await filters.getByRole('button', { name: 'Show' }).click();
    await page.getByText(/No session matches these filters\.|Sessions at Bossaso/).first().waitFor({ timeout: 30_000 });
    await row.waitFor({ state: 'detached', timeout: 30_000 });
  }, 90_000);

  it('plans a session, then records its attendance once held: it moves to the sessions held', async () => {
    const page = hub.page;
    await page.goto(`${hub.portal.url}/awareness`);
    await page.getByRole('link', { name: 'Plan a session' }).first().click();
    await page.getByRole('heading', { name: 'Plan an awareness session' }).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: /Topic/ }).selectOption('TRAFFICKING');
    await page.getByRole('textbox', { name: /Place/ }).fill(village);
    await page.getByRole('textbox', { name: /Facilitator/ }).fill('Abdirahman Said');
    // Today: it can be held, and recorded, straight away.
    await page.getByRole('button', { name: 'Plan the session' }).click();
    await page.getByText(`Session planned at ${village}.`).waitFor({ timeout: 30_000 });
    const planned = page.getByRole('table', { name: 'Sessions planned at Bossaso, latest date first' }).getByRole('row', { name: new RegExp(village) });
    await planned.waitFor({ timeout: 30_000 });
    await hub.screenshot('awareness-planned');

    await planned.getByRole('button', { name: /Record the attendance/ }).click();
    const form = page.getByRole('form', { name: `Attendance of the session at ${village}` });
    await form.getByRole('textbox', { name: 'Women and girls, 30–59' }).fill('8');
    await form.getByRole('textbox', { name: 'Men and boys, 60 and over' }).fill('3');
    await form.getByRole('button', { name: 'Record the attendance' }).click();
    await page.getByText('Session recorded: 11 people reached.').waitFor({ timeout: 30_000 });
    await planned.waitFor({ state: 'detached', timeout: 30_000 });
    const held = page.getByRole('table', { name: 'Sessions at Bossaso, most recent first' }).getByRole('row', { name: new RegExp(village) });
    await held.waitFor({ timeout: 30_000 });
    expect(await held.getByRole('cell', { name: '11', exact: true }).count()).toBe(1);
    await hub.screenshot('awareness-held');
  }, 90_000);
});
