import { login, logout, onSessionChange } from '@mpa/auth';
import { setLanguage } from '@mpa/i18n';
import { getByLabelText, getByRole } from '@testing-library/dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchCentres, showSiteSwitcher, type CentreChoice } from '../src/site-switcher.js';

const centres: CentreChoice[] = [
  { code: 'bossaso', name: 'Bossaso' },
  { code: 'hargeisa', name: 'Hargeisa' },
  { code: 'mogadishu', name: null },
];

beforeEach(() => {
  document.body.innerHTML = '<header><div id="portal-site"></div></header>';
});
afterEach(() => {
  setLanguage('en');
  localStorage.clear();
  logout();
});

const optionsOf = (select: HTMLSelectElement) => [...select.options].map((o) => [o.value, o.textContent, o.selected]);

describe('the centre switcher', () => {
  it('offers every centre the API lists, and hands the choice on', async () => {
    const choose = vi.fn();
    await showSiteSwitcher(document, null, async () => centres, choose);
    const select = getByLabelText(document.body, 'Centre') as HTMLSelectElement;
    expect(optionsOf(select)).toEqual([
      ['', 'All centres', true],
      ['bossaso', 'Bossaso', false],
      ['hargeisa', 'Hargeisa', false],
      // A centre whose server does not answer has no name: its code stands in.
      ['mogadishu', 'Mogadishu', false],
    ]);
    select.value = 'hargeisa';
    select.dispatchEvent(new Event('change'));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(choose.mock.calls).toEqual([['hargeisa'], [null]]);
  });

  it('shows the choice kept for the tab before the list arrives, and speaks Somali', async () => {
    let arrive!: (list: CentreChoice[]) => void;
    const shown = showSiteSwitcher(document, 'hargeisa', () => new Promise((resolve) => (arrive = resolve)), vi.fn());
    const select = getByLabelText(document.body, 'Centre') as HTMLSelectElement;
    expect(select.value).toBe('hargeisa');
    arrive(centres);
    await shown;
    expect(select.value).toBe('hargeisa');
    setLanguage('so');
    expect(getByLabelText(document.body, 'Xarunta')).toBe(select);
    expect(select.options[0]!.textContent).toBe('Dhammaan xarumaha');
  });

  it('says in place when the centres cannot be loaded, keeping "all centres" usable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await showSiteSwitcher(document, null, () => Promise.reject(new Error('502')), vi.fn());
    expect(getByRole(document.body, 'status').textContent).toBe('The list of centres could not be loaded.');
    expect(optionsOf(getByLabelText(document.body, 'Centre') as HTMLSelectElement)).toEqual([['', 'All centres', true]]);
    setLanguage('so');
    expect(getByRole(document.body, 'status').textContent).toBe('Liiska xarumaha lama soo rari karin.');
  });
});

describe('asking the API for the centres', () => {
  it('sends the signed-in user’s token and reads the list', async () => {
    await login('coordinator', 'demo', (async () =>
      new Response(JSON.stringify({ token: 'tok', expiresIn: 60, user: { username: 'coordinator', name: 'C', role: 'coordinator', site: null, scopes: [] } }))) as typeof fetch);
    const fetchFn = vi.fn(async () => new Response(JSON.stringify({ data: { centres } })));
    expect(await fetchCentres(fetchFn as unknown as typeof fetch)).toEqual(centres);
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer tok');
    expect(JSON.parse(String(init.body))).toEqual({
      operationName: 'HeaderCentres',
      variables: {},
      extensions: { persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) } },
    });
    // The ID is one the gateway loads from the package's manifest.
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', '__generated__', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    expect(manifest[JSON.parse(String(init.body)).extensions.persistedQuery.sha256Hash]).toMatch(/^query HeaderCentres \{ centres \{ code name \} \}$/);
  });

  it('fails on an error answer, and signs out on a 401', async () => {
    await expect(fetchCentres((async () => new Response(JSON.stringify({ errors: [{ message: 'x' }] }), { status: 500 })) as typeof fetch)).rejects.toThrow(/HTTP 500/);
    const signedOut = vi.fn();
    const stop = onSessionChange(signedOut);
    await expect(fetchCentres((async () => new Response('{}', { status: 401 })) as typeof fetch)).rejects.toThrow(/HTTP 401/);
    expect(signedOut).toHaveBeenCalledWith(null);
    stop();
  });
});
