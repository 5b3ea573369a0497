import { getByRole, getByText } from '@testing-library/dom';
import type { LifeCycles } from 'single-spa';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startPortalShell } from '../src/portal-shell.js';

const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
afterAll(() => consoleError.mockRestore());

const working: LifeCycles<{ domElement: HTMLElement }> = {
  bootstrap: async () => {},
  mount: async ({ domElement }) => {
    domElement.textContent = 'Bossaso, Hargeisa, Mogadishu';
  },
  unmount: async ({ domElement }) => {
    domElement.textContent = '';
  },
};

describe('the portal shell', () => {
  document.body.innerHTML = '<nav aria-label="Sections"><ul id="portal-nav"></ul></nav><main id="portal-main"></main>';
  startPortalShell(
    document,
    [
      { name: '@mpa/referrals', label: 'Referrals', path: '/referrals', home: true },
      { name: '@mpa/centres', label: 'Centres', path: '/centres', home: true },
    ],
    async (name) => {
      if (name === '@mpa/referrals') throw new TypeError('Failed to fetch dynamically imported module: /static/referrals/referrals-x.js');
      return working as LifeCycles;
    },
  );

  it('links every section from the navigation', () => {
    const nav = getByRole(document.body, 'navigation', { name: 'Sections' });
    expect(getByRole(nav, 'link', { name: 'Centres' }).getAttribute('href')).toBe('/centres');
    expect(getByRole(nav, 'link', { name: 'Referrals' }).getAttribute('href')).toBe('/referrals');
  });

  it('shows an error in the area of a micro-frontend that cannot be loaded, and the others keep working', async () => {
    const referrals = getByRole(document.body, 'region', { name: 'Referrals' });
    const centres = getByRole(document.body, 'region', { name: 'Centres' });
    await vi.waitFor(() => {
      expect(getByRole(referrals, 'alert').textContent).toMatch(/Referrals section could not be loaded/);
      getByText(centres, 'Bossaso, Hargeisa, Mogadishu');
    });
    expect(getByRole(centres, 'alert').textContent).toBe('');
    expect(getByRole(document.body, 'link', { name: 'Centres' }).getAttribute('aria-current')).toBe('page');
    expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ appOrParcelName: '@mpa/referrals' }));
  });

  it('names the sections, and says what failed, in the language the user switches to', async () => {
    const { setLanguage } = await import('@mpa/i18n');
    setLanguage('so');
    try {
      expect(getByRole(document.body, 'link', { name: 'Centres' })).toBeTruthy();
      expect(getByRole(getByRole(document.body, 'region', { name: 'Referrals' }), 'alert').textContent).toMatch(/^Qaybta Referrals lama soo rari karin/);
    } finally {
      setLanguage('en');
    }
    expect(getByRole(getByRole(document.body, 'region', { name: 'Referrals' }), 'alert').textContent).toMatch(/Referrals section could not be loaded/);
  });

  it('shows only the sections of the current address', async () => {
    // By attribute: a hidden section has no accessible role to find it by.
    const region = (name: string) => document.querySelector<HTMLElement>(`section[aria-label="${name}"]`)!;
    history.pushState(null, '', '/referrals');
    await vi.waitFor(() => expect([region('Referrals').hidden, region('Centres').hidden]).toEqual([false, true]));
    expect(getByRole(document.body, 'link', { name: 'Centres' }).getAttribute('aria-current')).toBeNull();
    history.pushState(null, '', '/centres');
    await vi.waitFor(() => expect([region('Referrals').hidden, region('Centres').hidden]).toEqual([true, false]));
    expect(getByRole(document.body, 'link', { name: 'Centres' }).getAttribute('aria-current')).toBe('page');
  });
});
