import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeLanguage, createCatalogue, format, getLanguage, onLanguageChange, setLanguage } from '../src/i18n.js';

const en = { languageName: 'English', signIn: 'Sign in', greeting: (name: string) => `Hello ${name}` };
type Messages = typeof en;
const so: Messages = { languageName: 'Soomaali', signIn: 'Gal', greeting: (name: string) => `Soo dhawoow ${name}` };

const catalogue = createCatalogue<Messages>({ './messages/en.ts': { default: en }, './messages/so.ts': { default: so } });

afterEach(() => {
  localStorage.clear();
  setLanguage('en');
});

describe('the language layer', () => {
  it('offers every language the catalogue has a file for, each by its own name', () => {
    expect(catalogue.languages).toEqual([{ code: 'en', name: 'English' }, { code: 'so', name: 'Soomaali' }]);
  });

  it('switches every listener to Somali, remembers the choice and marks the page', () => {
    const heard = vi.fn();
    const stop = onLanguageChange(heard);
    setLanguage('so');
    expect(heard).toHaveBeenCalledWith('so');
    expect(activeLanguage()).toBe('so');
    expect(getLanguage()).toBe('so');
    expect(document.documentElement.lang).toBe('so');
    expect(catalogue.messages().signIn).toBe('Gal');
    expect(catalogue.messages().greeting('Amina')).toBe('Soo dhawoow Amina');
    stop();
  });

  it('falls back to English for a language without a file, and for a message a translation lacks', () => {
    expect(catalogue.messages('fr').signIn).toBe('Sign in');
    const partial = createCatalogue<Messages>({
      './en.ts': { default: en },
      './so.ts': { default: { languageName: 'Soomaali', signIn: 'Gal' } as Messages },
    });
    expect(partial.messages('so').greeting('Amina')).toBe('Hello Amina');
  });

  it('refuses a catalogue without English, the fallback of every other language', () => {
    expect(() => createCatalogue<Messages>({ './so.ts': { default: so } })).toThrow(/needs en\.ts/);
  });

  it('writes numbers and calendar dates the way the language does, never a day early', () => {
    expect(format.number(1234, 'en')).toBe('1,234');
    expect(format.date('2009-05-01', 'en')).toBe('1 May 2009');
  });
});
