import { LoginError, type Session } from '@mpa/auth';
import { activeLanguage, setLanguage } from '@mpa/i18n';
import { getByLabelText, getByRole, getByText } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguageSwitcher, showUser, signIn, translatePage } from '../src/session-ui.js';

const session: Session = {
  token: 't',
  expiresAt: Date.now() + 60_000,
  user: { username: 'caseworker@bossaso', name: 'Bossaso caseworker', role: 'caseworker', site: 'bossaso', scopes: [] },
};

beforeEach(() => {
  document.title = 'MPA hub — Migrant Protection and Assistance';
  document.body.innerHTML = `<a class="skip" href="#portal-main">Skip to content</a>
    <header><h1>MPA hub — Migrant Protection and Assistance</h1><nav aria-label="Sections"></nav>
    <div id="portal-language"></div><div id="portal-user"></div></header><main id="portal-main"></main>`;
});
afterEach(() => {
  setLanguage('en');
  localStorage.clear();
});

describe('signing in', () => {
  it('signs in through the labelled form and says why a refused attempt failed', async () => {
    const login = vi.fn(async (username: string, password: string) => {
      if (password !== 'demo') throw new LoginError('Unknown user or wrong password.', 'refused');
      expect(username).toBe('caseworker@bossaso');
      return session;
    });
    const signedIn = signIn(document, login);
    const form = getByRole(document.body, 'form', { name: 'Sign in' });
    (getByLabelText(form, 'User name') as HTMLInputElement).value = 'caseworker@bossaso';
    (getByLabelText(form, 'Password') as HTMLInputElement).value = 'wrong';
    getByRole(form, 'button', { name: 'Sign in' }).click();
    await vi.waitFor(() => expect(getByRole(form, 'alert').textContent).toBe('Unknown user or wrong password.'));

    // Switching language says it again in Somali.
    setLanguage('so');
    expect(getByRole(form, 'alert').textContent).toBe('Isticmaale aan la aqoon ama furo sir ah oo khaldan.');
    expect(getByRole(form, 'button', { name: 'Gal' })).toBeTruthy();
    (getByLabelText(form, 'Furaha sirta ah') as HTMLInputElement).value = 'demo';
    getByRole(form, 'button', { name: 'Gal' }).click();
    expect(await signedIn).toBe(session);
    expect(document.querySelector('form')).toBeNull();
  });
});

describe('the header', () => {
  it('offers every language the portal speaks, in its own name, and switches the whole page', () => {
    translatePage(document);
    showLanguageSwitcher(document, activeLanguage());
    showUser(document, session, () => {});
    const select = getByLabelText(document.body, 'Language') as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([['en', 'English'], ['so', 'Soomaali']]);
    expect(getByText(document.body, 'Bossaso caseworker · Bossaso')).toBeTruthy();

    select.value = 'so';
    select.dispatchEvent(new Event('change'));
    expect(activeLanguage()).toBe('so');
    expect(document.documentElement.lang).toBe('so');
    expect(localStorage.getItem('mpa.language')).toBe('so');
    expect(getByLabelText(document.body, 'Luqadda')).toBe(select);
    expect(getByRole(document.body, 'button', { name: 'Ka bax' })).toBeTruthy();
    expect(getByRole(document.body, 'navigation', { name: 'Qaybaha' })).toBeTruthy();
    expect(document.title).toBe('MPA hub — Ilaalinta iyo Caawinta Muhaajiriinta');
  });

  it('signs out with the header’s button', () => {
    const logout = vi.fn();
    showUser(document, session, logout);
    getByRole(document.body, 'button', { name: 'Sign out' }).click();
    expect(logout).toHaveBeenCalledOnce();
  });
});
