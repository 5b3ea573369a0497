// The assistance section in a real browser against the whole hub: Bossaso's medical staff record a
// consultation and a caseworker is refused one; a caseworker receives stock, hands some out (the
// level goes down) and is refused a distribution beyond what is left.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, chromiumMissing, useBrowserHub } from './browser-harness.js';

// Names no demo record has, different on every run.
const run = Math.random().toString(36).slice(2, 7);
const complaint = `Blistered feet ${run}`;
const blanket = `Blanket ${run}`;

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe.skipIf(chromiumMissing)(browserSuite('assistance'), () => {
  const hub = useBrowserHub();
  let migrant: { id: string; registrationNumber: string; fullName: string };

  /** One operation straight to the gateway as a demo user: the test's own set-up, not the flow under test. */
  async function asUser(username: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const response = await fetch(hub.hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.hub.tokenFor(username)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  }

  /** The same, from the signed-in page through the portal, with the page's own session. */
  const fromPage = (page: Page, query: string, variables: Record<string, unknown>) =>
    page.evaluate(
      async ({ query, variables }) => {
        const session = JSON.parse(sessionStorage.getItem('mpa.session') ?? '{}') as { token?: string };
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token ?? ''}` },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as Answer;
      },
      { query, variables },
    );

  async function openMigrant(page: Page) {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Assistance' }).click();
    await page.getByRole('heading', { name: 'Serve a migrant' }).waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Name, registration number or ID' }).fill(migrant.registrationNumber);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('table', { name: /^Migrants matching/ }).getByRole('link', { name: migrant.fullName }).click();
    await page.getByRole('heading', { name: `Assistance for ${migrant.fullName}` }).waitFor({ timeout: 30_000 });
  }

  it('lets Bossaso’s medical staff record a consultation for a migrant who consented to medical care', async () => {
    // An adult of the demo data, with the consent to medical assistance a caseworker records first.
    const found = await asUser('caseworker@bossaso', '{ centre(code: "bossaso") { migrants(first: 50) { edges { node { id registrationNumber fullName age } } } } }');
    const edges = (found.data?.['centre'] as { migrants: { edges: { node: typeof migrant & { age: number | null } }[] } }).migrants.edges;
    const adult = edges.find(({ node }) => node.age !== null && node.age >= 18);
    expect(adult).toBeDefined();
    migrant = adult!.node;
    const consent = await asUser(
      'caseworker@bossaso',
      'mutation ($id: ID!) { bossaso { recordConsent(input: { migrantId: $id, purpose: MEDICAL, givenBy: MIGRANT }) { created } } }',
      { id: migrant.id },
    );
    // The demo data may already hold it (CONFLICT: a consent for MEDICAL is in force): either way it is given.
    expect((consent.errors ?? []).filter((e) => e.extensions?.code !== 'CONFLICT')).toEqual([]);

    await hub.signInAs('medical@bossaso');
    await openMigrant(hub.page);
    const form = hub.page.getByRole('form', { name: 'Record a consultation' });
    await form.getByRole('button', { name: 'Record the consultation' }).click();
    await form.getByText('Enter the presenting complaint.').waitFor();
    await form.getByRole('textbox', { name: /Presenting complaint/ }).fill(complaint);
    await form.getByRole('textbox', { name: /Treatment given/ }).fill('Wound dressing');
    await form.getByRole('checkbox', { name: 'Refer to a health facility' }).check();
    await form.getByRole('textbox', { name: /Health facility/ }).fill('Bossaso General Hospital');
    await form.getByRole('textbox', { name: /Reason for the referral/ }).fill('Infected wound');
    await form.getByRole('combobox', { name: /Urgency/ }).selectOption('URGENT');
    await form.getByRole('button', { name: 'Record the consultation' }).click();
    await hub.page.getByText('Consultation recorded.').waitFor({ timeout: 30_000 });
    const row = hub.page.getByRole('table', { name: 'Consultations, most recent first' }).getByRole('row', { name: new RegExp(complaint) });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByText('Bossaso General Hospital (Urgent)').count()).toBe(1);
    await hub.screenshot('assistance-consultation');
  }, 120_000);

  it('tells a caseworker consultations need the medical role, and the centre refuses one from them', async () => {
    await hub.page.getByRole('button', { name: 'Sign out' }).click();
    await hub.signInAs('caseworker@bossaso');
    await openMigrant(hub.page);
    await hub.page.getByText(/Medical consultations are recorded and read only by the centre’s medical staff/).waitFor();
    expect(await hub.page.getByRole('form', { name: 'Record a consultation' }).count()).toBe(0);
    expect(await hub.page.getByText(complaint).count()).toBe(0);
    await hub.screenshot('assistance-caseworker-no-consultations');

    const refused = await fromPage(
      hub.page,
      'mutation ($input: RecordMedicalConsultationInput!) { bossaso { recordMedicalConsultation(input: $input) { created } } }',
      { input: { migrantId: migrant.id, presentingComplaint: 'Headache' } },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 90_000);

  it('lets a caseworker receive stock, hand some out (the level goes down) and not more than is left', async () => {
    const page = hub.page;
    await page.getByRole('navigation', { name: 'Assistance pages' }).getByRole('link', { name: 'Stock' }).click();
    const add = page.getByRole('form', { name: 'Add a stock item' });
    await add.waitFor({ timeout: 30_000 });
    await add.getByRole('textbox', { name: /Item name/ }).fill(blanket);
    await add.getByRole('combobox', { name: /Category/ }).selectOption('NFI');
    await add.getByRole('textbox', { name: /Unit counted/ }).fill('piece');
    await add.getByRole('textbox', { name: /Re-order at/ }).fill('3');
    await add.getByRole('button', { name: 'Add the item' }).click();
    await page.getByText(`${blanket} added, at 0 in stock.`).waitFor({ timeout: 30_000 });

    const receive = page.getByRole('form', { name: 'Receive stock' });
    await receive.getByRole('combobox', { name: /Item/ }).selectOption({ label: `${blanket} (0 piece in stock)` });
    await receive.getByRole('textbox', { name: /Quantity received/ }).fill('5');
    await receive.getByRole('textbox', { name: /From/ }).fill('UNHCR warehouse');
    await receive.getByRole('button', { name: 'Record the receipt' }).click();
    await page.getByText(`Received 5 × ${blanket}; 5 in stock now.`).waitFor({ timeout: 30_000 });
    const levels = page.getByRole('table', { name: 'Stock levels now' });
    await levels.getByRole('row', { name: new RegExp(`${blanket}.*5 piece`) }).waitFor({ timeout: 30_000 });
    await hub.screenshot('assistance-stock-received');

    // In place, as a user goes: what the stock page changed must show on the migrant's page.
    await openMigrant(page);
    const distribute = page.getByRole('form', { name: 'Hand out items' });
    const quantity = distribute.getByRole('textbox', { name: `${blanket} (piece)` });
    await quantity.waitFor({ timeout: 30_000 });
    // The level beside the quantity (other items of the centre have their own).
    const field = distribute.locator('.field', { has: page.getByRole('textbox', { name: `${blanket} (piece)` }) });
    await field.getByText('5 piece in stock').waitFor();
    await quantity.fill('2');
    await distribute.getByRole('button', { name: 'Hand out' }).click();
    await page.getByText(`Handed out: 2 × ${blanket}.`).waitFor({ timeout: 30_000 });
    await field.getByText('3 piece in stock').waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Items handed out, most recent first' }).getByText(`2 × ${blanket}`).waitFor();

    await quantity.fill('10');
    await distribute.getByRole('button', { name: 'Hand out' }).click();
    await distribute.getByText(`Not enough ${blanket} in stock: 10 asked for, 3 available. Nothing was handed out; lower the quantity or receive stock first.`).waitFor({ timeout: 30_000 });
    await field.getByText('Only 3 in stock (10 asked for).').waitFor();
    await hub.screenshot('assistance-distribution-refused');

    // Nothing of the refused distribution was written: the level is still 3, its re-order level.
    await page.getByRole('navigation', { name: 'Assistance pages' }).getByRole('link', { name: 'Stock' }).click();
    await levels.getByRole('row', { name: new RegExp(`${blanket}.*3 piece.*Low`) }).waitFor({ timeout: 30_000 });
    // The demo centre's other items may be low too: the warning names each.
    await page.getByText(new RegExp(`^Low stock: .*${blanket}.* at or below`)).waitFor();
    const ledger = page.getByRole('table', { name: 'Stock received and handed out, newest first' });
    await ledger.getByRole('row', { name: new RegExp(`${blanket}.*Handed out`) }).waitFor({ timeout: 30_000 });
    expect(await ledger.getByRole('row', { name: new RegExp(`${blanket}.*Handed out`) }).count()).toBe(1);
    await hub.screenshot('assistance-stock-ledger');
  }, 150_000);
});
